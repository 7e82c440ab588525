package bnlab.engine.api;

/**
 * A read-only view of a {@link DecimatingBuffer}: rows (x, y_0 .. y_{k-1}) in increasing x, as they
 * were when the view was taken. Immutable: it reads only rows [0, size) of arrays that the buffer
 * never writes again (new rows go after them; a compaction or clear writes into new arrays), so a
 * view published to another thread stays exactly as it was.
 */
public final class Series {
    private static final double[][] NO_COLUMNS = new double[0][];
    /** A series with no rows and no columns. */
    public static final Series EMPTY = new Series(new double[0], NO_COLUMNS, 0);

    private final double[] x;
    private final double[][] y;
    private final int size;

    Series(double[] x, double[][] y, int size) {
        this.x = x;
        this.y = y;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public int columns() {
        return y.length;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public double x(int row) {
        check(row);
        return x[row];
    }

    public double y(int column, int row) {
        check(row);
        return y[column][row];
    }

    /** The x values, a copy of length size(). */
    public double[] xs() {
        return java.util.Arrays.copyOf(x, size);
    }

    /** Column c, a copy of length size(). */
    public double[] column(int c) {
        return java.util.Arrays.copyOf(y[c], size);
    }

    /** x of the last row, or NaN when empty. */
    public double lastX() {
        return size == 0 ? Double.NaN : x[size - 1];
    }

    /** Column c of the last row, or NaN when empty. */
    public double last(int c) {
        return size == 0 ? Double.NaN : y[c][size - 1];
    }

    private void check(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
    }
}
