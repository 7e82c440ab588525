package bnlab.app.shell;

import bnlab.app.i18n.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Help > About: the version, what BN Lab is, what it bundles (data sets, font) and the libraries it runs on with
 * their licences. The libraries are the build's own list (license-maven-plugin writes bnlab/app/about/libraries.tsv
 * from the POMs of what the package holds), so the list cannot drift from the package.
 */
final class About {
    static final String LIBRARIES = "/bnlab/app/about/libraries.tsv";
    /** The table's width, px at type scale 1, where the sentences above it wrap too. */
    static final double TABLE_WIDTH = 760;
    /** The table's least height, px at type scale 1 (it scrolls; the dialog stands no taller than its screen). */
    private static final double TABLE_MIN_HEIGHT = 120;

    /** One library: its name, group:artifact, version, licences as its POM names them, home page (may be empty). */
    record Library(String name, String coordinates, String version, String licences, String url) {
    }

    private About() {
    }

    /** The build's list of libraries; empty where this copy was built without it. */
    static List<Library> libraries() {
        try (InputStream in = About.class.getResourceAsStream(LIBRARIES)) {
            return in == null ? List.of() : parse(in);
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Library> parse(InputStream in) throws IOException {
        List<Library> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] c = line.split("\t", -1);
            if (c.length >= 4 && !c[0].isBlank()) {
                out.add(new Library(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(),
                        c.length > 4 ? c[4].strip() : ""));
            }
        }
        // by name, as a reader looks one up (the build lists them by group)
        out.sort(java.util.Comparator.comparing((Library l) -> l.name().toLowerCase(java.util.Locale.ROOT)));
        return List.copyOf(out);
    }

    /**
     * The table's width, px: {@link #TABLE_WIDTH} at the type scale, at most room (the dialog's content room on its
     * screen, {@link bnlab.app.style.Dialogs#contentRoom}): narrower where the screen is (at type 2 on a
     * 1280x720 projector the dialog stood 1,600 px wide, its table and Close button off the screen).
     */
    static double tableWidth(double room, double scale) {
        return Math.max(200, Math.min(TABLE_WIDTH * scale, room));
    }

    /** The dialog with its table width px wide, not yet shown. FX thread. */
    static Alert dialog(double width) {
        Alert a = new Alert(Alert.AlertType.NONE, "",
                new ButtonType(I18n.get("help.close"), ButtonBar.ButtonData.OK_DONE));
        a.setTitle(I18n.get("about.title"));
        a.setHeaderText(I18n.get("about.header", bnlab.app.AppVersion.get()));
        List<Library> libs = libraries();
        VBox content = new VBox(8, wrapped(I18n.get("about.what"), width), wrapped(I18n.get("about.bundled"), width));
        if (libs.isEmpty()) {
            content.getChildren().add(wrapped(I18n.get("about.librariesMissing"), width));
        } else {
            TableView<Library> t = table(libs, width);
            VBox.setVgrow(t, javafx.scene.layout.Priority.ALWAYS);
            content.getChildren().addAll(wrapped(I18n.get("about.libraries", libs.size()), width), t);
        }
        // on a short screen at a large type (1280x720 at type 2) the sentences and the table's least height do not fit
        // under the header: the whole content scrolls
        a.getDialogPane().setContent(bnlab.app.style.Dialogs.scrolling(content));
        a.setResizable(true);
        return a;
    }

    static void show(javafx.stage.Window owner) {
        double scale = bnlab.app.style.Look.current().scale();
        double width = tableWidth(bnlab.app.style.Dialogs.contentRoom(owner), scale);
        bnlab.app.style.Dialogs.inLook(dialog(width), owner, width / scale + bnlab.app.style.Dialogs.CONTENT_PADDING)
                .show();
    }

    // a paragraph as wide as the table: its height is then asked at that width (a label asked at its one-line width
    // was cut to "...the sam..." once the dialog's cap narrowed it, and the dialog stood off the screen's left edge)
    private static Label wrapped(String text, double width) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPrefWidth(width);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static TableView<Library> table(List<Library> libs, double width) {
        TableView<Library> t = new TableView<>();
        t.setId("about-libraries");
        t.getItems().setAll(libs);
        t.getColumns().add(column(I18n.get("about.column.library"), Library::name, 3, width));
        t.getColumns().add(column(I18n.get("about.column.version"), Library::version, 1, width));
        t.getColumns().add(column(I18n.get("about.column.licence"), Library::licences, 4, width));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        double scale = bnlab.app.style.Look.current().scale();
        t.setPrefSize(width, 320 * scale);
        t.setMinHeight(TABLE_MIN_HEIGHT * scale);
        return t;
    }

    // a column whose share of the table's width is weight (of 8), its text wrapped
    private static TableColumn<Library, String> column(String title, Function<Library, String> f, int weight,
                                                       double width) {
        TableColumn<Library, String> c = bnlab.app.style.WrappedColumn.of(title, f);
        c.setPrefWidth(width * weight / 8);
        // its header whole ("Version" was cut to "Vers..." when the table gave up room for its scroll bar)
        c.setMinWidth(bnlab.app.style.WrappedColumn.headerWidth(title));
        return c;
    }
}
