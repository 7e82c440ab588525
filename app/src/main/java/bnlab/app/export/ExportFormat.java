package bnlab.app.export;

import java.util.Locale;

/** What an export writes: a still picture, the data, or a recording. */
public enum ExportFormat {
    /** Pixels, re-rendered at the chosen size (charts drawn at that size, not scaled up). */
    PNG(false),
    /** Vector, text kept as text. */
    SVG(false),
    /** Vector, text drawn in the bundled font (Chinese too) with a searchable copy of Latin text. */
    PDF(false),
    /** Every series the view shows, as numbers. */
    CSV(false),
    /** A looping animated GIF of the view while it trains. */
    GIF(true),
    /** Numbered PNG frames in a folder, with the ffmpeg command that joins them into a video. */
    FRAMES(true);

    private final boolean recording;

    ExportFormat(boolean recording) {
        this.recording = recording;
    }

    /** Whether it records frames over time (else it is written at once). */
    public boolean recording() {
        return recording;
    }

    /** The file name ending, without the dot ("png"); a frame folder has none. */
    public String extension() {
        return this == FRAMES ? "" : name().toLowerCase(Locale.ROOT);
    }

    /** The format for a name such as "png" or "PDF", or null. */
    public static ExportFormat byName(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        return null;
    }
}
