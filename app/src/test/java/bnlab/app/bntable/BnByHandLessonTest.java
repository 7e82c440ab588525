package bnlab.app.bntable;

import bnlab.app.i18n.I18n;
import bnlab.app.LessonHarness;
import bnlab.app.histograms.PngSnapshots;
import bnlab.app.lessons.Lesson;
import bnlab.engine.api.BnByHand;
import bnlab.engine.api.BnByHandBatch;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Snapshot;
import bnlab.engine.nn.BatchNorm;
import bnlab.engine.nn.Nd4jSetup;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 3's claims on the real engine: the table's numbers are what the engine's own BatchNorm layer
 * computes on the same 36 values (a [36, 1] matrix, one channel), under both conventions; and, live, the
 * step it redoes by hand is the network's (x_hat and y equal, and the running statistics after a single
 * step follow PyTorch's and then Keras' rule from the ones before, as the engine reports them).
 */
@ExtendWith(ApplicationExtension.class)
class BnByHandLessonTest {
    private LessonHarness harness;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void engine() {
        harness = new LessonHarness();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    static BnTableView table(LessonHarness h) {
        return h.view(BnTableView.class);
    }

    /** Answer the step's prediction (the right choice) and go on. */
    static void next(LessonHarness h) {
        Lesson.Step s = h.model().current();
        if (s.predict() != null) {
            h.predict(s.predict().answer());
            h.reveal();
        }
        h.next();
    }

    @Test
    void theTableIsTheEnginesBatchNormAndTheLiveStepIsTheNetworks() {
        Nd4jSetup.singleThreaded();
        harness.show(stage, Locale.ENGLISH, 1600, 1000);
        harness.open("bn-by-hand");
        harness.await(s -> s.settings().batchSize() == 36 && s.normalized().layers().size() == 2, 60, "set up");
        BnTableView view = table(harness);
        // step 4 asks the class to work out the running statistics: from step 1 on (steps 2 and 3 keep its
        // options) the table ends them in "= ?"; they were filled in below the values, and step 2's "Show the
        // statistics" scrolled to them
        assertFalse(view.model().runningShown(), "step 1 holds back what step 4 asks for");

        for (Convention c : Convention.values()) {
            robot.interact(() -> view.configure(java.util.Map.of("convention", c.name(), "gamma", 1, "beta", 0,
                    "showRunning", true)));
            BatchNorm bn = new BatchNorm(1, c, c.defaultMomentum(), c.defaultEps(), DataType.DOUBLE);
            INDArray y = bn.forward(Nd4j.create(BnByHandBatch.values(), new long[] {36, 1}, DataType.DOUBLE), true);
            BnByHand shown = view.model().example();
            assertEquals(bn.batchMean()[0], shown.mean(), 1e-12, c + " mean");
            assertEquals(bn.batchVar()[0], shown.biasedVar(), 1e-12, c + " var");
            for (int i = 0; i < 36; i++) {
                // the cells show 5 decimals
                assertEquals(bn.xhat().getDouble(i, 0), cell(view.pane().grids.xhat.get(i).getText()), 5.1e-6, c + " x_hat");
                assertEquals(y.getDouble(i, 0), cell(view.pane().grids.y.get(i).getText()), 5.1e-6, c + " y");
            }
            BnByHand.Running after = shown.runningAfter(c);
            assertEquals(bn.runningMean().getDouble(0), after.mean(), 1e-12, c + " running mean");
            assertEquals(bn.runningVar().getDouble(0), after.var(), 1e-12, c + " running var");
            String mean = Tex.lead(after.mean());
            assertTrue(BnTableViewTest.formulas(view.node()).stream().anyMatch(f -> f.endsWith(" = " + mean)),
                    c + ": the running mean " + mean + " is written out");
        }

        for (int k = 0; k < 4; k++) {
            next(harness);
        }
        assertEquals(4, harness.model().stepProperty().get(), "the backward pass");
        assertTrue(view.model().backward() && !view.model().live());
        next(harness);
        assertEquals(5, harness.model().stepProperty().get(), "the live step");
        assertTrue(view.model().live());
        // the network at step 0 (set up, not trained yet), as the table has seen it
        Snapshot zero = harness.await(s -> s.step() == 0 && !s.normalized().layers().isEmpty(), 60, "step 0");
        harness.flush();
        harness.act(0); // Step once
        harness.await(s -> s.step() == 1 && s.normalized().probeStep() == 1 && !s.playing(), 60, "step 1");
        harness.flush();
        LiveStep torch = view.model().liveStep();
        assertEquals(1, torch.step());
        assertEquals(0, torch.layer());
        assertEquals(Convention.PYTORCH, torch.convention());
        assertEquals(36, torch.hand().m());
        assertTrue(torch.valuesMatch(), "x_hat and y by hand equal the engine's: " + torch.xhatDiff() + ", "
                + torch.yDiff());
        assertNotNull(torch.check(), "the step before was seen");
        assertEquals(0.0, torch.check().before().mean(), "the running mean starts at 0");
        assertEquals(1.0, torch.check().before().var(), "the running variance starts at 1");
        assertTrue(torch.check().meanMatches() && torch.check().varMatches(),
                "PyTorch's rule gives the engine's running statistics: " + torch.check());
        assertEquals(2, robot.lookup(".bn-table-match").queryAll().size());
        robot.interact(() -> PngSnapshots.write(harness.stage().node(), "target/lesson-bn-by-hand-live.png"));

        harness.act(1); // Keras: m = 0.99, eps = 0.001, and a step
        harness.await(s -> s.step() == 2 && s.normalized().probeStep() == 2 && s.settings().convention()
                == Convention.KERAS, 60, "a Keras step");
        harness.flush();
        LiveStep keras = view.model().liveStep();
        assertEquals(Convention.KERAS, keras.convention());
        assertEquals(0.99, keras.momentum(), 1e-12);
        assertEquals(1e-3, keras.hand().eps(), 1e-15);
        assertTrue(keras.valuesMatch());
        assertNotNull(keras.check());
        assertEquals(torch.check().reported(), keras.check().before(), "the update starts where step 1 left off");
        assertTrue(keras.check().meanMatches() && keras.check().varMatches(), "Keras' rule: " + keras.check());
        System.out.printf(Locale.ROOT, "bn-by-hand live: step 1 PyTorch mean %s -> %s (engine %s, |d| %.1e), "
                        + "var %s -> %s (engine %s, |d| %.1e); step 2 Keras var %s (engine %s); x_hat |d| %.1e%n",
                torch.check().before().mean(), torch.check().byHand().mean(), torch.check().reported().mean(),
                torch.check().meanDiff(), torch.check().before().var(), torch.check().byHand().var(),
                torch.check().reported().var(), torch.check().varDiff(), keras.check().byHand().var(),
                keras.check().reported().var(), torch.xhatDiff());
        assertTrue(zero.step() == 0);

        // the backward pass, live: the engine's dL/dy through BN's formula by hand gives the engine's dx, dgamma, dbeta
        next(harness);
        assertEquals(6, harness.model().stepProperty().get(), "the live backward pass");
        assertTrue(view.model().live() && view.model().backward());
        harness.predict(harness.model().current().predict().answer()); // "0": the buttons come alive after a choice
        harness.reveal();
        for (int k = 0; k < 2; k++) {
            long at = harness.session.latest().step();
            harness.act(0); // Step once
            harness.await(s -> s.step() == at + 1 && s.normalized().probeStep() == at + 1 && !s.playing(), 60, "a step");
            harness.flush();
            LiveStep live = view.model().liveStep();
            LiveBackward back = live.backward();
            assertNotNull(back, "the probe carries the backward pass");
            assertEquals(36, back.engineDx().length);
            assertTrue(back.dxMatches() && back.betaMatches() && back.gammaMatches(), "step " + live.step() + ": dx |d| "
                    + back.dxDiff() + ", dbeta |d| " + back.betaDiff() + ", dgamma |d| " + back.gammaDiff());
            assertNotNull(view.pane().backwardBox);
            assertEquals(I18n.get("bnTable.backward.live.dx.ok", "36", Digits.difference(back.dxDiff())),
                    view.pane().backwardBox.check.getText());
            double sum = 0;
            double size = 0;
            for (double d : back.engineDx()) {
                sum += d;
                size = Math.max(size, Math.abs(d));
            }
            assertTrue(size > 0, "a gradient reaches the unit");
            assertEquals(0, sum, 1e-5 * 36 * size, "the engine's dx adds up to 0 too");
            System.out.printf(Locale.ROOT, "bn-by-hand live backward: step %d, max |dx| %.3e, |dx by hand - engine| %.1e, "
                    + "dbeta %.6e (|d| %.1e), dgamma %.6e (|d| %.1e), engine's sum dx %.1e%n", live.step(), size,
                    back.dxDiff(), back.engineBeta(), back.betaDiff(), back.engineGamma(), back.gammaDiff(), sum);
        }
        robot.interact(() -> PngSnapshots.write(harness.stage().node(), "target/lesson-bn-by-hand-live-backward.png"));
    }

    private static double cell(String text) {
        return Double.parseDouble(text);
    }
}
