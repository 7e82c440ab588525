package bnlab.app.shell;

import bnlab.app.AppVersion;
import bnlab.app.TextCut;
import bnlab.app.i18n.Fonts;
import bnlab.app.i18n.I18n;
import bnlab.app.style.Theme;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help > About: the build's version and list of libraries with their licences, every cell whole. */
@ExtendWith(ApplicationExtension.class)
class AboutTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.registerFx();
        stage.setScene(new Scene(new StackPane(), 800, 500));
        Shell.style(stage.getScene(), Theme.LIGHT);
        stage.show();
    }

    @Test
    void theVersionIsThePoms() throws Exception {
        Matcher m = Pattern.compile("<bnlab.app.version>([^<]+)</bnlab.app.version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "app/pom.xml names the version");
        assertEquals(m.group(1), AppVersion.get());
        assertEquals("BN Lab " + m.group(1), new AppVersion().getVersion()[0]);
    }

    /** The build's list names what the package runs on, each with a licence its POM gives. */
    @Test
    void theLibrariesAreTheBuildsWithTheirLicences() {
        List<About.Library> libs = About.libraries();
        assertTrue(libs.size() > 20, libs.size() + " libraries");
        List<String> names = libs.stream().map(About.Library::coordinates).toList();
        for (String need : new String[] {"org.nd4j:nd4j-native", "org.openjfx:javafx-controls", "org.jfree:jfreechart",
                "info.picocli:picocli", "org.scilab.forge:jlatexmath"}) {
            assertTrue(names.contains(need), need + " in " + names);
        }
        assertTrue(names.stream().noneMatch(n -> n.startsWith("bnlab:")), "not BN Lab's own engine");
        assertTrue(names.stream().noneMatch(n -> n.startsWith("org.junit") || n.startsWith("org.testfx:testfx")),
                "no test library");
        for (About.Library l : libs) {
            assertTrue(!l.licences().isBlank() && !l.licences().contains("Unknown"), l.toString());
            assertTrue(l.version().matches("\\d.*"), l.toString());
        }
    }

    /** On a 1280 px projector at type 2 the table fits the screen with the dialog's padding; on a large one, 760 px a type. */
    @Test
    void theTableFitsTheScreen() {
        double room = 1280 - bnlab.app.style.Dialogs.SCREEN_MARGIN;
        double content = room - bnlab.app.style.Dialogs.CONTENT_PADDING * 2; // Dialogs.contentRoom at type 2
        assertTrue(About.tableWidth(content, 2) + bnlab.app.style.Dialogs.CONTENT_PADDING * 2 <= room,
                "" + About.tableWidth(content, 2));
        assertEquals(About.TABLE_WIDTH * 1.5, About.tableWidth(3840, 1.5));
    }

    @Test
    void aLineWithoutItsFieldsIsLeftOutAndTheRestGoByName() throws Exception {
        String tsv = "picocli\tinfo.picocli:picocli\t4.7.7\tApache 2.0\thttps://picocli.info\n\nbroken line\n"
                + "Animated GIF\tg:a\t1\tMIT\n";
        List<About.Library> libs = About.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new About.Library("Animated GIF", "g:a", "1", "MIT", ""), new About.Library("picocli",
                "info.picocli:picocli", "4.7.7", "Apache 2.0", "https://picocli.info")), libs);
    }

    @Test
    void theDialogShowsTheVersionAndEveryLibraryWhole(FxRobot robot) {
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            I18n.setLocale(l);
            try {
                List<String> cut = new ArrayList<>();
                int[] rows = new int[1];
                String[] header = new String[1];
                robot.interact(() -> {
                    javafx.scene.control.Alert a = About.dialog(About.TABLE_WIDTH);
                    header[0] = a.getHeaderText();
                    bnlab.app.style.Dialogs.inLook(a, stage, About.TABLE_WIDTH + bnlab.app.style.Dialogs.CONTENT_PADDING)
                            .show();
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    TableView<?> t = robot.lookup("#about-libraries").queryAs(TableView.class);
                    cut.addAll(TextCut.cut(t.getScene().getRoot()));
                    javafx.stage.Window w = t.getScene().getWindow();
                    // as wide as its table, not its sentences on one line each (it stood off the screen's edge)
                    assertTrue(w.getWidth() <= About.TABLE_WIDTH + bnlab.app.style.Dialogs.CONTENT_PADDING + 50,
                            "width " + w.getWidth());
                    rows[0] = t.getItems().size();
                    for (int i = 0; i < rows[0]; i++) {
                        t.scrollTo(i);
                        t.layout();
                        cut.addAll(TextCut.cut(t));
                    }
                    t.getScene().getWindow().hide();
                });
                assertEquals(I18n.get("about.header", AppVersion.get()), header[0]);
                assertEquals(About.libraries().size(), rows[0]);
                assertEquals(List.of(), cut.stream().distinct().toList(), l.toString());
            } finally {
                I18n.setLocale(Locale.ENGLISH);
            }
        }
    }
}
