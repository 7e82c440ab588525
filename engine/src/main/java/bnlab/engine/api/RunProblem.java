package bnlab.engine.api;

/** Problems while training or computing a landscape. */
public enum RunProblem implements Problem.Code {
    /** The twin's loss became NaN. args: step, learning rate */
    LOSS_NAN,
    /** The twin's loss became infinite. args: step, learning rate */
    LOSS_INFINITE,
    /** The loss was finite but a gradient was not (it overflowed). args: step, learning rate */
    GRADIENT_OVERFLOW,
    /** Training stopped on an unexpected error. args: the error's type and text (String) */
    TRAINING_FAILED,
    /**
     * The networks, their batch and their traces needed more memory than the engine has: training stopped and the
     * twins were built anew as they last fitted. args: the hidden layers' widths (String, e.g. "8 x 1024"), the
     * batch size, the memory the engine may use in MiB, whether the twins went back to an experiment that fitted
     * (Boolean; false: to the default one)
     */
    OUT_OF_MEMORY,
    /** The user cancelled the landscape. no args */
    LANDSCAPE_CANCELLED,
    /** The networks changed while the landscape was computed (it was cancelled). no args */
    LANDSCAPE_NETWORKS_CHANGED,
    /** The landscape computation failed. args: the error's type and text (String) */
    LANDSCAPE_FAILED,
    /**
     * The landscape's passes over its samples did not fit in memory beside the networks; it stopped, training goes
     * on. args: the memory the engine may use in MiB
     */
    LANDSCAPE_OUT_OF_MEMORY,
    /** A twin has diverged, so its landscape is not computed. args: normalized twin (Boolean) */
    LANDSCAPE_TWIN_DIVERGED,
    /** Fewer training rows than asked: all were used. args: rows used */
    LANDSCAPE_ALL_SAMPLES,
    /**
     * Test accuracy has stayed at the level of always guessing the most common class for the last
     * evaluations. args: step, test accuracy, that chance level, the hidden layers' mean share of
     * saturated inputs in percent (NaN when unknown), learning rate, layer 1's share of the top hidden layer's
     * gradient (NaN when unknown), the median loss of the last recorded steps, a uniform guess's loss ln K
     */
    STALLED
}
