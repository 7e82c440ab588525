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

    /** The Chinese columns punctuate as Chinese: （…）、 not ASCII "(" and ", " (the glossary had both). */
    @Test
    void chineseColumnsUseChinesePunctuation() {
        for (Glossary.Term t : Glossary.terms()) {
            for (String zh : new String[] {t.chinese(), t.alternatives()}) {
                org.junit.jupiter.api.Assertions.assertFalse(zh.matches(".*[(),;:].*"), zh);
            }
        }
    }
}
