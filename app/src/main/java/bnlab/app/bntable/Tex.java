package bnlab.app.bntable;

/** Numbers written into LaTeX: a negative one in parentheses after an operator, eps as a power of ten. */
final class Tex {
    private Tex() {
    }

    /** A statistic, in parentheses when negative: 5, (-0.8), 25.714286. */
    static String num(double v) {
        String s = Digits.stat(v);
        return v < 0 ? "(" + s + ")" : s;
    }

    /** A statistic at the start of an expression (no parentheses). */
    static String lead(double v) {
        return Digits.stat(v);
    }

    /** A whole number of the batch or a statistic. */
    static String whole(double v) {
        String s = Digits.whole(v);
        return v < 0 ? "(" + s + ")" : s;
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
