package bnlab.app.export;

import bnlab.app.style.Theme;

/**
 * How an exported picture looks besides its size.
 *
 * @param theme       light or dark, or null for the theme the window shows
 * @param transparent no background behind the view and its charts (for slides with their own)
 */
public record ExportLook(Theme theme, boolean transparent) {
    /** As the window shows it, on its background. */
    public static final ExportLook AS_SHOWN = new ExportLook(null, false);
}
