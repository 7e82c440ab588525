package bnlab.engine.session;

import bnlab.engine.api.Command;
import bnlab.engine.api.LandscapeResult;
import bnlab.engine.api.LandscapeState;

import bnlab.engine.landscape.Directions;
import bnlab.engine.api.twoweight.GridSpec;
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
 * restores them), and the last training batch is replayed so the probes see training activations.
 */
final class LandscapeJob {
    private final long id;
    private final TwinRunner runner;
    private final GridSpec grid;
    private final int samples;
    private final long seed;
    private final List<Part> parts = new ArrayList<>();
    private final double[][] normalizedGrid;
    private final double[][] plainGrid;
    private final double normalizedCentre;
    private final double plainCentre;
    private final String note;
    private final long started = System.nanoTime();
    private int next;

    private record Part(Twin twin, NetworkLandscape landscape, double[][] out) {
    }

    /** Validates the request (IllegalArgumentException: nothing computed) and sets up both twins. */
    LandscapeJob(long id, Command.ComputeLandscape c, TwinRunner runner) {
        GridSpec g = new GridSpec(c.gridSize(), c.range());
        if (c.samples() < 1) {
            throw new IllegalArgumentException("samples must be at least 1, got " + c.samples());
        }
        this.id = id;
        this.runner = runner;
        this.grid = g;
        this.seed = c.seed();
        INDArray[] xt = runner.trainingRows(c.samples());
        this.samples = (int) xt[0].rows();
        normalizedGrid = nanGrid(g.size());
        plainGrid = nanGrid(g.size());
        List<String> notes = new ArrayList<>();
        if (samples < c.samples()) {
            notes.add("using all " + samples + " training samples");
        }
        normalizedCentre = setUp(runner.normalized(), normalizedGrid, xt, "BN", notes);
        plainCentre = setUp(runner.plain(), plainGrid, xt, "plain", notes);
        note = notes.isEmpty() ? null : String.join("; ", notes);
    }

    private double setUp(Twin twin, double[][] out, INDArray[] xt, String name, List<String> notes) {
        if (twin.diverged()) {
            notes.add("the " + name + " network has diverged: its landscape is not computed (NaN)");
            return Double.NaN;
        }
        NetworkLandscape l = new NetworkLandscape(twin.net(), xt[0], xt[1],
                Directions.filterNormalized(twin.net(), seed), grid);
        parts.add(new Part(twin, l, out));
        double centre = l.lossAt(0, 0);
        runner.replayLastBatch(twin);
        return centre;
    }

    private static double[][] nanGrid(int g) {
        double[][] a = new double[g][g];
        for (double[] row : a) {
            Arrays.fill(row, Double.NaN);
        }
        return a;
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
        try {
            p.out()[row] = p.landscape().row(row);
        } finally {
            runner.replayLastBatch(p.twin());
        }
        next++;
    }

    double progress() {
        int total = parts.size() * grid.size();
        return total == 0 ? 1.0 : (double) next / total;
    }

    LandscapeState running() {
        return new LandscapeState(id, true, progress(), note, null);
    }

    LandscapeState finished() {
        double[] c = grid.coordinates();
        LandscapeResult r = LandscapeResult.of(c, c.clone(), normalizedGrid, plainGrid, normalizedCentre,
                plainCentre, samples, seed);
        String timing = String.format("%dx%d grid on %d samples in %.1f s", grid.size(), grid.size(), samples,
                (System.nanoTime() - started) / 1e9);
        return new LandscapeState(id, false, 1.0, note == null ? timing : note + "; " + timing, r);
    }

    LandscapeState cancelled(String why) {
        return new LandscapeState(id, false, progress(), why, null);
    }
}
