package bnlab.engine.nn;

/**
 * e^x in float, computed exactly as the expf of glibc 2.36 on x86-64 with FMA (the function libnd4j's
 * float sigmoid and the earlier engine called): the same bits for every float (checked against
 * libnd4j for all 2^32 inputs, see SigmoidTest), in Java, so the sigmoid can run inside the layer's
 * own loop and, with the Vector API, 8 or 16 values at a time.
 * <p>
 * The method is ARM's optimized-routines expf (MIT licence): with N = 32,
 * <pre>
 * x N / ln 2 = k + r,  k integer, |r| &lt;= 1/2;   e^x = 2^(k/N) 2^(r/N)
 * 2^(k/N) = double(T[k mod N] + (k &lt;&lt; 47))            (T: the table below, exponent bits adjusted)
 * 2^(r/N) ~ C0 r^3 + C1 r^2 + C2 r + 1                   (in double, with fused multiply-adds)
 * </pre>
 * and the result rounded once to float. Math.fma is a single instruction on the CPUs this runs on
 * (AVX2 and later); without FMA hardware it is exact but slow.
 */
public final class Expf {
    private Expf() {
    }

    /** T[i] = bits of 2^(i/32), minus i << 47. */
    static final long[] T = {
        0x3ff0000000000000L, 0x3fefd9b0d3158574L, 0x3fefb5586cf9890fL, 0x3fef9301d0125b51L,
        0x3fef72b83c7d517bL, 0x3fef54873168b9aaL, 0x3fef387a6e756238L, 0x3fef1e9df51fdee1L,
        0x3fef06fe0a31b715L, 0x3feef1a7373aa9cbL, 0x3feedea64c123422L, 0x3feece086061892dL,
        0x3feebfdad5362a27L, 0x3feeb42b569d4f82L, 0x3feeab07dd485429L, 0x3feea47eb03a5585L,
        0x3feea09e667f3bcdL, 0x3fee9f75e8ec5f74L, 0x3feea11473eb0187L, 0x3feea589994cce13L,
        0x3feeace5422aa0dbL, 0x3feeb737b0cdc5e5L, 0x3feec49182a3f090L, 0x3feed503b23e255dL,
        0x3feee89f995ad3adL, 0x3feeff76f2fb5e47L, 0x3fef199bdd85529cL, 0x3fef3720dcef9069L,
        0x3fef5818dcfba487L, 0x3fef7c97337b9b5fL, 0x3fefa4afa2a490daL, 0x3fefd0765b6e4540L,
    };
    /** N / ln 2. */
    static final double INV_LN2_N = Double.longBitsToDouble(0x40471547652b82feL);
    /** 1.5 * 2^52: adding it rounds a double to an integer (ties to even) in the low bits. */
    static final double SHIFT = Double.longBitsToDouble(0x4338000000000000L);
    static final double C0 = Double.longBitsToDouble(0x3ebc6af84b912394L);
    static final double C1 = Double.longBitsToDouble(0x3f2ebfce50fac4f3L);
    static final double C2 = Double.longBitsToDouble(0x3f962e42ff0c52d6L);
    /** Above this e^x overflows to infinity. */
    static final float OVERFLOW = Float.intBitsToFloat(0x42b17217);
    /** Below this e^x is 0. */
    static final float UNDERFLOW = Float.intBitsToFloat(0xc2cff1b4);
    /** Below this (and above UNDERFLOW) e^x is the smallest subnormal float. */
    static final float TINY = Float.intBitsToFloat(0xc2ce8ecf);

    /** e^x, the same bits as glibc's expf (FMA variant). */
    public static float exp(float x) {
        int bits = Float.floatToRawIntBits(x);
        if (((bits >>> 20) & 0x7ff) > 0x42a) {
            // |x| >= 88, infinite or NaN
            if (bits == 0xff800000) {
                return 0f;
            }
            if (((bits >>> 20) & 0x7ff) >= 0x7f8) {
                return x + x;
            }
            if (x > OVERFLOW) {
                return Float.POSITIVE_INFINITY;
            }
            if (x < UNDERFLOW) {
                return 0f;
            }
            if (x < TINY) {
                return Float.MIN_VALUE;
            }
        }
        return core(x);
    }

    // e^x = 2^(k/N) (C0 r^3 + C1 r^2 + C2 r + 1), r = x N / ln 2 - k
    static float core(float x) {
        double xd = x;
        double kdShift = Math.fma(INV_LN2_N, xd, SHIFT);
        long ki = Double.doubleToRawLongBits(kdShift);
        double kd = kdShift - SHIFT;
        double r = Math.fma(INV_LN2_N, xd, -kd);
        double s = Double.longBitsToDouble(scaleBits(ki));
        double z = Math.fma(r, C0, C1);
        double r2 = r * r;
        double y = Math.fma(r, C2, 1.0);
        y = Math.fma(z, r2, y);
        return (float) (y * s);
    }

    /** The bits of s = 2^(k/N) from k in the low bits of ki: T[k mod N] with k / N added to its exponent. */
    static long scaleBits(long ki) {
        return T[(int) (ki & 31)] + (ki << 47);
    }

    /** sigma(x) = 1 / (1 + e^-x) in float, as libnd4j computes it (the same bits). */
    public static float sigmoid(float x) {
        return 1f / (1f + exp(-x));
    }
}
