package bnlab.app.shell;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The glossary, shown in Chinese in the window's look at its own size: every term whole, none cut to "...". */
@ExtendWith(ApplicationExtension.class)
class GlossaryTest {
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
    void everyTermIsShownWhole(FxRobot robot) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            List<String> cut = new ArrayList<>();
            int[] rows = new int[1];
            robot.interact(() -> Glossary.show(stage, I18n.get("glossary.title"), I18n.get("glossary.english"),
                    I18n.get("glossary.chinese"), I18n.get("glossary.alternatives"), I18n.get("help.close")));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                TableView<?> t = robot.lookup("#glossary").queryAs(TableView.class);
                rows[0] = t.getItems().size();
                for (int i = 0; i < rows[0]; i++) {
                    t.scrollTo(i);
                    t.layout();
                    cut.addAll(TextCut.cut(t));
                }
                try { // a picture to look at: target/glossary-zh.png
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                            t.getScene().snapshot(null), null), "png", new java.io.File("target/glossary-zh.png"));
                } catch (Exception | LinkageError e) {
                    System.out.println("no picture: " + e);
                }
                t.getScene().getWindow().hide();
            });
            assertTrue(rows[0] > 10, "the glossary's terms: " + rows[0]);
            assertEquals(List.of(), cut.stream().distinct().toList());
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
    }

    /**
     * A list of Chinese terms breaks between the terms: the row of batch normalization wrapped as "批量规范化（《动手学深度
     * 学习》）、批 / 归一化、批标准化", cutting 批归一化. Every line of every cell starts a term or goes on after a space.
     */
    @Test
    void aListOfTermsBreaksBetweenTerms(FxRobot robot) {
        List<String> cuts = new ArrayList<>();
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE); // the columns as wide as the Chinese headers make them
        try {
            robot.interact(() -> Glossary.show(stage, I18n.get("glossary.title"), I18n.get("glossary.english"),
                    I18n.get("glossary.chinese"), I18n.get("glossary.alternatives"), I18n.get("help.close")));
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            TableView<?> t = robot.lookup("#glossary").queryAs(TableView.class);
            int wrapped = 0;
            for (int i = 0; i < t.getItems().size(); i++) {
                t.scrollTo(i);
                t.layout();
                for (javafx.scene.Node n : t.lookupAll(".table-cell")) {
                    javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) n;
                    if (!(cell.getGraphic() instanceof javafx.scene.text.Text text) || text.getText().isEmpty()
                            || !text.getText().matches("(?s).*[\u4e00-\u9fff].*")) {
                        continue;
                    }
                    List<String> lines = bnlab.app.TextLines.of(text);
                    wrapped += lines.size() > 1 ? 1 : 0;
                    for (int k = 1; k < lines.size(); k++) {
                        String before = lines.get(k - 1);
                        if (!before.endsWith("\u3001") && !before.endsWith("\uff09") && !before.endsWith(" ")
                                && !lines.get(k).startsWith("\uff08")) {
                            cuts.add(String.join(" / ", lines));
                        }
                    }
                }
            }
            t.getScene().getWindow().hide();
            assertTrue(wrapped > 0, "no cell took two lines: nothing was tried");
        });
        assertEquals(List.of(), cuts.stream().distinct().toList());
    }

    /** The Chinese columns punctuate as Chinese: （…）、 not ASCII "(" and ", " (the glossary had both). */
    @Test
    void chineseColumnsUseChinesePunctuation() {
        for (Glossary.Term t : Glossary.terms()) {
            for (String zh : new String[] {t.chinese(), t.alternatives()}) {
                org.junit.jupiter.api.Assertions.assertFalse(zh.matches(".*[(),;:].*"), zh);
            }
        }
    }

    /**
     * On a 1280x720 projector at type 2.5 the headers alone are wider than the screen: the table is as wide as the
     * room and scrolls sideways, every header whole (the dialog stood ~1,900 px wide, its Close off the screen).
     */
    @Test
    void aTableWiderThanTheRoomScrollsSideways(FxRobot robot) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            robot.interact(() -> {
                bnlab.app.style.Look.use(new bnlab.app.style.Look(Theme.LIGHT, 2.5));
                double room = 1280 - bnlab.app.style.Dialogs.SCREEN_MARGIN - 40 * 2.5;
                TableView<Glossary.Term> t = Glossary.table(I18n.get("glossary.english"), I18n.get("glossary.chinese"),
                        I18n.get("glossary.alternatives"), room);
                assertTrue(t.getMinWidth() <= room && t.getPrefWidth() <= room, t.getMinWidth() + " in " + room);
                assertEquals(TableView.UNCONSTRAINED_RESIZE_POLICY, t.getColumnResizePolicy());
                double columns = t.getColumns().stream().mapToDouble(c -> c.getPrefWidth()).sum();
                assertTrue(columns > room, "the headers ask for more than the room: " + columns);
                TableView<Glossary.Term> wide = Glossary.table(I18n.get("glossary.english"),
                        I18n.get("glossary.chinese"), I18n.get("glossary.alternatives"), 100_000);
                assertEquals(TableView.CONSTRAINED_RESIZE_POLICY, wide.getColumnResizePolicy());
            });
        } finally {
            I18n.setLocale(Locale.ENGLISH);
            robot.interact(() -> bnlab.app.style.Look.use(new bnlab.app.style.Look(Theme.LIGHT, 1.0)));
        }
    }
}
