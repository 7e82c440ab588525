package bnlab.engine.session;

import bnlab.engine.api.Command;
import bnlab.engine.api.LandscapeResult;
import bnlab.engine.api.LandscapeState;

import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.Setting;
import bnlab.engine.landscape.Directions;
import bnlab.engine.landscape.GridSpec;
import bnlab.engine.landscape.NetworkLandscape;
import bnlab.engine.train.Twin;
import bnlab.engine.train.TwinRunner;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One network-landscape request on the engine thread, computed one grid row of one twin per
 * {@link #step} so the session handles commands in between. Both twins use directions drawn with the
 * same seed (same raw draws for their identically shaped Dense layers), each filter-normalized to its
 * own weights. The networks' weights are exactly theirs again after every row (NetworkLandscape
 * restores them); the layers' caches are overwritten, which no probe reads (probes read traces).
 */
final class LandscapeJob {
    private final long id;
    private final GridSpec grid;
    private final int samples;
    private final long seed;
    private final List<Part> parts = new ArrayList<>();
    private final double[][] normalizedGrid;
    private final double[][] plainGrid;
    private final double normalizedCentre;
    private final double plainCentre;
    private final List<Problem> notes;
    private final long started = System.nanoTime();
    private final INDArray[] rows;
    private int next;

    private record Part(Twin twin, NetworkLandscape landscape, double[][] out) {
    }

    /** Why the request cannot be computed (a value out of its Setting's range), or null. */
    static Problem problem(Command.ComputeLandscape c) {
        Problem p = Setting.LANDSCAPE_GRID.check(c.gridSize());
        if (p == null) {
            p = Setting.LANDSCAPE_RANGE.check(c.range());
        }
        return p != null ? p : Setting.LANDSCAPE_SAMPLES.check(c.samples());
    }

    /** Sets up both twins for a request that {@link #problem} accepts. */
    LandscapeJob(long id, Command.ComputeLandscape c, TwinRunner runner) {
        GridSpec g = new GridSpec(c.gridSize(), c.range());
        this.id = id;
        this.grid = g;
        this.seed = c.seed();
        INDArray[] xt = runner.trainingRows(c.samples());
        this.rows = xt;
        this.samples = (int) xt[0].rows();
        normalizedGrid = nanGrid(g.size());
        plainGrid = nanGrid(g.size());
        List<Problem> n = new ArrayList<>();
        if (samples < c.samples()) {
            n.add(Problem.of(RunProblem.LANDSCAPE_ALL_SAMPLES, samples));
        }
        normalizedCentre = setUp(runner.normalized(), true, normalizedGrid, xt, n);
        plainCentre = setUp(runner.plain(), false, plainGrid, xt, n);
        notes = List.copyOf(n);
    }

    private double setUp(Twin twin, boolean normalizedTwin, double[][] out, INDArray[] xt, List<Problem> n) {
        if (twin.diverged()) {
            n.add(Problem.of(RunProblem.LANDSCAPE_TWIN_DIVERGED, normalizedTwin));
            return Double.NaN;
        }
        NetworkLandscape l = new NetworkLandscape(twin.net(), xt[0], xt[1],
                Directions.filterNormalized(twin.net(), seed), grid);
        parts.add(new Part(twin, l, out));
        return l.lossAt(0, 0);
    }

    private static double[][] nanGrid(int g) {
        double[][] a = new double[g][g];
        for (double[] row : a) {
            Arrays.fill(row, Double.NaN);
        }
        return a;
    }

    /** Release the job's arrays (samples, products, directions) now: finished, cancelled or replaced. */
    void close() {
        for (Part p : parts) {
            p.landscape().close();
        }
        rows[0].close();
        rows[1].close();
    }

    long id() {
        return id;
    }

    boolean done() {
        return next >= parts.size() * grid.size();
    }

    /** One row of one twin. */
    void step() {
        Part p = parts.get(next / grid.size());
        int row = next % grid.size();
        p.out()[row] = p.landscape().row(row);
        next++;
    }

    double progress() {
        int total = parts.size() * grid.size();
        return total == 0 ? 1.0 : (double) next / total;
    }

    LandscapeState running() {
        return new LandscapeState(id, true, progress(), null, notes, seconds(), null);
    }

    LandscapeState finished() {
        double[] c = grid.coordinates();
        LandscapeResult r = LandscapeResult.of(c, c.clone(), normalizedGrid, plainGrid, normalizedCentre,
                plainCentre, samples, seed);
        return new LandscapeState(id, false, 1.0, null, notes, seconds(), r);
    }

    LandscapeState cancelled(Problem why) {
        return new LandscapeState(id, false, progress(), why, notes, seconds(), null);
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
