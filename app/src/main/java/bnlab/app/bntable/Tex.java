package bnlab.app.bntable;

/** Numbers written into LaTeX: a negative one in parentheses after an operator, eps as a power of ten. */
final class Tex {
    private Tex() {
    }

    /** A statistic, in parentheses when negative: 5, (-0.8), 25.714286, (-4.7625930 \cdot 10^{-5}). */
    static String num(double v) {
        String s = power(Digits.stat(v));
        return v < 0 ? "(" + s + ")" : s;
    }

    /** A statistic at the start of an expression (no parentheses). */
    static String lead(double v) {
        return power(Digits.stat(v));
    }

    /** A whole number of the batch or a statistic. */
    static String whole(double v) {
        String s = power(Digits.whole(v));
        return v < 0 ? "(" + s + ")" : s;
    }

    // 4.7625930e-05 as 4.7625930 \cdot 10^{-5}: LaTeX would set "e-05" as a variable e minus 05
    private static String power(String digits) {
        int e = digits.indexOf('e');
        if (e < 0) {
            return digits;
        }
        return digits.substring(0, e) + " \\cdot 10^{" + Integer.parseInt(digits.substring(e + 1)) + "}";
    }

    /**
     * The power of ten of the largest |v|: floor(log10 max |v_i|) (0 when all are 0 or one is not finite). A row of
     * gradients of 1e-4 reads as 10^4 times them, in the cells' five decimals.
     */
    static int power(double[] v) {
        double max = 0;
        for (double d : v) {
            max = Math.max(max, Math.abs(d));
        }
        return max > 0 && Double.isFinite(max) ? (int) Math.floor(Math.log10(max)) : 0;
    }

    /** 10^k times a quantity: "10^{4}\, q" (q alone for k = 0). */
    static String scaled(int k, String quantity) {
        return k == 0 ? quantity : "10^{" + k + "}\\, " + quantity;
    }

    /** eps: 10^{-5} for a power of ten, else its digits. */
    static String eps(double e) {
        double k = Math.log10(e);
        if (Math.abs(k - Math.rint(k)) < 1e-9 && k < -3.5) {
            return "10^{" + (long) Math.rint(k) + "}";
        }
        return Digits.stat(e);
    }
}
