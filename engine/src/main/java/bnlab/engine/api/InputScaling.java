package bnlab.engine.api;

/** How inputs reach the first layer. */
public enum InputScaling {
    /** As they are. */
    NONE,
    /** z = (x - mean_j) / std_j per feature, fitted on the training set. */
    PER_FEATURE,
    /** z = (x - mean) / std with one mean and std over all pixels of the training images. */
    WHOLE_INPUT
}
