package uk.cxsim.model;

import java.io.Serializable;

/**
 * The simulated adults, one slot each. Each customer's traits are one fixed-size record in a single primitive
 * array (no object per customer). A slot keeps its place in the social network when its adult dies and a new
 * adult takes it.
 */
public final class Population implements Serializable {
    private static final int CATEGORIES = 0;
    private static final int PATIENCE = 1;
    private static final int ACCEPTABLE_WAIT = 2;
    private static final int TOLERANCE = 3;
    private static final int PRICE_SENSITIVITY = 4;
    private static final int SENSITIVITY = 5;
    private static final int GENERATION = SENSITIVITY + Driver.COUNT;
    /** Ints per adult: one per trait above, a sensitivity per driver, and the generation last. */
    private static final int STRIDE = GENERATION + 1;
    private static final int NATURAL_SWITCHER_BIT = 1 << 16;

    public final int size;
    private final int[] data;

    public Population(int size) {
        this.size = size;
        this.data = new int[Math.multiplyExact(size, STRIDE)];
    }

    /** Index into the scenario's age bands. */
    public int ageBand(int i) {
        return data[i * STRIDE + CATEGORIES] & 0xFF;
    }

    /** Preferred channel (Channel ordinal). */
    public int preferredChannel(int i) {
        return (data[i * STRIDE + CATEGORIES] >>> 8) & 0xFF;
    }

    /** Moves from supplier to supplier whatever the service. */
    public boolean naturalSwitcher(int i) {
        return (data[i * STRIDE + CATEGORIES] & NATURAL_SWITCHER_BIT) != 0;
    }

    /** Mean minutes this customer waits in a queue before hanging up. */
    public float patienceMinutes(int i) {
        return get(i, PATIENCE);
    }

    /** Queue wait this customer accepts before it counts as "waited too long". */
    public float acceptableWaitMinutes(int i) {
        return get(i, ACCEPTABLE_WAIT);
    }

    /** Frustration absorbed before leaving (before stage, friction and trend adjustments). */
    public float tolerance(int i) {
        return get(i, TOLERANCE);
    }

    public float priceSensitivity(int i) {
        return get(i, PRICE_SENSITIVITY);
    }

    public float sensitivity(int i, int driver) {
        return get(i, SENSITIVITY + driver);
    }

    /** How many adults have held this slot before the current one. */
    public int generation(int i) {
        return data[i * STRIDE + GENERATION];
    }

    /** Gives slot i a new adult with these traits; {@code sensitivity} is indexed by Driver. */
    public void set(int i, int ageBand, int preferredChannel, boolean naturalSwitcher, double patience,
                    double acceptableWait, double tolerance, double priceSensitivity, double[] sensitivity) {
        int b = i * STRIDE;
        data[b + CATEGORIES] = ageBand | (preferredChannel << 8) | (naturalSwitcher ? NATURAL_SWITCHER_BIT : 0);
        put(i, PATIENCE, patience);
        put(i, ACCEPTABLE_WAIT, acceptableWait);
        put(i, TOLERANCE, tolerance);
        put(i, PRICE_SENSITIVITY, priceSensitivity);
        for (int d = 0; d < Driver.COUNT; d++) {
            put(i, SENSITIVITY + d, sensitivity[d]);
        }
    }

    public void nextGeneration(int i) {
        data[i * STRIDE + GENERATION]++;
    }

    private float get(int i, int field) {
        return Float.intBitsToFloat(data[i * STRIDE + field]);
    }

    private void put(int i, int field, double v) {
        data[i * STRIDE + field] = Float.floatToRawIntBits((float) v);
    }
}
