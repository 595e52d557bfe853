package uk.cxsim.model;

import java.io.Serializable;

/**
 * Every customer's relationship in one sector. A customer holds at most one relationship per sector.
 *
 * <p>Each relationship is one fixed-size record in a single primitive array, so a contact touches one or
 * two cache lines instead of a dozen arrays: state (supplier, stage, open issues, positive moments), epoch,
 * when frustration was last decayed, start day, frustration per driver, and the last departure.
 * Frustration is kept per driver so the dominant driver can be attributed when a customer leaves.
 */
public final class RelationshipBook implements Serializable {
    public static final int NONE = -1;
    private static final int STRIDE = 12;
    private static final int STATE = 0;
    private static final int EPOCH = 1;
    private static final int UPDATED_AT = 2;
    private static final int SINCE = 3;
    private static final int FRUSTRATION = 4;
    private static final int FORMER = FRUSTRATION + Driver.COUNT;
    private static final int LEFT_ON = FORMER + 1;

    private static final int STAGE_SHIFT = 8;
    private static final int ISSUES_SHIFT = 11;
    private static final int MOMENTS_SHIFT = 18;
    private static final int SEVEN_BITS = 0x7F;
    private static final int MAX_COUNT = SEVEN_BITS;

    public final int size;
    private final int[] data;
    /** One bit per customer: holds a relationship at supporter stage or above (a fan who recommends). */
    private final long[] fans;

    public RelationshipBook(int size) {
        this.size = size;
        this.data = new int[Math.multiplyExact(size, STRIDE)];
        this.fans = new long[(size + 63) / 64];
    }

    /** Whether the customer holds a relationship at supporter stage or above; a compact check for sampling fans. */
    public boolean fan(int i) {
        return (fans[i >>> 6] & (1L << (i & 63))) != 0;
    }

    // ----- the relationship held now ----------------------------------------------------------------------

    /** Sector-local supplier index, or NONE. */
    public int supplier(int i) {
        return (data[i * STRIDE + STATE] & 0xFF) - 1;
    }

    public boolean holds(int i) {
        return (data[i * STRIDE + STATE] & 0xFF) != 0;
    }

    /** LoyaltyStage ordinal. */
    public int stage(int i) {
        return (data[i * STRIDE + STATE] >>> STAGE_SHIFT) & 0x7;
    }

    /** Unresolved issues carried by the relationship. */
    public int openIssues(int i) {
        return (data[i * STRIDE + STATE] >>> ISSUES_SHIFT) & SEVEN_BITS;
    }

    /** Positive moments since the last change of stage. */
    public int moments(int i) {
        return (data[i * STRIDE + STATE] >>> MOMENTS_SHIFT) & SEVEN_BITS;
    }

    /** Bumped whenever a relationship ends or starts, so stale events can recognise themselves. */
    public int epoch(int i) {
        return data[i * STRIDE + EPOCH];
    }

    /** Day the relationship began (negative for relationships older than the run). */
    public int since(int i) {
        return data[i * STRIDE + SINCE];
    }

    /** Minute at which the frustration contributions were last decayed. */
    public int updatedAt(int i) {
        return data[i * STRIDE + UPDATED_AT];
    }

    public void setStage(int i, int stage) {
        setState(i, supplier(i), stage, openIssues(i), moments(i));
    }

    public void setOpenIssues(int i, int issues) {
        setState(i, supplier(i), stage(i), Math.min(issues, MAX_COUNT), moments(i));
    }

    public void setMoments(int i, int moments) {
        setState(i, supplier(i), stage(i), openIssues(i), Math.min(moments, MAX_COUNT));
    }

    /**
     * Starts a relationship with supplier j at the given stage; frustration, issues and moments start at zero, and
     * any supplier being joined is forgotten.
     */
    public void start(int i, int j, int stage, int sinceDay, int minute) {
        int b = i * STRIDE;
        clearPending(i);
        data[b + FORMER] &= ~RETURNING_BIT;
        setState(i, j, stage, 0, 0);
        data[b + EPOCH]++;
        data[b + SINCE] = sinceDay;
        data[b + UPDATED_AT] = minute;
        clearFrustration(i);
    }

    /** Ends the relationship, remembering who was left, why and when. */
    public void end(int i, int reason, int day) {
        int b = i * STRIDE;
        data[b + FORMER] = (supplier(i) + 1) | (reason << 8)
                | (data[b + FORMER] & (PENDING_MASK | REFERRED_BIT | RETURNING_BIT));
        data[b + LEFT_ON] = day;
        data[b + STATE] = 0;
        markFan(i, false);
        data[b + EPOCH]++;
        clearFrustration(i);
    }

    private void setState(int i, int supplier, int stage, int issues, int moments) {
        data[i * STRIDE + STATE] = (supplier + 1) | (stage << STAGE_SHIFT) | (issues << ISSUES_SHIFT)
                | (moments << MOMENTS_SHIFT);
        markFan(i, supplier != NONE && stage >= LoyaltyStage.SUPPORTER.ordinal());
    }

    private void markFan(int i, boolean fan) {
        if (fan) {
            fans[i >>> 6] |= 1L << (i & 63);
        } else {
            fans[i >>> 6] &= ~(1L << (i & 63));
        }
    }

    // ----- frustration ------------------------------------------------------------------------------------

    public float frustration(int i, Driver d) {
        return Float.intBitsToFloat(data[i * STRIDE + FRUSTRATION + d.ordinal()]);
    }

    public void addFrustration(int i, int driver, double amount) {
        int k = i * STRIDE + FRUSTRATION + driver;
        data[k] = Float.floatToRawIntBits((float) (Float.intBitsToFloat(data[k]) + amount));
    }

