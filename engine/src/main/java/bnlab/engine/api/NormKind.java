package bnlab.engine.api;

import bnlab.engine.nn.BatchNorm;
import bnlab.engine.nn.LayerNorm;

/** Normalization of one hidden layer. */
public enum NormKind {
    NONE("none"), BATCH("BatchNorm"), LAYER("LayerNorm");

    private final String label;

    NormKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
