package bnlab.app.i18n;

import bnlab.engine.api.ArchKind;
import bnlab.engine.api.Snapshot;

/**
 * Words that depend on the architecture. For a CNN every "unit" of the probes is a channel (its
 * statistics pooled over the batch's N * H * W values), so a text about units has a CNN variant under
 * the same key plus {@code .cnn}, with the same arguments ("unit 3" / "channel 3").
 */
public final class ArchWords {
    private ArchWords() {
    }

    /** Whether the snapshot's twins are CNNs. */
    public static boolean cnn(Snapshot s) {
        return s != null && s.spec() != null && s.spec().arch() == ArchKind.CNN;
    }

    /** The key, or its {@code .cnn} variant for a CNN when the bundle has one. */
    public static String key(String key, boolean cnn) {
        return cnn && I18n.has(key + ".cnn") ? key + ".cnn" : key;
    }

    /** The text of the key (or of its CNN variant) with its arguments. */
    public static String get(String key, boolean cnn, Object... args) {
        return I18n.get(key(key, cnn), args);
    }
}
