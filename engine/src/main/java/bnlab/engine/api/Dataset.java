package bnlab.engine.api;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable labelled data set, held in plain Java arrays that nobody outside can reach (it crosses
 * threads; ND4J arrays are only built from it on the engine thread). Features are stored as float32,
 * the precision the networks train in; every accessor returns copies or single values.
 * <p>
 * A wrong shape or label is a programming error of the loader that built it
 * (IllegalArgumentException); loaders check files first and report {@link Problem}s.
 */
public final class Dataset {
    private final String name;
    private final float[] x;
    private final int dim;
    private final int[] y;
    private final int numClasses;
    private final List<String> featureNames;
    private final int imageRows;
    private final int imageCols;
    private final Dataset testSet;

    /**
     * @param name         the data set's id ("digits", "moons") or file name
     * @param x            features, [n][d], copied
     * @param y            class labels in 0..numClasses-1, [n], copied
     * @param numClasses   number of classes
     * @param featureNames one name per feature column
     */
    public Dataset(String name, double[][] x, int[] y, int numClasses, List<String> featureNames) {
        this(name, flatten(name, x), x.length == 0 ? 0 : x[0].length, y, numClasses, featureNames);
    }

    /**
     * @param x   features, row-major [n * dim], copied
     * @param dim features per row
     */
    public Dataset(String name, float[] x, int dim, int[] y, int numClasses, List<String> featureNames) {
        if (y.length == 0 || dim < 1) {
            throw new IllegalArgumentException(name + ": no samples");
        }
        if ((long) y.length * dim != x.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " values are not " + y.length + " rows of " + dim);
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= numClasses) {
                throw new IllegalArgumentException(name + ": row " + i + " has label " + y[i] + " outside 0.."
                        + (numClasses - 1));
            }
        }
        if (featureNames.size() != dim) {
            throw new IllegalArgumentException(name + ": " + featureNames.size() + " feature names for " + dim
                    + " features");
        }
        this.name = name;
        this.x = x.clone();
        this.dim = dim;
        this.y = y.clone();
        this.numClasses = numClasses;
        this.featureNames = List.copyOf(featureNames);
        this.imageRows = 0;
        this.imageCols = 0;
        this.testSet = null;
    }

    // the same (immutable) arrays with another shape or test set
    private Dataset(Dataset d, int imageRows, int imageCols, Dataset testSet) {
        this.name = d.name;
        this.x = d.x;
        this.dim = d.dim;
        this.y = d.y;
        this.numClasses = d.numClasses;
        this.featureNames = d.featureNames;
        this.imageRows = imageRows;
        this.imageCols = imageCols;
        this.testSet = testSet;
    }

    /** The same data, known to be images of rows x cols pixels (rows * cols = dim). */
    public Dataset asImages(int rows, int cols) {
        if (rows * cols != dim) {
            throw new IllegalArgumentException(name + ": " + rows + " x " + cols + " is not " + dim + " pixels");
        }
        return new Dataset(this, rows, cols, testSet);
    }

    /**
     * The same data with its own test set (MNIST's t10k files), used as the test set instead of a
     * held-out part of this one.
     */
    public Dataset withTestSet(Dataset test) {
        if (test.dim != dim) {
            throw new IllegalArgumentException(name + ": test set has " + test.dim + " features, not " + dim);
        }
        return new Dataset(this, imageRows, imageCols, test);
    }

    /** Whether the features are the pixels of images (then scaled as images: one mean and std for all). */
    public boolean isImages() {
        return imageRows > 0;
    }

    /**
     * The pixel grid {rows, cols} of the samples, or null for a table: {@link #imageRows()} x
     * {@link #imageCols()} for images, else a full grid of features named "px(r,c)" row by row from
     * px(0,0) (the bundled 8x8 digits, which are standardized per feature like a table, or a CSV of
     * pixels). A CNN convolves this grid.
     */
    public int[] pixelGrid() {
        if (isImages()) {
            return new int[]{imageRows, imageCols};
        }
        String last = featureNames.isEmpty() ? "" : featureNames.get(dim - 1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("px\\((\\d{1,4}),(\\d{1,4})\\)").matcher(last);
        if (!m.matches()) {
            return null;
        }
        int rows = Integer.parseInt(m.group(1)) + 1;
        int cols = Integer.parseInt(m.group(2)) + 1;
        if ((long) rows * cols != dim) {
            return null;
        }
        for (int i = 0; i < dim; i++) {
            if (!featureNames.get(i).equals("px(" + i / cols + "," + i % cols + ")")) {
                return null;
            }
        }
        return new int[]{rows, cols};
    }

    public int imageRows() {
        return imageRows;
    }

    public int imageCols() {
        return imageCols;
    }

    /** The data set's own test set, or null when the test set is held out of this one. */
    public Dataset testSet() {
        return testSet;
    }

    private static float[] flatten(String name, double[][] x) {
        if (x.length == 0) {
            return new float[0];
        }
        int d = x[0].length;
        float[] out = new float[Math.multiplyExact(x.length, d)];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException(name + ": row " + i + " has " + x[i].length + " features, expected " + d);
            }
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (float) x[i][j];
            }
        }
        return out;
    }

    /** The data set's id or file name. */
    public String name() {
        return name;
    }

    public int size() {
        return y.length;
    }

    public int dim() {
        return dim;
    }

    public int numClasses() {
        return numClasses;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** Feature j of row i. */
    public double x(int i, int j) {
        return x[i * dim + j];
    }

    /** Label of row i. */
    public int y(int i) {
        return y[i];
    }

    /** Row i's features, a copy. */
    public double[] row(int i) {
        double[] r = new double[dim];
        for (int j = 0; j < dim; j++) {
            r[j] = x[i * dim + j];
        }
        return r;
    }

    /** All rows, [n][d], a copy (for small data sets and tests). */
    public double[][] rows() {
        double[][] r = new double[y.length][];
        for (int i = 0; i < r.length; i++) {
            r[i] = row(i);
        }
        return r;
    }

    /** Column j over all rows, a copy. */
    public double[] column(int j) {
        double[] c = new double[y.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = x[i * dim + j];
        }
        return c;
    }

    /** All labels, a copy. */
    public int[] labels() {
        return y.clone();
    }

    /** All features, row-major [n * dim], a copy. */
    public float[] features() {
        return x.clone();
    }

    /** Copy rows [from, from + count) into dest, row-major, starting at dest[0]. */
    public void copyRows(int from, int count, float[] dest) {
        System.arraycopy(x, from * dim, dest, 0, count * dim);
    }

    /** The rows with the given indices, in that order, under another name (as images if this is). */
    public Dataset select(String newName, int[] rows) {
        float[] out = new float[Math.multiplyExact(rows.length, dim)];
        int[] labels = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(x, rows[k] * dim, out, k * dim, dim);
            labels[k] = y[rows[k]];
        }
        Dataset d = new Dataset(newName, out, dim, labels, numClasses, featureNames);
        return isImages() ? d.asImages(imageRows, imageCols) : d;
    }

    /** The same rows with every feature mapped by f(row, column, value), in double precision (no test set). */
    public Dataset map(String newName, FeatureMap f) {
        float[] out = new float[x.length];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < dim; j++) {
                out[i * dim + j] = (float) f.apply(i, j, x[i * dim + j]);
            }
        }
        Dataset d = new Dataset(newName, out, dim, y, numClasses, featureNames);
        return isImages() ? d.asImages(imageRows, imageCols) : d;
    }

    /** A feature transform for {@link #map}. */
    @FunctionalInterface
    public interface FeatureMap {
        double apply(int row, int column, double value);
    }

    /** Default feature names f0..f(d-1). */
    public static List<String> defaultNames(int d) {
        String[] names = new String[d];
        for (int i = 0; i < d; i++) {
            names[i] = "f" + i;
        }
        return List.of(names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && d.name.equals(name) && d.dim == dim && d.numClasses == numClasses
                && Arrays.equals(d.x, x) && Arrays.equals(d.y, y) && d.featureNames.equals(featureNames);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + size() + " x " + dim + ", " + numClasses + " classes"
                + (testSet == null ? "" : ", test set of " + testSet.size()) + "]";
    }
}
