package bnlab.engine.scratch;

import bnlab.engine.Engine;
import bnlab.engine.api.*;
import bnlab.engine.data.IdxLoader;

import java.nio.file.Path;
import java.util.List;

/** Scratch: how much do the last layer's percentiles drift without BN, on candidate set-ups? */
public class Fig1Probe {
    public static void main(String[] a) throws Exception {
        String which = a[0];
        double sigma = Double.parseDouble(a[1]);
        double lr = Double.parseDouble(a[2]);
        int steps = Integer.parseInt(a[3]);
        InitKind init = a.length > 4 ? InitKind.valueOf(a[4]) : InitKind.GAUSSIAN;
        Dataset d = which.equals("digits") ? Engine.load(DatasetId.DIGITS, null)
                : IdxLoader.loadFolder(Path.of(which), true, 5000);
        ExperimentSpec spec = ExperimentSpec.defaults().withInit(init, sigma);
        TrainSettings t = TrainSettings.defaults().withLearningRate(lr).withEvalEvery(200).withProbeUnit(0);
        try (SessionHandle s = Engine.start(spec, t, d)) {
            s.send(new Command.Step(steps));
            while (s.latest().step() < steps) Thread.sleep(50);
            Thread.sleep(200);
            Snapshot snap = s.latest();
            for (TwinState tw : List.of(snap.normalized(), snap.plain())) {
                Series p = tw.history().percentiles();
                StringBuilder b = new StringBuilder(tw.normalized() ? "BN   " : "plain");
                for (int i = 0; i < p.size(); i += Math.max(1, p.size() / 8)) {
                    b.append(String.format("  %d:[%.2f %.2f %.2f]", (long) p.x(i), p.y(0, i), p.y(1, i), p.y(2, i)));
                }
                Series acc = tw.history().accuracy();
                b.append(String.format("  acc %.3f", acc.last(0)));
                System.out.println(b);
            }
        }
    }
}
