package bnlab.app.runningstats;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The run before this one, kept to be drawn faintly beside it: its last snapshot and the settings it trained
 * with (those of its last step: a setting changed after it, e.g. by the action that starts the next run, is
 * not the previous run's).
 */
record PreviousRun(Snapshot last, TrainSettings trained) {

    /**
     * Whether two runs trained alike: the same learning rate, SGD momentum, BN convention, momentum and epsilon,
     * batch size and pinned gamma and beta. The speed, the probing and the evaluation only change what is
     * measured, so they are not compared.
     */
    static boolean alike(TrainSettings a, TrainSettings b) {
        return words(a, b).isEmpty();
    }

    /**
     * The name of this run beside the current one, by the settings it trained with that the current run did not
     * ({@code now}: the current run's, at its last step; a setting changed since, not yet trained with, does not
     * count): "previous run (batch 4)".
     */
    String name(TrainSettings now) {
        List<String> w = words(trained, now);
        return w.isEmpty() ? I18n.get("runningStats.previous.same")
                : I18n.get("runningStats.previous", String.join(I18n.get("runningStats.previous.separator"), w));
    }

    /** Each setting in which {@code was} differs from {@code now}, worded with was's value. */
    static List<String> words(TrainSettings was, TrainSettings now) {
        List<String> w = new ArrayList<>();
        if (was.convention() != now.convention() || was.bnMomentum() != now.bnMomentum()) {
            w.add(I18n.get("runningStats.previous.momentum", was.convention(), was.bnMomentum()));
        }
        // epsilon named only where it is not each convention's own default (Keras 0.99 against PyTorch 0.1 carries
        // 1e-3 against 1e-5 with it: naming it said nothing the convention did not)
        boolean defaults = was.convention() != now.convention() && was.eps() == was.convention().defaultEps()
                && now.eps() == now.convention().defaultEps();
        if (was.eps() != now.eps() && !defaults) {
            w.add(I18n.get("runningStats.previous.eps", was.eps()));
        }
        if (was.batchSize() != now.batchSize()) {
            w.add(I18n.get("runningStats.previous.batch", was.batchSize()));
        }
        if (was.learningRate() != now.learningRate()) {
            w.add(I18n.get("runningStats.previous.lr", was.learningRate()));
        }
        if (was.optimizerMomentum() != now.optimizerMomentum()) {
            w.add(I18n.get("runningStats.previous.sgdMomentum", was.optimizerMomentum()));
        }
        if (!Objects.equals(was.pinnedGamma(), now.pinnedGamma()) || pinned(was) && was.pinLayer() != now.pinLayer()) {
            w.add(was.pinnedGamma() == null ? I18n.get("runningStats.previous.gammaLearned")
                    : I18n.get("runningStats.previous.gamma", was.pinnedGamma()));
        }
        if (!Objects.equals(was.pinnedBeta(), now.pinnedBeta()) || pinned(was) && was.pinLayer() != now.pinLayer()) {
            w.add(was.pinnedBeta() == null ? I18n.get("runningStats.previous.betaLearned")
                    : I18n.get("runningStats.previous.beta", was.pinnedBeta()));
        }
        return w;
    }

    private static boolean pinned(TrainSettings s) {
        return s.pinnedGamma() != null || s.pinnedBeta() != null;
    }
}
