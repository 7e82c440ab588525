package bnlab.app.i18n;

import bnlab.engine.api.Snapshot;

/**
 * The normalized twin's normalization as the views name it: "BatchNorm", or "BatchNorm + noise (a = 1)" while the engine
 * adds noise after it ({@link bnlab.engine.api.Setting#BN_NOISE}), so no chart passes a noisy twin off as plain BN.
 */
public final class NormWords {
    private NormWords() {
    }

    /** The normalized twin's normalization in the snapshot, with its noise level when there is one. */
    public static String of(Snapshot s) {
        String norm = I18n.label(s.normalized().norm());
        return s.settings() != null && s.settings().noisy()
                ? I18n.get("twin.norm.noisy", norm, s.settings().bnNoise()) : norm;
    }
}
