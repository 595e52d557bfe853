package uk.cxsim.model;

/**
 * A non-negative number in 16 bits: 5 bits of exponent and 11 of mantissa, so values from about 3.1e-5 to 131,000
 * to within 1 part in 4,096 (a float's bits with the sign dropped and the exponent narrowed, rounded to nearest).
 * Smaller values are kept as 0 and larger ones at the largest; negative and NaN values as 0.
 *
 * <p>It holds each driver's frustration in a relationship record: half the bytes of a float, which lets the whole
 * adult population's relationships fit in memory. Frustration is compared with tolerances of 0.01 upwards (the
 * scenario's limits); 1 part in 4,096 is far below the differences between customers' tolerances.
 */
public final class CompactFloat {
    private static final int DROPPED = 12;
    /** A float's bits for 2^-15, the exponent that code 0 would have. */
    private static final int OFFSET = (127 - 15) << 23;
    private static final int HALF_STEP = 1 << (DROPPED - 1);

    /** The relative step between neighbouring values at its coarsest (just above a power of two). */
    public static final double RELATIVE_STEP = 0x1p-11;
    /** The largest value kept. */
    public static final float MAX = decode(0xFFFF);
    /** The smallest value above 0 kept. */
    public static final float MIN = decode(1);

    private CompactFloat() {
    }

    /** The 16-bit code of v (0 to 65,535). */
    public static int encode(float v) {
        if (!(v > 0)) {
            return 0;
        }
        int code = (Float.floatToRawIntBits(v) - OFFSET + HALF_STEP) >> DROPPED;
        return Math.max(0, Math.min(0xFFFF, code));
    }

    /** The value of a 16-bit code. */
    public static float decode(int code) {
        return code == 0 ? 0f : Float.intBitsToFloat((code << DROPPED) + OFFSET);
    }
}
