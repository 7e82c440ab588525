package bnlab.app.shell;

import bnlab.app.FakeSession;
import bnlab.app.WindowFixture;
import bnlab.app.controls.LoadedData;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.Command;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After switching to Chinese, a walk over everything the window shows (labels, buttons, menus, tabs,
 * tooltips, chart titles, axis labels, legends, on every tab, the start page and a lesson's stage)
 * finds no English text left, names and symbols aside; switching back brings English back; the step
 * count does not reset.
 */
@ExtendWith(ApplicationExtension.class)
class NoEnglishLeftTest {
    /** Names, units and symbols that stay as they are in Chinese. */
    static final Set<String> NAMES = Set.of("BN", "PyTorch", "Keras", "ReLU", "Leaky", "ELU", "tanh", "sigmoid",
            "Xavier", "He", "MNIST", "PNG", "SVG", "PDF", "GIF", "CSV", "JSON", "IDX", "Ioffe", "Szegedy",
            "Santurkar", "BatchNorm", "LayerNorm", "Frobenius", "max", "min", "exp", "log", "eps", "hat",
            "std", "var", "Lab", "Okabe", "Ito", "sgemm", "UCI", "Li", "Noto", "Sans", "CJK", "OFL", "Hessian",
            "dL", "dW", "dz", "x_hat", "English", "LeCun", "Fashion");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private final FakeSession session = new FakeSession();
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.english(stage, session);
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void chineseLeavesNoEnglishAndEnglishComesBack(FxRobot robot) {
        session.send(new Command.Step(12));
        robot.interact(() -> shell.window().pump().flush());
        robot.interact(() -> shell.setLocale(Locale.SIMPLIFIED_CHINESE));
        Set<String> english = new TreeSet<>();
        List<String> all = new ArrayList<>();
        walkEverything(robot, all);
        for (String t : all) {
            if (isEnglish(t)) {
                english.add(t);
            }
        }
        assertEquals(Set.of(), english, "English left after switching to Chinese");
        assertTrue(all.stream().filter(t -> t.codePoints().anyMatch(NoEnglishLeftTest::han)).count() > 100,
                "the walk found the window's texts: " + all.size());
        assertEquals(12, shell.window().controls().model().snapshotProperty().get().step(), "the training goes on");

        robot.interact(() -> shell.setLocale(Locale.ENGLISH));
        List<String> back = new ArrayList<>();
        walkEverything(robot, back);
        assertTrue(back.stream().noneMatch(t -> t.codePoints().anyMatch(NoEnglishLeftTest::han)
                && !t.contains("\u4e2d\u6587") && !t.contains("\u300a")), "English again: "
                + back.stream().filter(t -> t.codePoints().anyMatch(NoEnglishLeftTest::han)).limit(5).toList());
    }

    @Test
    void theOracleTellsEnglishFromNamesAndSymbols() {
        assertTrue(isEnglish("Learning rate"));
        assertTrue(isEnglish("step 12 of 40"));
        assertTrue(!isEnglish("\u5b66\u4e60\u7387 \u03b7") && !isEnglish("\u03ba = \u03bb_max/\u03bb_min")
                && !isEnglish("PyTorch m = 0.1") && !isEnglish("x_hat"));
    }

    static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isEnglish(String t) {
        if (t.codePoints().anyMatch(NoEnglishLeftTest::han)) {
            return false;
        }
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            if (!NAMES.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    // every tab, the lessons' views on their own, the start page and the lesson stage (if any lesson loads), and
    // the menus
    private void walkEverything(FxRobot robot, List<String> out) {
        ShellFixture.eachTab(robot, shell, () -> walk(shell.root(), out));
        for (Tab t : shell.window().tabs().getTabs()) {
            out.add(t.getText());
        }
        for (String view : bnlab.app.MainWindow.PAGE_VIEWS) {
            robot.interact(() -> {
                shell.window().showView(view);
                shell.window().pump().flush();
            });
            robot.interact(() -> walk(shell.root(), out));
        }
        robot.interact(() -> {
            shell.window().showLessons();
            walk(shell.root(), out);
            shell.window().showFullPanel();
        });
        robot.interact(() -> {
            for (Node n : shell.root().lookupAll(".menu-bar")) {
                for (Menu m : ((MenuBar) n).getMenus()) {
                    menu(m, out);
                }
            }
        });
    }

    private static void menu(MenuItem m, List<String> out) {
        add(out, m.getText());
        if (m instanceof Menu sub) {
            for (MenuItem i : sub.getItems()) {
                menu(i, out);
            }
        }
    }

    private static void add(List<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.add(s);
        }
    }

    static void walk(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            add(out, l.getText());
        }
        if (n instanceof Text t) {
            add(out, t.getText());
        }
        if (n instanceof TextInputControl t) {
            add(out, t.getPromptText());
        }
        if (n instanceof Control c && bnlab.app.style.Tips.text(c) != null) {
            add(out, bnlab.app.style.Tips.text(c)); // made or still to be made on the first hover
        }
        if (n instanceof ComboBox<?> c && c.getButtonCell() != null) {
            add(out, c.getButtonCell().getText());
        }
        if (n instanceof ChartViewer v) {
            chart(v.getChart(), out);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, out);
            }
        }
    }

    static void chart(JFreeChart c, List<String> out) {
        if (c.getTitle() != null && c.getTitle().isVisible()) {
            add(out, c.getTitle().getText());
        }
        for (Object o : c.getSubtitles()) {
            Title t = (Title) o;
            if (!t.isVisible()) {
                continue;
            }
            if (t instanceof TextTitle tt) {
                add(out, tt.getText());
            }
            if (t instanceof LegendTitle lt) {
                for (LegendItemSource s : lt.getSources()) {
                    if (s.getLegendItems() != null) {
                        for (int i = 0; i < s.getLegendItems().getItemCount(); i++) {
                            LegendItem item = s.getLegendItems().get(i);
                            add(out, item.getLabel());
                        }
                    }
                }
            }
        }
        plot(c.getPlot(), out);
    }

    static void plot(Plot p, List<String> out) {
        if (p instanceof CombinedDomainXYPlot cp) {
            for (XYPlot sub : cp.getSubplots()) {
                plot(sub, out);
            }
        }
        if (p instanceof XYPlot xy) {
            axes(out, xy.getDomainAxis(), xy.getRangeAxis());
            for (int i = 1; i < xy.getRangeAxisCount(); i++) {
                axes(out, xy.getRangeAxis(i));
            }
        }
        if (p instanceof CategoryPlot cp) {
            axes(out, cp.getDomainAxis(), cp.getRangeAxis());
        }
    }

    static void axes(List<String> out, Axis... axes) {
        for (Axis a : axes) {
            if (a != null && a.isVisible()) {
                add(out, a.getLabel());
            }
        }
    }
}
