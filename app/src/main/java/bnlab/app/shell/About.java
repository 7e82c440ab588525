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
    /** The dialog's width, px at type scale 1: the table's, where the sentences above it wrap. */
    static final double WIDTH = 800;
    /** The table's width, px at type scale 1, inside the dialog's padding. */
    private static final double TABLE_WIDTH = 760;

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

    /** The dialog, not yet shown. FX thread. */
    static Alert dialog() {
        Alert a = new Alert(Alert.AlertType.NONE, "",
                new ButtonType(I18n.get("help.close"), ButtonBar.ButtonData.OK_DONE));
        a.setTitle(I18n.get("about.title"));
        a.setHeaderText(I18n.get("about.header", bnlab.app.AppVersion.get()));
        List<Library> libs = libraries();
        VBox content = new VBox(8, wrapped(I18n.get("about.what")), wrapped(I18n.get("about.bundled")));
        if (libs.isEmpty()) {
            content.getChildren().add(wrapped(I18n.get("about.librariesMissing")));
        } else {
            content.getChildren().addAll(wrapped(I18n.get("about.libraries", libs.size())), table(libs));
        }
        a.getDialogPane().setContent(content);
        a.setResizable(true);
        return a;
    }

    static void show(javafx.stage.Window owner) {
        bnlab.app.style.Dialogs.inLook(dialog(), owner, WIDTH).show();
    }

    // a paragraph as wide as the table: its height is then asked at that width (a label asked at its one-line width
    // was cut to "...the sam..." once the dialog's cap narrowed it, and the dialog stood off the screen's left edge)
    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPrefWidth(TABLE_WIDTH * bnlab.app.style.Look.current().scale());
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static TableView<Library> table(List<Library> libs) {
        TableView<Library> t = new TableView<>();
        t.setId("about-libraries");
        t.getItems().setAll(libs);
        t.getColumns().add(column(I18n.get("about.column.library"), Library::name, 3));
        t.getColumns().add(column(I18n.get("about.column.version"), Library::version, 1));
        t.getColumns().add(column(I18n.get("about.column.licence"), Library::licences, 4));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        double scale = bnlab.app.style.Look.current().scale();
        t.setPrefSize(TABLE_WIDTH * scale, 320 * scale);
        return t;
    }

    // a column whose share of the table's width is weight (of 8), its text wrapped
    private static TableColumn<Library, String> column(String title, Function<Library, String> f, int weight) {
        TableColumn<Library, String> c = bnlab.app.style.WrappedColumn.of(title, f);
        c.setPrefWidth(TABLE_WIDTH * bnlab.app.style.Look.current().scale() * weight / 8);
        // its header whole ("Version" was cut to "Vers..." when the table gave up room for its scroll bar)
        c.setMinWidth(bnlab.app.style.WrappedColumn.headerWidth(title));
        return c;
    }
}