    /** Multiplies every contribution by the factor and stamps the minute of the update. */
    public void scaleFrustration(int i, double factor, int minute) {
        int b = i * STRIDE + FRUSTRATION;
        for (int d = 0; d < Driver.COUNT; d++) {
            data[b + d] = Float.floatToRawIntBits((float) (Float.intBitsToFloat(data[b + d]) * factor));
        }
        data[i * STRIDE + UPDATED_AT] = minute;
    }

    /** Sum of the contributions as last stored (decay them first for the value now). */
    public double totalFrustration(int i) {
        int b = i * STRIDE + FRUSTRATION;
        double f = 0;
        for (int d = 0; d < Driver.COUNT; d++) {
            f += Float.intBitsToFloat(data[b + d]);
        }
        return f;
    }

    /** The driver that contributed most (ties go to the driver listed first). */
    public Driver dominantDriver(int i) {
        int b = i * STRIDE + FRUSTRATION;
        int best = 0;
        for (int d = 1; d < Driver.COUNT; d++) {
            if (Float.intBitsToFloat(data[b + d]) > Float.intBitsToFloat(data[b + best])) {
                best = d;
            }
        }
        return Driver.of(best);
    }

    private void clearFrustration(int i) {
        int b = i * STRIDE + FRUSTRATION;
        for (int d = 0; d < Driver.COUNT; d++) {
            data[b + d] = 0;
        }
    }

    /**
     * Gives customer i the relationship state of customer k of another book (an equilibrium start): holding or not,
     * the supplier through {@code supplierMap} (donor index to this book's, NONE: not held here), stage, open
     * issues, moments, the last departure; days shifted by {@code dayShift}, frustration scaled by {@code scale},
     * stamped at {@code minute}. Returns the supplier now held, or NONE.
     */
    public int restore(int i, RelationshipBook from, int k, int[] supplierMap, int dayShift, double scale,
                       int minute) {
        int b = i * STRIDE;
        int f = k * STRIDE;
        int donorSupplier = from.supplier(k);
        int j = donorSupplier == NONE ? NONE : supplierMap[donorSupplier];
        if (j == NONE) {
            data[b + STATE] = 0;
            markFan(i, false);
        } else {
            setState(i, j, from.stage(k), from.openIssues(k), from.moments(k));
        }
        data[b + EPOCH]++;
        data[b + SINCE] = from.data[f + SINCE] + dayShift;
        data[b + UPDATED_AT] = minute;
        for (int d = 0; d < Driver.COUNT; d++) {
            float v = j == NONE ? 0f : (float) (Float.intBitsToFloat(from.data[f + FRUSTRATION + d]) * scale);
            data[b + FRUSTRATION + d] = Float.floatToRawIntBits(v);
        }
        int former = from.formerSupplier(k);
        int mapped = former == NONE ? NONE : supplierMap[former];
        data[b + FORMER] = (mapped == NONE ? 0 : (mapped + 1) | (from.formerReason(k) << 8))
                | (j == NONE && (from.returning(k) || from.pending(k) != NONE) ? RETURNING_BIT : 0);
        data[b + LEFT_ON] = from.data[f + LEFT_ON] + dayShift;
        return j;
    }

    // ----- the last departure -----------------------------------------------------------------------------

    /** The supplier the customer last left, or NONE. */
    public int formerSupplier(int i) {
        return (data[i * STRIDE + FORMER] & 0xFF) - 1;
    }

    /** LeaveReason ordinal of the last departure. */
    public int formerReason(int i) {
        return (data[i * STRIDE + FORMER] >>> 8) & 0xF;
    }

    /** Day of the last departure. */
    public int leftOn(int i) {
        return data[i * STRIDE + LEFT_ON];
    }

    /** Forgets past departures and any supplier being joined (a new adult in the slot has none). */
    public void forgetFormer(int i) {
        data[i * STRIDE + FORMER] = 0;
    }

    // ----- a supplier being joined ------------------------------------------------------------------------

    private static final int PENDING_SHIFT = 16;
    private static final int PENDING_MASK = 0xFF << PENDING_SHIFT;
    private static final int REFERRED_BIT = 1 << 24;

    /**
     * Marks the customer, who holds no relationship, as joining supplier j once onboarding is done; bumps the
     * epoch, so the booking can recognise itself.
     */
    public void setPending(int i, int j, boolean referred) {
        int b = i * STRIDE + FORMER;
        data[b] = (data[b] & ~(PENDING_MASK | REFERRED_BIT)) | ((j + 1) << PENDING_SHIFT) | (referred ? REFERRED_BIT : 0);
        data[i * STRIDE + EPOCH]++;
    }

    /** The supplier being joined, or NONE. */
    public int pending(int i) {
        return ((data[i * STRIDE + FORMER] & PENDING_MASK) >>> PENDING_SHIFT) - 1;
    }

    /** Whether the supplier being joined was recommended by a friend. */
    public boolean pendingReferred(int i) {
        return (data[i * STRIDE + FORMER] & REFERRED_BIT) != 0;
    }

    public void clearPending(int i) {
        data[i * STRIDE + FORMER] &= ~(PENDING_MASK | REFERRED_BIT);
    }

    private static final int RETURNING_BIT = 1 << 25;

    /** Marks a customer without a relationship as one who will take one up again (between suppliers). */
    public void setReturning(int i) {
        data[i * STRIDE + FORMER] |= RETURNING_BIT;
    }

    /** Whether a customer without a relationship is between suppliers (rather than outside the sector). */
    public boolean returning(int i) {
        return (data[i * STRIDE + FORMER] & RETURNING_BIT) != 0;
    }
}
