package bnlab.app.saturation;

import bnlab.app.histograms.PngSnapshots;
import bnlab.engine.Engine;
import bnlab.engine.api.Command;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The view on the real engine's snapshots (digits, 100-unit sigmoid layers, 100 steps), rendered to
 * target/sat-live-*.png to look at, with the facts a student reads off it. The engine's numbers keep
 * two things apart: with N(0, 1) weights the plain twin's inputs sit in the flat tails, yet its
 * back-propagated signal hardly shrinks; with Xavier weights its inputs stay in the middle and the
 * signal shrinks by decades toward layer 1. BN keeps the inputs in the middle and the signal within a
 * factor of a few in both.
 */
@ExtendWith(ApplicationExtension.class)
class SaturationLiveRenderTest {
    private SaturationView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new SaturationView(c -> { });
        stage.setScene(new Scene((Parent) view.node(), 1100, 650));
        stage.show();
    }

    private Snapshot run(ExperimentSpec spec, int steps) throws Exception {
        Dataset digits = Engine.load(DatasetId.DIGITS, null);
        try (SessionHandle s = Engine.start(spec, TrainSettings.defaults(), digits)) {
            s.send(new Command.Step(steps));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> s.latest().step() >= steps);
            return s.latest();
        }
    }

    private void render(FxRobot robot, Snapshot s, String name, double w, double h) {
        robot.interact(() -> {
            // a new view: each session numbers its snapshots from 1
            view = new SaturationView(c -> { });
            stage.getScene().setRoot((Parent) view.node());
            stage.setWidth(w);
            stage.setHeight(h);
            view.show(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> PngSnapshots.write(view.node(), "target/sat-live-" + name + ".png"));
        SaturationPane p = view.pane();
        System.out.printf(Locale.ROOT, "%s: w %.0f | %s | %s | plain sat %s | bn sat %s%n", name, p.curves.halfWidth(),
                p.curves.outside.getText(), p.signal.readout.getText(), fractions(s, false), fractions(s, true));
    }

    private static String fractions(Snapshot s, boolean bn) {
        return (bn ? s.normalized() : s.plain()).layers().stream()
                .map(l -> String.format(Locale.ROOT, "%.2f", l.saturatedFraction())).toList().toString();
    }

    @Test
    void defaultExperimentPlainInputsInTheTailsBnInTheMiddle(FxRobot robot) throws Exception {
        Snapshot s = run(ExperimentSpec.defaults(), 100);
        render(robot, s, "default", 1100, 650);
        render(robot, s, "default-small", 470, 330);
        Framed plain = view.pane().curves.histograms.plain();
        Framed bn = view.pane().curves.histograms.bn();
        assertTrue(plain.fractionOutside() > 0.05, "a share of the plain twin's inputs beyond the window");
        assertTrue(bn.fractionOutside() < 0.01, "the BN twin's inputs inside it");
        assertTrue(s.plain().layers().get(0).saturatedFraction() > 0.3);
        assertTrue(s.normalized().layers().get(0).saturatedFraction() < 0.05);
        // but the plain twin's signal does not vanish here: per layer it is multiplied by about
        // sqrt(100) * 1 * rms f'(z) = 10 * 0.11, the large weights make up for the flat tails (0.89 at step 100)
        assertTrue(SignalChart.bottomRatio(s.plain()) > 0.3, String.valueOf(SignalChart.bottomRatio(s.plain())));
    }

    @Test
    void xavierInitThePlainSignalVanishesTowardLayerOne(FxRobot robot) throws Exception {
        Snapshot s = run(ExperimentSpec.defaults().withInit(InitKind.XAVIER, 1.0), 100);
        render(robot, s, "xavier", 1100, 650);
        double plain = SignalChart.bottomRatio(s.plain());
        double bn = SignalChart.bottomRatio(s.normalized());
        // Xavier: inputs in the middle, but each layer multiplies the signal by about rms f' = 0.23 (0.05 at step 100)
        assertTrue(plain < 0.1 && bn > 3 * plain, plain + " " + bn);
    }

    @Test
    void eightSaturatedLayers(FxRobot robot) throws Exception {
        Snapshot deep = run(ExperimentSpec.defaults().withHidden(List.of(100, 100, 100, 100, 100, 100, 100, 100)), 100);
        render(robot, deep, "default-8-layers", 1100, 650);
        assertTrue(deep.plain().layers().get(0).saturatedFraction() > 0.3);
    }
}
