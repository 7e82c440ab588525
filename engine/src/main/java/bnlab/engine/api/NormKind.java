package bnlab.engine.api;

/** Normalization of one hidden layer. */
public enum NormKind {
    NONE, BATCH, LAYER;

}
