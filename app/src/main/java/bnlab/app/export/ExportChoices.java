package bnlab.app.export;

import bnlab.app.style.Theme;

/**
 * What the Export dialog was last set to (kept while the app runs, so the next export starts there).
 *
 * @param format      what to write
 * @param factor      1, 2 or 4; 0 when a width is given
 * @param width       the PNG width in pixels when factor is 0
 * @param theme       light, dark, or null for the window's
 * @param transparent no background
 * @param fps         recording: frames per second
 * @param seconds     recording: at most how long
 * @param frameWidth  recording: frame width in pixels
 */
public record ExportChoices(ExportFormat format, int factor, int width, Theme theme, boolean transparent, int fps,
                            int seconds, int frameWidth) {
    public static final ExportChoices DEFAULT = new ExportChoices(ExportFormat.PNG, 2, 3840, null, false,
            (int) RecordingSpec.DEFAULT.fps(), (int) RecordingSpec.DEFAULT.seconds(), RecordingSpec.SLIDE_WIDTH);

    private static ExportChoices last = DEFAULT;

    /** The choices of the last export (FX thread). */
    public static ExportChoices last() {
        return last;
    }

    static void remember(ExportChoices c) {
        last = c;
    }

    /** The same choices for another format. */
    public ExportChoices withFormat(ExportFormat f) {
        return new ExportChoices(f, factor, width, theme, transparent, fps, seconds, frameWidth);
    }

    public ExportSize size() {
        return factor > 0 ? ExportSize.times(factor) : ExportSize.wide(width);
    }

    public ExportLook look() {
        return new ExportLook(theme, transparent);
    }

    /** A recording with these choices (in the window's theme, on its background: a GIF has no alpha). */
    public RecordingSpec recording() {
        return new RecordingSpec(format.recording() ? format : ExportFormat.GIF, fps, seconds, frameWidth,
                ExportLook.AS_SHOWN);
    }
}
