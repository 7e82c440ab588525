package bnlab.app.bntable;

import bnlab.app.histograms.PngSnapshots;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.BnByHand;
import bnlab.engine.api.BnByHandBatch;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The BN table by hand shows the lesson's 36 values, their statistics and the running statistics of both
 * conventions with the numbers worked out by hand; its options change what it computes; live, it redoes
 * a unit's step and says whether the engine's running statistics follow the rule (and says so when they
 * do not).
 */
@ExtendWith(ApplicationExtension.class)
class BnTableViewTest {
    private BnTableView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new BnTableView();
        stage.setScene(new Scene((Parent) view.node(), 1340, 900));
        stage.show();
    }

    private static List<String> texts(List<Label> cells) {
        return cells.stream().map(Label::getText).toList();
    }

    /** Every formula typeset in the view, as LaTeX. */
    static List<String> formulas(Node n) {
        List<String> out = new ArrayList<>();
        String l = Cells.latexOf(n);
        if (l != null) {
            out.add(l);
        }
        if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
            out.addAll(formulas(s.getContent()));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.addAll(formulas(c));
            }
        }
        return out;
    }

    private boolean anyFormula(String part) {
        return formulas(view.node()).stream().anyMatch(f -> f.contains(part));
    }

    /** Focus statisticsEnd: the statistics' last lines (y's mean and spread) in sight in a short window. */
    @Test
    void statisticsEndShowsTheLastLinesOfTheStatistics(FxRobot robot) {
        robot.interact(() -> stage.setHeight(400));
        robot.interact(() -> view.configure(Map.of("focus", "statisticsEnd")));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) view.pane().root();
        robot.interact(() -> {
            Node block = view.pane().statistics;
            double bottom = block.localToScene(block.getBoundsInLocal()).getMaxY();
            Node port = pane.lookup(".viewport");
            double portBottom = port.localToScene(port.getBoundsInLocal()).getMaxY();
            assertTrue(bottom <= portBottom + 1, "the statistics end at " + bottom + ", the viewport at " + portBottom);
        });
        robot.interact(() -> view.configure(Map.of("focus", "values")));
        robot.interact(() -> stage.setHeight(900));
    }

    /** A button's options (no focus) leave the table where it is scrolled to; a focus scrolls to it. */
    @Test
    void optionsWithoutAFocusKeepTheScroll(FxRobot robot) {
        robot.interact(() -> stage.setHeight(500));
        robot.interact(() -> view.configure(Map.of("focus", "values")));
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) view.pane().root();
        // the class scrolls down (a scroll of its own ends the wait for the focus)
        robot.interact(() -> {
            pane.fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, 5, 5, 5, 5,
                    false, false, false, false, false, false, 0, -40, 0, 0,
                    javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            pane.setVvalue(0.6);
        });
        robot.interact(() -> view.configure(Map.of("gamma", 2, "beta", 1.0)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.6, pane.getVvalue(), 1e-9, "kept");
        robot.interact(() -> view.configure(Map.of("focus", "values", "gamma", 1, "beta", 0.0)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, pane.getVvalue(), 1e-9, "to the values at the top");
        robot.interact(() -> stage.setHeight(900));
    }

    @Test
    void byHandShowsThe36ValuesTheirStatisticsAndBothConventions(FxRobot robot) {
        robot.interact(() -> view.configure(Map.of()));
        List<String> x = texts(view.pane().grids.x);
        assertEquals(36, x.size());
        double[] v = BnByHandBatch.values();
        for (int i = 0; i < 36; i++) {
            assertEquals(Long.toString((long) v[i]), x.get(i), "x " + i);
        }
        assertEquals(List.of("1", "5", "9", "9", "4", "-2", "2", "3", "4"), x.subList(0, 9), "image 1's map");
        // x_hat = (x - 5) / sqrt(25 + 1e-5): x = 1 -> -0.79999984, x = 15 -> 1.9999996
        assertEquals("-0.80000", view.pane().grids.xhat.get(0).getText());
        assertEquals("2.00000", view.pane().grids.xhat.get(18).getText());
        assertEquals(view.pane().grids.xhat.get(0).getText(), view.pane().grids.y.get(0).getText(), "gamma 1, beta 0");
        assertTrue(anyFormula("\\frac{180}{36} = 5"), "mu = 180 / 36 = 5");
        assertTrue(anyFormula("\\frac{900}{36} = 25"), "biased variance");
        assertTrue(anyFormula("\\frac{900}{35} = 25.714286"), "unbiased variance");
        assertTrue(anyFormula("\\sqrt{25 + 10^{-5}} = 5.000001"));
        assertTrue(anyFormula("\\frac{1 - 5}{5.000001} = -0.79999984"), "the worked first value");
        // running statistics from 0 and 1 after one step: PyTorch 0.5 and 0.9 + 0.1 * 180/7; Keras 0.05 and 1.24
        assertTrue(anyFormula("(1 - 0.1) \\cdot 0 + 0.1 \\cdot 5 = 0.5"));
        assertTrue(anyFormula("(1 - 0.1) \\cdot 1 + 0.1 \\cdot 25.714286 = 3.4714286"));
        assertTrue(anyFormula("0.99 \\cdot 0 + (1 - 0.99) \\cdot 5 = 0.05"));
        assertTrue(anyFormula("0.99 \\cdot 1 + (1 - 0.99) \\cdot 25 = 1.24"));
        assertEquals(I18n.get("bnTable.title.hand"), view.pane().title.getText());
    }

    /** In a view narrower than the table, the table scrolls sideways but the title wraps inside the view. */
    @Test
    void theTitleWrapsAtTheViewsWidth(FxRobot robot) {
        robot.interact(() -> {
            view.configure(Map.of());
            stage.setWidth(520);
            stage.sizeToScene();
        });
        robot.interact(() -> {
            stage.getScene().getRoot().resize(520, 600);
            stage.getScene().getRoot().layout();
        });
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) stage.getScene().getRoot()
                    .lookup("#bn-table");
            javafx.geometry.Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            javafx.geometry.Bounds title = view.pane().title.localToScene(view.pane().title.getLayoutBounds());
            assertTrue(title.getMaxX() <= viewport.getMaxX() + 0.5, "the title ends at " + title.getMaxX()
                    + ", the view at " + viewport.getMaxX());
        });
    }

    @Test
    void gammaBetaAndConventionChangeTheStep(FxRobot robot) {
        robot.interact(() -> view.configure(Map.of("gamma", 2, "beta", 1.0)));
        // y = 2 x_hat + 1: x = 15 -> 2 * 1.9999996 + 1 = 4.9999992; x = 1 -> -0.59999968
        assertEquals("5.00000", view.pane().grids.y.get(18).getText());
        assertEquals("-0.60000", view.pane().grids.y.get(0).getText());
        // lesson 3 step 3 quotes image 1, in sight at 1280 x 720: a 9 (x_hat 0.8) gives y = 2.60000, the -2 x_hat -1.4
        assertEquals(9, BnByHandBatch.values()[2]);
        assertEquals(-2, BnByHandBatch.values()[5]);
        assertEquals("2.60000", view.pane().grids.y.get(2).getText());
        assertEquals("-1.40000", view.pane().grids.xhat.get(5).getText());
        assertTrue(anyFormula("y_1 = \\gamma \\hat{x}_1 + \\beta = 2 \\cdot (-0.79999984) + 1 = -0.59999968"));
        robot.interact(() -> view.configure(Map.of("convention", "KERAS")));
        // Keras eps = 0.001: x_hat = -4 / sqrt(25.001) = -0.79998400..., 10 / sqrt(25.001) = 1.99996...
        assertEquals("-0.79998", view.pane().grids.xhat.get(0).getText());
        assertEquals("1.99996", view.pane().grids.xhat.get(18).getText());
        assertEquals("0.79998", view.pane().grids.xhat.get(2).getText(), "lesson 3 step 3: image 1's 9 with Keras' eps");
        assertTrue(anyFormula("\\sqrt{25 + 0.001} = 5.0001"));
        BnByHand oracle = BnByHand.of(BnByHandBatch.values(), 2, 1, 1e-3);
        for (int i = 0; i < 36; i++) {
            assertEquals(oracle.y(i), Double.parseDouble(view.pane().grids.y.get(i).getText()), 5e-6, "y " + i);
        }
    }

    @Test
    void undoGivesXBack(FxRobot robot) {
        robot.interact(() -> view.configure(Map.of("undo", true, "convention", "PYTORCH")));
        assertEquals(texts(view.pane().grids.x), texts(view.pane().grids.y), "y equals x cell by cell");
        assertTrue(anyFormula("\\gamma = \\sqrt{\\sigma_B^2 + \\epsilon} = 5.000001,\\quad \\beta = \\mu_B = 5"));
        BnByHand u = BnByHand.of(BnByHandBatch.values(), 1, 0, 1e-5).undone();
        double d = 0;
        for (int i = 0; i < 36; i++) {
            d = Math.max(d, Math.abs(u.y(i) - u.x(i)));
        }
        assertEquals(I18n.get("bnTable.yEqualsX", Digits.difference(d)), view.pane().verdict.getText());
        robot.interact(() -> view.configure(Map.of("undo", false)));
        assertFalse(texts(view.pane().grids.x).equals(texts(view.pane().grids.y)));
        robot.interact(() -> PngSnapshots.write(view.node(), "target/view-bn-table.png"));
    }

    /**
     * The backward pass by hand for L = the sum of y over image 1: image 1's first x (x = 1, x_hat = -0.8) gets
     * (36 - 9 + 2 * 0.8) / 180, image 2's first (x = 3, x_hat = -0.4) gets (-9 + 2 * -0.4) / 180, though L leaves
     * it out; dbeta = 9 and dgamma = -2 plugged in; the central-difference check passes. Only when asked for.
     */
    @Test
    void theBackwardPassByHandWhenAskedFor(FxRobot robot) {
        robot.interact(() -> view.configure(Map.of("gamma", 1, "beta", 0.0, "convention", "PYTORCH")));
        assertNull(view.pane().backwardBox, "not without the option");
        robot.interact(() -> view.configure(Map.of("backward", true, "focus", "backward")));
        BackwardBox b = view.pane().backwardBox;
        assertEquals(36, b.dx.size());
        assertEquals(Digits.cell(25.4 / 180), b.dx.get(0).getText());
        assertEquals("0.14111", b.dx.get(0).getText());
        assertEquals("-0.05444", b.dx.get(9).getText(), "image 2 is not in L, yet its x get a gradient");
        double sum = b.dx.stream().mapToDouble(l -> Double.parseDouble(l.getText())).sum();
        assertEquals(0, sum, 36 * 5e-6, "they cancel out");
        assertTrue(anyFormula("\\frac{\\partial L}{\\partial \\beta} = \\sum_i \\frac{\\partial L}{\\partial y_i} = 9"));
        assertTrue(anyFormula("\\hat{x}_i = -1.9999996"), "dgamma = (35 - 45) / 5 up to eps");
        BnByHand h = BnByHand.of(BnByHandBatch.values(), 1, 0, 1e-5);
        double[] dy = BnByHandBatch.lossGradient();
        double[] numeric = h.numericDx(dy, BackwardBox.H);
        BnByHand.Backward back = h.backward(dy);
        double worst = 0;
        for (int i = 0; i < 36; i++) {
            worst = Math.max(worst, Math.abs(numeric[i] - back.dx(i)));
        }
        assertEquals(I18n.get("bnTable.backward.check.ok", Digits.difference(worst), Digits.difference(BackwardBox.H)),
                b.check.getText());
        robot.interact(() -> PngSnapshots.write(view.node(), "target/view-bn-table-backward.png"));
        robot.interact(() -> view.configure(Map.of("backward", false, "focus", "values")));
        assertNull(view.pane().backwardBox);
    }

    @Test
    void stepZeroIsTheLookBeforeTrainingNotATrainingStep(FxRobot robot) {
        // step 0's batch is the training set's first rows, looked at with no update; step 1 trains on another
        TrainSettings torch = TableSnapshots.settings(Convention.PYTORCH, 0.1, 1e-5);
        Snapshot s0 = TableSnapshots.step(1, 0, TableSnapshots.values(4), 1, 0, new BnByHand.Running(0, 1), 0, torch,
                false);
        robot.interact(() -> {
            view.configure(Map.of("live", true, "layer", 1));
            view.show(s0);
        });
        assertEquals(I18n.get("bnTable.title.live", 3, 1, I18n.label(bnlab.engine.api.NormKind.BATCH),
                I18n.get("bnTable.live.beforeTraining"), "36"), view.pane().title.getText());
    }

    /** Live with undo: the table says which gamma and beta rebuild y (sqrt(var + eps) and mu), not the network's. */
    @Test
    void liveUndoSaysTheGammaAndBetaItUses(FxRobot robot) {
        TrainSettings torch = TableSnapshots.settings(Convention.PYTORCH, 0.1, 1e-5);
        double[] x = TableSnapshots.values(4);
        Snapshot s = TableSnapshots.step(1, 3, x, 1, 0, new BnByHand.Running(0, 1), 0, torch, false);
        robot.interact(() -> {
            view.configure(Map.of("live", true, "undo", true, "layer", 1));
            view.show(s);
        });
        BnByHand undone = BnByHand.of(x, 1, 0, 1e-5).undone();
        String said = I18n.get("bnTable.live.undo", Digits.stat(undone.gamma()), Digits.stat(undone.beta()));
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && said.equals(l.getText())).tryQuery().isPresent(), said);
        robot.interact(() -> view.configure(Map.of("live", false, "undo", false)));
    }

    @Test
    void liveChecksTheRunningStatisticsOfConsecutiveStepsAndCatchesAWrongOne(FxRobot robot) {
        TrainSettings torch = TableSnapshots.settings(Convention.PYTORCH, 0.1, 1e-5);
        double[] x4 = TableSnapshots.values(4);
        double[] x5 = TableSnapshots.values(5);
        BnByHand.Running start = new BnByHand.Running(0.2, 1.3);
        Snapshot s4 = TableSnapshots.step(1, 4, x4, 1.2, -0.3, start, 0, torch, false);
        BnByHand.Running after4 = new BnByHand.Running(s4.normalized().layers().get(0).units().get(0).runningMean(),
                s4.normalized().layers().get(0).units().get(0).runningVar());
        Snapshot s5 = TableSnapshots.step(2, 5, x5, 1.2, -0.3, after4, 0, torch, false);
        robot.interact(() -> {
            view.configure(Map.of("live", true, "layer", 1));
            view.show(s4);
        });
        assertNull(view.model().liveStep().check(), "no step before 4 was seen");
        assertNotNull(robot.lookup("#bn-table-check-wait").query());
        robot.interact(() -> view.show(s5));
        LiveStep live = view.model().liveStep();
        assertEquals(5, live.step());
        assertEquals(2, live.unit());
        assertTrue(live.valuesMatch());
        assertNotNull(live.check());
        assertTrue(live.check().meanMatches() && live.check().varMatches());
        assertEquals(after4, live.check().before());
        assertEquals(2, robot.lookup(".bn-table-match").queryAll().size(), "a check mark under mean and variance");
        // the numbers plugged in: 0.9 * (running mean after step 4) + 0.1 * (mu of step 5)
        BnByHand h5 = BnByHand.of(x5, 1.2, -0.3, 1e-5);
        assertTrue(anyFormula("(1 - 0.1) \\cdot " + Tex.num(after4.mean()) + " + 0.1 \\cdot " + Tex.num(h5.mean())));
        assertTrue(anyFormula(" + 0.1 \\cdot " + Tex.num(h5.unbiasedVar()) + " = "), "PyTorch feeds the unbiased var");
        assertEquals(I18n.get("bnTable.title.live", 3, 1, I18n.label(bnlab.engine.api.NormKind.BATCH), I18n.trainingStep(5), "36"),
                view.pane().title.getText());
        robot.interact(() -> PngSnapshots.write(view.node(), "target/view-bn-table-live.png"));

        // an engine whose running mean is off by 1e-3 is caught
        Snapshot wrong = TableSnapshots.step(3, 6, x4, 1.2, -0.3, live.check().reported(), 1e-3, torch, false);
        robot.interact(() -> view.show(wrong));
        assertFalse(view.model().liveStep().check().meanMatches());
        assertTrue(view.model().liveStep().check().varMatches());
        assertEquals(1, robot.lookup(".bn-table-mismatch").queryAll().size());

        // Keras: moving = 0.99 moving + 0.01 batch with the biased variance
        TrainSettings keras = TableSnapshots.settings(Convention.KERAS, 0.99, 1e-3);
        BnByHand.Running after6 = view.model().liveStep().check().reported();
        Snapshot k7 = TableSnapshots.step(4, 7, x5, 0.8, 0.1, after6, 0, keras, false);
        robot.interact(() -> view.show(k7));
        assertTrue(view.model().liveStep().check().meanMatches() && view.model().liveStep().check().varMatches());
        assertTrue(anyFormula("0.99 \\cdot " + Tex.num(after6.var()) + " + (1 - 0.99) \\cdot "
                + Tex.num(BnByHand.of(x5, 1, 0, 1e-3).biasedVar())), "Keras feeds the biased var");

        // steps that are not consecutive are not checked
        Snapshot s9 = TableSnapshots.step(5, 9, x4, 0.8, 0.1, after6, 0, keras, false);
        robot.interact(() -> view.show(s9));
        assertNull(view.model().liveStep().check());
        assertEquals(I18n.get("bnTable.check.wait", "9", "7"),
                robot.lookup("#bn-table-check-wait").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Live, with the backward option: the engine's dL/dy of the unit in a row (times 10^3 for gradients of 1e-3),
     * dL/dx by hand from it (BN's formula in double), dbeta and dgamma each checked against the engine's, and every
     * dx checked: a dx off by 1e-3 of the largest is caught. Before a step has recorded one, it says to step.
     */
    @Test
    void liveBackwardRedoesTheEnginesGradientThroughBn(FxRobot robot) {
        TrainSettings torch = TableSnapshots.settings(Convention.PYTORCH, 0.1, 1e-5);
        double[] x = TableSnapshots.values(6);
        double[] dy = TableSnapshots.gradients(7);
        robot.interact(() -> {
            view.configure(Map.of("live", true, "backward", true, "focus", "backward"));
            view.show(TableSnapshots.step(1, 3, x, 1.2, -0.3, BnByHand.Running.START, 0, torch, false));
        });
        assertNull(view.pane().backwardBox, "no backward pass recorded");
        assertTrue(robot.lookup(l -> l instanceof Label t && I18n.get("bnTable.backward.live.none").equals(t.getText()))
                .tryQuery().isPresent());

        robot.interact(() -> view.show(TableSnapshots.step(2, 4, x, 1.2, -0.3, BnByHand.Running.START, 0, torch, false,
                dy, 0)));
        BackwardBox b = view.pane().backwardBox;
        assertNotNull(b);
        BnByHand h = BnByHand.of(x, 1.2, -0.3, 1e-5);
        BnByHand.Backward back = h.backward(dy);
        int power = Math.max(Tex.power(back.dx()), Tex.power(dy)); // one power for both rows
        assertEquals(36, b.dx.size());
        for (int i = 0; i < 36; i++) {
            assertEquals(Digits.cell(back.dx(i) * Math.pow(10, -power)), b.dx.get(i).getText(), "dx " + i);
        }
        LiveBackward lb = view.model().liveStep().backward();
        assertTrue(lb.dxMatches() && lb.betaMatches() && lb.gammaMatches());
        assertEquals(I18n.get("bnTable.backward.live.dx.ok", "36", Digits.difference(lb.dxDiff())), b.check.getText());
        assertEquals(2, robot.lookup(".bn-table-match").queryAll().size(), "dbeta and dgamma checked (no step before)");
        assertTrue(anyFormula("\\frac{\\partial L}{\\partial \\beta} = \\sum_i \\frac{\\partial L}{\\partial y_i} = "
                + Tex.lead(back.sumDy())));
        assertTrue(anyFormula("10^{" + (-power) + "}\\, \\partial L / \\partial y"), "dy read times a power of ten");
        assertTrue(anyFormula("10^{" + (-power) + "}\\, \\partial L / \\partial x"), "dx times the same one");
        double sum = 0;
        for (double d : back.dx()) {
            sum += d;
        }
        assertEquals(0, sum, 1e-15, "the oracle: BN's dx sums to 0");
        robot.interact(() -> PngSnapshots.write(view.node(), "target/view-bn-table-live-backward.png"));

        // an engine whose dx_1 is off by 0.3 % of the largest power of ten under max |dx| is caught (the tolerance is 1e-4 of max |dx|)
        double largest = Math.pow(10, power);
        robot.interact(() -> view.show(TableSnapshots.step(3, 5, x, 1.2, -0.3, BnByHand.Running.START, 0, torch, false,
                dy, 3e-3 * largest)));
        assertFalse(view.model().liveStep().backward().dxMatches());
        assertEquals(I18n.get("bnTable.backward.live.dx.bad", "36",
                Digits.difference(view.model().liveStep().backward().dxDiff())), view.pane().backwardBox.check.getText());
    }

    /**
     * Narrow (a 1280 x 720 window's lesson stage), the live backward pass fits the view: the long formula of dx_1 has
     * its note under it, so nothing scrolls sideways and every text of the box ends inside the view; a short
     * formula keeps its note beside it.
     */
    @Test
    void theLiveBackwardPassFitsANarrowView(FxRobot robot) {
        TrainSettings torch = TableSnapshots.settings(Convention.PYTORCH, 0.1, 1e-5);
        // every number of dx_1's line negative, so in parentheses: its longest form
        double[] x = TableSnapshots.values(6);
        x[0] = -3;
        BnByHand h = BnByHand.of(x, 1.2, -0.3, 1e-5);
        double[] dy = new double[36];
        for (int i = 0; i < 36; i++) {
            dy[i] = -1.3e-3 * (1 + 0.4 * h.xhat(i) * h.xhat(i)) * (1 + 0.01 * i);
        }
        double[] was = {stage.getWidth(), stage.getHeight()};
        try {
            narrow(robot, torch, x, dy);
        } finally { // the stage is the next test class's too
            robot.interact(() -> {
                stage.setWidth(was[0]);
                stage.setHeight(was[1]);
            });
        }
    }

    private void narrow(FxRobot robot, TrainSettings torch, double[] x, double[] dy) {
        robot.interact(() -> {
            stage.setWidth(880);
            stage.getScene().getRoot().resize(880, 700);
            view.configure(Map.of("live", true, "backward", true, "focus", "backward"));
            view.show(TableSnapshots.step(1, 4, x, 1.2, -0.3, BnByHand.Running.START, 0, torch, false, dy, 0));
        });
        robot.interact(() -> stage.getScene().getRoot().layout());
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) stage.getScene().getRoot()
                    .lookup("#bn-table");
            javafx.geometry.Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            Node content = scroll.getContent();
            assertTrue(content.getLayoutBounds().getWidth() <= scroll.getViewportBounds().getWidth() + 0.5,
                    "the table is " + content.getLayoutBounds().getWidth() + " wide in a view of "
                            + scroll.getViewportBounds().getWidth());
            List<Label> texts = new ArrayList<>();
            collect(view.pane().backwardBox.check.getParent(), texts);
            assertTrue(texts.size() >= 8, "heading, source, two verdicts, notes, check: " + texts.size());
            for (Label l : texts) {
                javafx.geometry.Bounds b = l.localToScene(l.getLayoutBounds());
                assertTrue(b.getMaxX() <= viewport.getMaxX() + 0.5, "\"" + l.getText() + "\" ends at " + b.getMaxX()
                        + ", the view at " + viewport.getMaxX());
            }
        });
        Node sum = robot.lookup(n -> "\\sum_i \\frac{\\partial L}{\\partial x_i} = 0".equals(Cells.latexOf(n)))
                .query();
        assertTrue(sum.getParent() instanceof javafx.scene.layout.HBox, "a short formula keeps its note beside it");
        robot.interact(() -> PngSnapshots.write(view.node(), "target/view-bn-table-live-backward-narrow.png"));
    }

    /**
     * At a projector's type scale of 1.5 the table in a view 1340 wide (a 1920 x 1080 window's lesson stage) is laid
     * out narrow, so it fits: by hand (four images a row had run past the view's edge) and live with its backward pass.
     */
    @Test
    void atALargerTypeTheTableFitsTheView(FxRobot robot) {
        try {
            robot.interact(() -> bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.5)));
            robot.interact(() -> view.configure(Map.of("live", false, "backward", false, "focus", "values")));
            robot.interact(() -> stage.getScene().getRoot().layout());
            assertFits(robot, "by hand");
            TrainSettings torch = TableSnapshots.settings(Convention.PYTORCH, 0.1, 1e-5);
            robot.interact(() -> {
                view.configure(Map.of("live", true, "backward", true, "focus", "backward"));
                view.show(TableSnapshots.step(1, 4, TableSnapshots.values(6), 1.2, -0.3, BnByHand.Running.START, 0,
                        torch, false, TableSnapshots.gradients(7), 0));
            });
            robot.interact(() -> stage.getScene().getRoot().layout());
            assertFits(robot, "live");
        } finally {
            robot.interact(() -> bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0)));
        }
    }

    private void assertFits(FxRobot robot, String what) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) stage.getScene().getRoot()
                    .lookup("#bn-table");
            double content = scroll.getContent().getLayoutBounds().getWidth();
            assertTrue(content <= scroll.getViewportBounds().getWidth() + 0.5, what + ": the table is " + content
                    + " wide in a view of " + scroll.getViewportBounds().getWidth());
        });
    }

    private static void collect(Node n, List<Label> out) {
        if (n instanceof Label l && !l.getText().isEmpty()) {
            out.add(l);
        }
        if (n instanceof Parent p && !(n instanceof javafx.scene.layout.GridPane)) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /**
     * The table's CSV holds what it shows, with all the digits: by hand the 36 values with their image, row and
     * column (x adds up to 180, image 1's first x_hat is -0.8), with the backward pass dL/dy and dL/dx (image 1's
     * first dx is 25.4 / 180; they add up to 0); live every value of the unit's batch, none while it waits.
     */
    @Test
    void theCsvHoldsTheTablesNumbers(FxRobot robot) {
        robot.interact(() -> view.configure(Map.of("gamma", 1, "beta", 0.0, "convention", "PYTORCH", "backward", true)));
        bnlab.app.CsvText t = bnlab.app.CsvText.of(WaitForAsyncUtils.waitForAsyncFx(5000, () -> bnlab.app.TableCsv.in(view.node())));
        assertEquals(List.of("i", "image", "row", "column", "x", "x_hat", "y", "dL_dy", "dL_dx"), t.header());
        assertEquals(36, t.rows().size());
        assertEquals(List.of("1", "1", "1", "1", "1"), t.rows().get(0).subList(0, 5));
        assertEquals(List.of("36", "4", "3", "3"), t.rows().get(35).subList(0, 4));
        assertEquals(180, t.rows().stream().mapToDouble(r -> Double.parseDouble(r.get(4))).sum(), 0);
        assertEquals(-0.8, Double.parseDouble(t.rows().get(0).get(5)), 1e-6);
        assertEquals(25.4 / 180, Double.parseDouble(t.rows().get(0).get(8)), 1e-6);
        assertEquals(0, t.rows().stream().mapToDouble(r -> Double.parseDouble(r.get(8))).sum(), 1e-12);
        assertTrue(WaitForAsyncUtils.waitForAsyncFx(5000, () -> bnlab.app.export.SeriesCsv.hasSeries(view.node())));

        TrainSettings torch = TableSnapshots.settings(Convention.PYTORCH, 0.1, 1e-5);
        robot.interact(() -> view.configure(Map.of("live", true, "backward", false)));
        assertNull(WaitForAsyncUtils.waitForAsyncFx(5000, () -> bnlab.app.TableCsv.in(view.node())), "nothing while the live table waits");
        double[] x = TableSnapshots.values(3);
        robot.interact(() -> view.show(TableSnapshots.step(1, 2, x, 1.2, -0.3, BnByHand.Running.START, 0, torch, false)));
        bnlab.app.CsvText live = bnlab.app.CsvText.of(WaitForAsyncUtils.waitForAsyncFx(5000, () -> bnlab.app.TableCsv.in(view.node())));
        assertEquals(List.of("i", "x", "x_hat", "y"), live.header());
        assertEquals(36, live.rows().size());
        assertEquals((float) x[35], Float.parseFloat(live.rows().get(35).get(1)), 0f, "every digit of the engine's float");
    }

    @Test
    void liveUndoGivesTheUnitsValuesBack(FxRobot robot) {
        TrainSettings torch = TableSnapshots.settings(Convention.PYTORCH, 0.1, 1e-5);
        double[] x = TableSnapshots.values(8);
        robot.interact(() -> {
            view.configure(Map.of("live", true, "undo", true));
            view.show(TableSnapshots.step(1, 3, x, 1.5, 0.2, BnByHand.Running.START, 0, torch, false));
        });
        assertEquals(texts(view.pane().grids.x), texts(view.pane().grids.y));
        LiveStep s = view.model().liveStep();
        assertEquals(Math.sqrt(s.hand().biasedVar() + 1e-5), s.hand().gamma(), 1e-15);
        assertEquals(s.hand().mean(), s.hand().beta());
        assertEquals(1.5, s.network().gamma(), "the network's own gamma is still shown");
    }
}
