package bnlab.app.export;

import bnlab.app.i18n.Fonts;

/** Font names for the vector exports. */
final class VectorFonts {
    private VectorFonts() {
    }

    /**
     * The CSS font-family an SVG names for an AWT family: the bundled family first, then the usual
     * Simplified Chinese fonts of the systems a speaker may open it on, then any sans serif.
     */
    static String svgFamily(String awtFamily) {
        String first = awtFamily == null || awtFamily.equals(java.awt.Font.SANS_SERIF)
                || awtFamily.equals(java.awt.Font.DIALOG) ? Fonts.FAMILY : awtFamily;
        // JFreeSVG puts the style in single quotes: the names go in double quotes
        return "\"" + first + "\", \"Noto Sans SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";
    }
}
