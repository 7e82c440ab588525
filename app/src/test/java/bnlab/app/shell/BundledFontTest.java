package bnlab.app.shell;

import bnlab.app.FakeSession;
import bnlab.app.i18n.Fonts;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.Command;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chinese, on every tab, the lessons' start page and every lesson's stage, every text with hanzi is drawn in the bundled family, and every chart's fonts
 * (titles, subtitles, legends, axes and their ticks, annotations, the message of an empty plot) are the
 * bundled family: a font of the logical SansSerif (AWT) or the "System" family (JavaFX) set in code has no
 * hanzi on a machine without a CJK font (the twins' loss surface drew its controls' labels as boxes so,
 * and the loss landscape its titles), and in English it is another family than the rest. Switching the
 * language rebuilt the window without the scene root's style class "root", which carries the font.
 */
@ExtendWith(ApplicationExtension.class)
class BundledFontTest {
    private final FakeSession session = new FakeSession();
    private Shell shell;

    @Start
    void start(Stage stage) {
        Fonts.registerFx(); // as the app does before its window
        shell = ShellFixture.english(stage, session);
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyTextAndEveryChartUsesTheBundledFamily(FxRobot robot) {
        assertTrue(Fonts.registerFx() && Fonts.registerAwt(), "the bundled font registers");
        session.send(new Command.Step(12));
        robot.interact(() -> shell.window().pump().flush());
        robot.interact(() -> shell.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(shell.root().getStyleClass().contains("root"), "the scene's root keeps its class: "
                + shell.root().getStyleClass());
        Set<String> wrong = new TreeSet<>();
        int[] seen = new int[2];
        ShellFixture.eachTab(robot, shell, () -> {
            shell.root().applyCss();
            walk(shell.root(), wrong, seen);
        });
        // the lessons' start page and every lesson that loads, on its stage
        robot.interact(() -> {
            shell.window().showLessons();
            shell.root().applyCss();
            walk(shell.root(), wrong, seen);
        });
        int[] lessons = new int[1];
        for (var lesson : shell.window().lessons().lessons()) {
            robot.interact(() -> {
                shell.window().openLesson(lesson);
                shell.root().applyCss();
                walk(shell.root(), wrong, seen);
                lessons[0]++;
            });
        }
        robot.interact(() -> shell.window().showFullPanel());
        assertTrue(lessons[0] >= 13, "every lesson walked: " + lessons[0]);
        assertTrue(seen[0] > 100 && seen[1] > 10, "the walk found texts and charts: " + seen[0] + ", " + seen[1]);
        assertEquals(Set.of(), wrong, "not in " + Fonts.FAMILY);
    }

    private static void walk(Node n, Set<String> wrong, int[] seen) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            fx(l.getText(), l.getFont(), wrong, seen);
        }
        if (n instanceof Text t) {
            fx(t.getText(), t.getFont(), wrong, seen);
        }
        if (n instanceof ChartViewer v) {
            seen[1]++;
            chart(v.getChart(), wrong);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, wrong, seen);
            }
        }
    }

    private static void fx(String text, javafx.scene.text.Font f, Set<String> wrong, int[] seen) {
        if (text == null || text.codePoints().noneMatch(NoEnglishLeftTest::han)) {
            return;
        }
        seen[0]++;
        if (!f.getFamily().equals(Fonts.FAMILY)) {
            wrong.add("\"" + text + "\": " + f.getFamily());
        }
    }

    private static void awt(String what, java.awt.Font f, Set<String> wrong) {
        if (f != null && !f.getFamily().equals(Fonts.FAMILY) && !f.getName().equals(Fonts.FAMILY)) {
            wrong.add(what + ": " + f.getName());
        }
    }

    private static void chart(JFreeChart c, Set<String> wrong) {
        String name = c.getTitle() != null ? c.getTitle().getText() : String.valueOf(c.getPlot().getClass().getSimpleName());
        if (c.getTitle() != null) {
            awt(name + " title", c.getTitle().getFont(), wrong);
        }
        for (Object o : c.getSubtitles()) {
            Title t = (Title) o;
            if (t instanceof TextTitle tt) {
                awt(name + " subtitle \"" + tt.getText() + "\"", tt.getFont(), wrong);
            }
            if (t instanceof LegendTitle lt) {
                awt(name + " legend", lt.getItemFont(), wrong);
                for (LegendItemSource s : lt.getSources()) {
                    if (s.getLegendItems() != null) {
                        for (int i = 0; i < s.getLegendItems().getItemCount(); i++) {
                            LegendItem item = s.getLegendItems().get(i);
                            awt(name + " legend item " + item.getLabel(), item.getLabelFont(), wrong);
                        }
                    }
                }
            }
            if (t instanceof PaintScaleLegend psl) {
                axis(name + " scale", psl.getAxis(), wrong);
            }
        }
        plot(name, c.getPlot(), wrong);
    }

    private static void plot(String name, Plot p, Set<String> wrong) {
        if (p.getNoDataMessage() != null) {
            awt(name + " empty-plot message", p.getNoDataMessageFont(), wrong);
        }
        if (p instanceof CombinedDomainXYPlot cp) {
            for (XYPlot sub : cp.getSubplots()) {
                plot(name, sub, wrong);
            }
        }
        if (p instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(name + " x axis", xy.getDomainAxis(i), wrong);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(name + " y axis", xy.getRangeAxis(i), wrong);
            }
            for (XYAnnotation a : xy.getAnnotations()) {
                if (a instanceof XYTextAnnotation t) {
                    awt(name + " annotation " + t.getText(), t.getFont(), wrong);
                }
            }
            for (int i = 0; i < xy.getRendererCount(); i++) {
                if (xy.getRenderer(i) instanceof org.jfree.chart.renderer.xy.AbstractXYItemRenderer r) {
                    for (Object a : r.getAnnotations()) {
                        if (a instanceof XYTextAnnotation t) {
                            awt(name + " annotation " + t.getText(), t.getFont(), wrong);
                        }
                    }
                }
            }
        }
        if (p instanceof org.jfree.chart.plot.CategoryPlot cp) {
            axis(name + " x axis", cp.getDomainAxis(), wrong);
            axis(name + " y axis", cp.getRangeAxis(), wrong);
        }
    }

    private static void axis(String what, Axis a, Set<String> wrong) {
        if (a != null && a.isVisible()) {
            awt(what + " label", a.getLabelFont(), wrong);
            awt(what + " ticks", a.getTickLabelFont(), wrong);
        }
    }
}
