package bnlab.engine.api;

/**
 * How many rows the accuracies are measured on, at most: the first rows of the training set (already
 * shuffled) and of the test set. The app keeps them small so that evaluating stays cheap on MNIST-sized
 * data; a benchmark such as Ioffe and Szegedy's Figure 1 measures on the whole test set.
 *
 * @param train training rows, at least 1
 * @param test  test rows, at least 1 ({@link Integer#MAX_VALUE}: all)
 */
public record EvalRows(int train, int test) {
    /** The app's: 1,000 training and 2,000 test rows. */
    public static final EvalRows DEFAULT = new EvalRows(1000, 2000);
    /** Test accuracy on every test row (1,000 training rows for the training accuracies). */
    public static final EvalRows FULL_TEST = new EvalRows(1000, Integer.MAX_VALUE);

    public EvalRows {
        if (train < 1 || test < 1) {
            throw new IllegalArgumentException("evaluation rows " + train + ", " + test);
        }
    }
}
