package bnlab.app;

import bnlab.app.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import java.util.List;

/**
 * The tabs' titles in full while they fit the header row, their short forms when they do not: at type 1.5 in
 * a 1280 px window the last title ran under the edge ("Feature maps an") beside the overflow menu. A short
 * title keeps its full form as a tooltip; at type 2 the short titles also lose their side padding, at 2.5 in
 * 1280 px their font shrinks to fit. FX thread only.
 */
final class TabTitles {
    // room kept free at the row's end: TabPaneSkin's spacer before its overflow menu's button, and a margin
    private static final double SLACK = 12;

    // a tab's padding when even the short titles do not fit (the theme's is 0.6em a side; the title's own 0.4em remains)
    private static final String TIGHT = "-fx-padding: 0.3em 0 0.3em 0;";

    // the overflow menu's parts, as TabPaneSkin sums their widths: each one's padding, the arrow's own width
    private static final List<String> MENU = List.of(".control-buttons-tab", ".control-buttons-tab > .container",
            ".tab-down-button", ".tab-down-button > .arrow");

    // the titles never shrink below this share of the window's type (the overflow menu takes over there)
    private static final double MIN_SHRINK = 0.6;

    private final TabPane tabs;
    private final List<String> keys;
    private boolean tight;
    // the titles' font against the window's, when even short titles without side padding do not fit
    private double shrink = 1;
    // the theme's side padding of a tab (px) and the titles' font size, read at the first layout
    private double themePads;
    private double baseEm;

    private TabTitles(TabPane tabs, List<String> keys) {
        this.tabs = tabs;
        this.keys = keys;
    }

    /**
     * @param keys the message keys of the tabs' titles, in the tabs' order; each has a short form under
     *             {@code key + ".short"}
     */
    static void install(TabPane tabs, List<String> keys) {
        TabTitles t = new TabTitles(tabs, keys);
        tabs.skinProperty().addListener((o, was, skin) -> {
            if (tabs.lookup(".tab-header-area") instanceof Region area
                    && area.lookup(".headers-region") instanceof Region headers) {
                area.widthProperty().addListener((p, a, b) -> t.fit(area));
                // the headers' own width follows the titles' font: a larger type size may no longer fit
                headers.widthProperty().addListener((p, a, b) -> t.fit(area));
            }
        });
    }

    /*
     * The row's widest form that fits: full titles, else short ones, else short ones in tabs without side
     * padding, else those in a smaller font (type 2.5 in 1280 px). A tab's width = its side padding + its
     * title's padding + its title; all are taken back to the unshrunk font, and the theme's side padding and that
     * font are read at the first layout, before any style of this class.
     */
    private void fit(Region area) {
        List<Node> heads = List.copyOf(area.lookupAll(".tab"));
        if (heads.size() != tabs.getTabs().size()) {
            return;
        }
        // the skin keeps its overflow menu's button, once shown, unless the row holds the button and a spacer too
        double menu = 0;
        for (String part : MENU) {
            if (area.lookup(part) instanceof Region r) {
                menu += r.snappedLeftInset() + r.snappedRightInset() + (part.endsWith("arrow") ? r.prefWidth(-1) : 0);
            }
        }
        double room = area.getWidth() - area.snappedLeftInset() - area.snappedRightInset() - menu - SLACK;
        double full = 0;
        double brief = 0;
        double bare = 0;
        for (int i = 0; i < heads.size(); i++) {
            if (!(heads.get(i) instanceof Region head) || !(head.lookup(".tab-label") instanceof Label label)) {
                return;
            }
            double pads = head.snappedLeftInset() + head.snappedRightInset();
            if (baseEm == 0) {
                baseEm = label.getFont().getSize();
                themePads = pads;
            }
            // the titles' font as drawn now against the unshrunk one (a new style shows only after the next CSS pass)
            double k = label.getFont().getSize() / baseEm;
            double frame = (head.prefWidth(-1) - width(label.getText(), label) - pads) / k;
            double shortTitle = width(I18n.get(keys.get(i) + ".short"), label) / k;
            full += frame + themePads + width(I18n.get(keys.get(i)), label) / k;
            brief += frame + themePads + shortTitle;
            bare += frame + shortTitle;
        }
        boolean fits = full <= room;
        style(!fits && brief > room, bare > room ? Math.max(MIN_SHRINK, room / bare * 0.98) : 1);
        for (int i = 0; i < keys.size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            String whole = I18n.get(keys.get(i));
            String title = fits ? whole : I18n.get(keys.get(i) + ".short");
            if (!title.equals(tab.getText())) {
                tab.setText(title);
                tab.setTooltip(title.equals(whole) ? null : bnlab.app.style.Tips.make(whole));
            }
        }
    }

    private void style(boolean noSides, double fontScale) {
        double scale = noSides ? fontScale : 1;
        if (noSides != tight || Math.abs(scale - shrink) > 0.01) {
            tight = noSides;
            shrink = scale;
            String style = !noSides ? "" : TIGHT + (scale < 1 ? String.format(java.util.Locale.ROOT,
                    "-fx-font-size: %.3fem;", scale) : "");
            tabs.getTabs().forEach(t -> t.setStyle(style));
        }
    }

    private static double width(String text, Label in) {
        Text probe = new Text(text);
        probe.setFont(in.getFont());
        return probe.getLayoutBounds().getWidth();
    }
}
