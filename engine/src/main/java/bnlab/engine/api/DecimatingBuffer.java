package bnlab.engine.api;

/**
 * The one decimating buffer: rows (x, y_0 .. y_{k-1}) appended in increasing x, at most {@code cap}
 * of them. When full it keeps every other row and from then on takes only every 2nd offered row
 * (then every 4th, ...), so a long run keeps an even coverage in bounded memory and a redraw costs
 * O(cap). Non-finite values are kept as NaN (a gap in a line).
 * <p>
 * Owned by one thread (mutable); {@link #view()} hands out immutable {@link Series} that may cross
 * threads: rows already shown are never written again (compaction and clear use fresh arrays).
 */
public final class DecimatingBuffer {
    private final int cap;
    private final int columns;
    private double[] x;
    private double[][] y;
    private int size;
    private long stride = 1;
    private long offered;

    public DecimatingBuffer(int cap, int columns) {
        if (cap < 4 || cap % 2 != 0) {
            throw new IllegalArgumentException("cap must be even and >= 4, got " + cap);
        }
        this.cap = cap;
        this.columns = columns;
        allocate();
    }

    private void allocate() {
        x = new double[cap];
        y = new double[columns][cap];
    }

    /** Offer a row; it is kept when it falls on the current stride. values.length must be columns. */
    public void add(double xv, double... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(columns + " columns, got " + values.length);
        }
        if (offered++ % stride != 0) {
            return;
        }
        if (size == cap) {
            compact();
        }
        x[size] = xv;
        for (int c = 0; c < columns; c++) {
            double v = values[c];
            y[c][size] = Double.isFinite(v) ? v : Double.NaN;
        }
        size++;
    }

    // keep rows 0, 2, 4, ... (in new arrays: published views keep the old ones); double the stride
    private void compact() {
        double[] nx = new double[cap];
        double[][] ny = new double[columns][cap];
        int n = 0;
        for (int i = 0; i < size; i += 2) {
            nx[n] = x[i];
            for (int c = 0; c < columns; c++) {
                ny[c][n] = y[c][i];
            }
            n++;
        }
        x = nx;
        y = ny;
        size = n;
        stride *= 2;
    }

    /** Forget every row (in new arrays). */
    public void clear() {
        allocate();
        size = 0;
        stride = 1;
        offered = 0;
    }

    public int size() {
        return size;
    }

    /** Rows offered per row kept. */
    public long stride() {
        return stride;
    }

    /** The rows as they are now, immutable. */
    public Series view() {
        double[][] cols = y.clone();
        return new Series(x, cols, size);
    }
}
