package bnlab.engine.api;

import java.util.List;

/**
 * An immutable labelled data set held in plain Java arrays (it crosses threads; ND4J arrays are
 * only built from it on the engine thread).
 *
 * @param name         what the user sees ("digits 8x8", "spiral", a file name)
 * @param x            features, [n][d]; never modified after construction
 * @param y            class labels in 0..numClasses-1, [n]
 * @param numClasses   number of classes
 * @param featureNames one name per feature column
 */
public record Dataset(String name, double[][] x, int[] y, int numClasses, List<String> featureNames) {

    public Dataset {
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " feature rows but " + y.length + " labels");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException(name + ": no samples");
        }
        int d = x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException(name + ": row " + i + " has " + x[i].length + " features, expected " + d);
            }
            if (y[i] < 0 || y[i] >= numClasses) {
                throw new IllegalArgumentException(name + ": row " + i + " has label " + y[i] + " outside 0.." + (numClasses - 1));
            }
        }
        if (featureNames.size() != d) {
            throw new IllegalArgumentException(name + ": " + featureNames.size() + " feature names for " + d + " features");
        }
        featureNames = List.copyOf(featureNames);
    }

    public int size() {
        return x.length;
    }

    public int dim() {
        return x[0].length;
    }

    /** Default feature names f0..f(d-1). */
    public static List<String> defaultNames(int d) {
        String[] names = new String[d];
        for (int i = 0; i < d; i++) {
            names[i] = "f" + i;
        }
        return List.of(names);
    }
}
