package bnlab.engine.data;

import bnlab.engine.api.Dataset;

import java.util.Random;

/**
 * A train/test split of one data set. Rows are shared with the original (datasets are never
 * modified), labels are copied.
 *
 * @param train the training samples, at least 2
 * @param test  the held-out samples; when the split was made with testFraction 0 this is the very
 *              same Dataset as {@code train} (a Dataset cannot be empty), so "test" numbers are then
 *              training numbers
 */
public record Split(Dataset train, Dataset test) {

    /** Stratified: {@link #of(Dataset, double, long, boolean)} with stratify = true. */
    public static Split of(Dataset d, double testFraction, long seed) {
        return of(d, testFraction, seed, true);
    }

    /**
     * Shuffles d with {@code java.util.Random(seed)} (Fisher-Yates) and holds out
     * nTest = round(n * testFraction) samples (at least 1 if testFraction > 0).
     *
     * <p>Stratified: class c gets floor(nTest * n_c / n) test samples and the remaining ones go to the
     * classes with the largest fractional parts (ties: lower class first), so each class keeps its
     * proportion up to one sample. Within each part samples keep the shuffled order.
     *
     * @throws IllegalArgumentException if testFraction is outside [0, 1) or fewer than 2 training
     *                                  samples would remain
     */
    public static Split of(Dataset d, double testFraction, long seed, boolean stratify) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in [0, 1), got " + testFraction);
        }
        int n = d.size();
        int nTest = bnlab.engine.api.ExperimentSpec.testSamples(n, testFraction);
        if (n - nTest < 2) {
            throw new IllegalArgumentException(d.name() + ": a test fraction of " + testFraction + " of " + n
                    + " samples leaves " + (n - nTest) + " for training; need at least 2");
        }
        if (nTest == 0) {
            return new Split(d, d);
        }
        int[] perm = permutation(n, new Random(seed));
        int[] quota = stratify ? quotas(d, nTest) : null;
        int[] testIdx = new int[nTest];
        int[] trainIdx = new int[n - nTest];
        int t = 0;
        int r = 0;
        for (int i : perm) {
            boolean toTest = stratify ? quota[d.y(i)]-- > 0 : t < nTest;
            if (toTest) {
                testIdx[t++] = i;
            } else {
                trainIdx[r++] = i;
            }
        }
        return new Split(subset(d, trainIdx, " (train)"), subset(d, testIdx, " (test)"));
    }

    // largest remainder: quota_c = floor(nTest n_c / n), then +1 for the largest remainders
    private static int[] quotas(Dataset d, int nTest) {
        int k = d.numClasses();
        long n = d.size();
        long[] count = new long[k];
        for (int c : d.labels()) {
            count[c]++;
        }
        int[] quota = new int[k];
        Integer[] byRemainder = new Integer[k];
        int given = 0;
        for (int c = 0; c < k; c++) {
            quota[c] = (int) (nTest * count[c] / n);
            given += quota[c];
            byRemainder[c] = c;
        }
        java.util.Arrays.sort(byRemainder, (a, b) -> Long.compare(nTest * count[b] % n, nTest * count[a] % n));
        for (int i = 0; given < nTest; i++, given++) {
            quota[byRemainder[i]]++; // at most one extra per class, so quota_c <= n_c
        }
        return quota;
    }

    /** Fisher-Yates: for i = n-1..1 swap p[i] with p[j], j uniform in 0..i. */
    static int[] permutation(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p, rnd);
        return p;
    }

    static void shuffle(int[] p, Random rnd) {
        for (int i = p.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
    }

    private static Dataset subset(Dataset d, int[] idx, String suffix) {
        return d.select(d.name() + suffix, idx);
    }
}
