package bnlab.app.export;

/**
 * What a recording takes: frames per second, at most how long, and how wide its frames are.
 *
 * @param format  {@link ExportFormat#GIF} or {@link ExportFormat#FRAMES}
 * @param fps     frames per second, {@link #MIN_FPS} to {@link #MAX_FPS}
 * @param seconds the longest it runs before it stops by itself, {@link #MIN_SECONDS} to {@link #MAX_SECONDS}
 * @param width   frame width in pixels (the height follows the view)
 * @param look    theme and background of the frames
 */
public record RecordingSpec(ExportFormat format, double fps, double seconds, int width, ExportLook look) {
    public static final double MIN_FPS = 1;
    public static final double MAX_FPS = 30;
    public static final double MIN_SECONDS = 1;
    public static final double MAX_SECONDS = 300;
    /** A slide's width. */
    public static final int SLIDE_WIDTH = 960;

    /** A GIF for a slide: 10 frames a second, at most 10 seconds, 960 wide, as shown. */
    public static final RecordingSpec DEFAULT = new RecordingSpec(ExportFormat.GIF, 10, 10, SLIDE_WIDTH,
            ExportLook.AS_SHOWN);

    public RecordingSpec {
        if (!format.recording() || !(fps >= MIN_FPS && fps <= MAX_FPS) || !(seconds >= MIN_SECONDS
                && seconds <= MAX_SECONDS) || width < 64 || width > ExportSize.MAX_SIDE) {
            throw new IllegalArgumentException(format + " " + fps + " fps " + seconds + " s " + width + " px");
        }
    }

    /** The frames it takes at most. */
    public int maxFrames() {
        return (int) Math.ceil(fps * seconds);
    }
}
