package uk.cxsim.model;

import java.io.Serializable;

/**
 * Every customer's relationship in one sector. A customer holds at most one relationship per sector.
 *
 * <p>Each relationship is one fixed-size record of 28 bytes in a single primitive array, so a contact touches one
 * or two cache lines instead of a dozen arrays. The record is packed, because the UK's 50 million adults hold
 * relationships in every sector between them:
 * <ul>
 *   <li>state: supplier (8 bits), stage (3), open issues (7), positive moments (7), and three flags: the
 *       relationship was won from a rival in the sector, the customer met the supplier's exit barriers while
 *       holding it, and the supplier last left slammed the door on them (they will not go back);</li>
 *   <li>the last departure (supplier 8, reason 4), a supplier being joined (8, and whether referred), whether the
 *       customer is between suppliers, and the epoch (10 bits, counting round: an event recognises itself as stale
 *       unless the relationship changed a multiple of 1,024 times while it was pending);</li>
 *   <li>the start day and the day of the last departure, 16 bits each: days from -32,768 to 32,767 (89 years
 *       either side of the run's start; a start day older than that is kept as -32,768, which changes no tenure
 *       test because minimum tenures are at most 32,000 days);</li>
 *   <li>the minute frustration was last decayed;</li>
 *   <li>frustration per driver, so the dominant driver can be attributed when a customer leaves, each in 16 bits
 *       ({@link CompactFloat}: to within 1 part in 4,096).</li>
 * </ul>
 */
public final class RelationshipBook implements Serializable {
    public static final int NONE = -1;
    private static final int STRIDE = 4 + (Driver.COUNT + 1) / 2;
    private static final int STATE = 0;
    private static final int FORMER = 1;
    private static final int DAYS = 2;
    private static final int UPDATED_AT = 3;
    private static final int FRUSTRATION = 4;

    private static final int STAGE_SHIFT = 8;
    private static final int ISSUES_SHIFT = 11;
    private static final int MOMENTS_SHIFT = 18;
    private static final int SEVEN_BITS = 0x7F;
    private static final int FROM_RIVAL_BIT = 1 << 25;
    private static final int MET_BARRIER_BIT = 1 << 26;
    private static final int BARRED_BIT = 1 << 27;
    private static final int FLAGS = FROM_RIVAL_BIT | MET_BARRIER_BIT | BARRED_BIT;

    /* The last-departure word: former supplier in bits 0-7, reason 8-11, then these. */
    private static final int PENDING_SHIFT = 12;
    private static final int PENDING_MASK = 0xFF << PENDING_SHIFT;
    private static final int REFERRED_BIT = 1 << 20;
    private static final int RETURNING_BIT = 1 << 21;
    private static final int EPOCH_SHIFT = 22;
    private static final int EPOCH_MASK = -1 << EPOCH_SHIFT;
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

    /**
     * Bumped whenever a relationship ends or starts, so stale events can recognise themselves; counts from 0 to
     * 1,023 and round again.
     */
    public int epoch(int i) {
        return data[i * STRIDE + FORMER] >>> EPOCH_SHIFT;
    }

    private void bumpEpoch(int b) {
        data[b + FORMER] += 1 << EPOCH_SHIFT;
    }

    /** Day the relationship began (negative for relationships older than the run; at most 32,768 days before). */
    public int since(int i) {
        return (short) data[i * STRIDE + DAYS];
    }

    private void setSince(int b, int day) {
        data[b + DAYS] = (data[b + DAYS] & 0xFFFF0000) | (day(day) & 0xFFFF);
    }

    private void setLeftOn(int b, int day) {
        data[b + DAYS] = (data[b + DAYS] & 0xFFFF) | (day(day) << 16);
    }

    /** A day as kept: from -32,768 to 32,767, earlier and later days held at the limit. */
    private static int day(int day) {
        return Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, day));
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
        start(i, j, stage, sinceDay, minute, false);
    }

    /**
     * As {@link #start(int, int, int, int, int)}, remembering whether the relationship was won from a rival in
     * the sector (the customer's last supplier here was another).
     */
    public void start(int i, int j, int stage, int sinceDay, int minute, boolean fromRival) {
        int b = i * STRIDE;
        clearPending(i);
        data[b + FORMER] &= ~RETURNING_BIT;
        int barred = data[b + STATE] & BARRED_BIT;
        setState(i, j, stage, 0, 0);
        data[b + STATE] |= barred | (fromRival ? FROM_RIVAL_BIT : 0);
        bumpEpoch(b);
        setSince(b, sinceDay);
        data[b + UPDATED_AT] = minute;
        clearFrustration(i);
    }

    /** Ends the relationship, remembering who was left, why and when. */
    public void end(int i, int reason, int day) {
        end(i, reason, day, false);
    }

    /**
     * Ends the relationship, remembering who was left, why and when, and whether that supplier slammed the door
     * (the customer will not go back to it).
     */
    public void end(int i, int reason, int day, boolean barred) {
        int b = i * STRIDE;
        data[b + FORMER] = (supplier(i) + 1) | (reason << 8)
                | (data[b + FORMER] & (PENDING_MASK | REFERRED_BIT | RETURNING_BIT | EPOCH_MASK));
        setLeftOn(b, day);
        data[b + STATE] = barred ? BARRED_BIT : 0;
        markFan(i, false);
        bumpEpoch(b);
        clearFrustration(i);
    }

    /** Whether the relationship held now was won from a rival in the sector. */
    public boolean fromRival(int i) {
        return (data[i * STRIDE + STATE] & FROM_RIVAL_BIT) != 0;
    }

    /** Whether the customer met the exit barriers of the supplier held now (trying to leave, or held by them). */
    public boolean metBarrier(int i) {
        return (data[i * STRIDE + STATE] & MET_BARRIER_BIT) != 0;
    }

    public void markMetBarrier(int i) {
        data[i * STRIDE + STATE] |= MET_BARRIER_BIT;
    }

    /** Whether the supplier last left slammed the door: the customer will not go back to it. */
    public boolean barredFromFormer(int i) {
        return (data[i * STRIDE + STATE] & BARRED_BIT) != 0;
    }

    private void setState(int i, int supplier, int stage, int issues, int moments) {
        int flags = data[i * STRIDE + STATE] & FLAGS;
        data[i * STRIDE + STATE] = (supplier + 1) | (stage << STAGE_SHIFT) | (issues << ISSUES_SHIFT)
                | (moments << MOMENTS_SHIFT) | flags;
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
        return frustrationAt(i * STRIDE, d.ordinal());
    }

    public void addFrustration(int i, int driver, double amount) {
        int b = i * STRIDE;
        storeFrustration(b, driver, (float) (frustrationAt(b, driver) + amount));
    }

    /** Multiplies every contribution by the factor and stamps the minute of the update. */
    public void scaleFrustration(int i, double factor, int minute) {
        int b = i * STRIDE;
        for (int d = 0; d < Driver.COUNT; d++) {
            storeFrustration(b, d, (float) (frustrationAt(b, d) * factor));
        }
        data[b + UPDATED_AT] = minute;
    }

    /** Sum of the contributions as last stored (decay them first for the value now). */
    public double totalFrustration(int i) {
        int b = i * STRIDE;
        double f = 0;
        for (int d = 0; d < Driver.COUNT; d++) {
            f += frustrationAt(b, d);
        }
        return f;
    }

    /** The driver that contributed most (ties go to the driver listed first). */
    public Driver dominantDriver(int i) {
        int b = i * STRIDE;
        int best = 0;
        for (int d = 1; d < Driver.COUNT; d++) {
            if (frustrationAt(b, d) > frustrationAt(b, best)) {
                best = d;
            }
        }
        return Driver.of(best);
    }

    private void clearFrustration(int i) {
        int b = i * STRIDE;
        for (int k = 0; k < (Driver.COUNT + 1) / 2; k++) {
            data[b + FRUSTRATION + k] = 0;
        }
    }

    /** Driver d's contribution in the record starting at b: two drivers a word, 16 bits each. */
    private float frustrationAt(int b, int d) {
        return CompactFloat.decode((data[b + FRUSTRATION + (d >> 1)] >>> ((d & 1) << 4)) & 0xFFFF);
    }

    private void storeFrustration(int b, int d, float value) {
        int k = b + FRUSTRATION + (d >> 1);
        int shift = (d & 1) << 4;
        data[k] = (data[k] & ~(0xFFFF << shift)) | (CompactFloat.encode(value) << shift);
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
        int former = from.formerSupplier(k);
        int mapped = former == NONE ? NONE : supplierMap[former];
        int flags = from.data[f + STATE] & (j == NONE ? 0 : FROM_RIVAL_BIT | MET_BARRIER_BIT)
                | (mapped == NONE ? 0 : from.data[f + STATE] & BARRED_BIT);
        data[b + STATE] = 0;
        if (j == NONE) {
            markFan(i, false);
        } else {
            setState(i, j, from.stage(k), from.openIssues(k), from.moments(k));
        }
        data[b + STATE] |= flags;
        setSince(b, from.since(k) + dayShift);
        data[b + UPDATED_AT] = minute;
        for (int d = 0; d < Driver.COUNT; d++) {
            storeFrustration(b, d, j == NONE ? 0f : (float) (from.frustrationAt(f, d) * scale));
        }
        data[b + FORMER] = (mapped == NONE ? 0 : (mapped + 1) | (from.formerReason(k) << 8))
                | (j == NONE && (from.returning(k) || from.pending(k) != NONE) ? RETURNING_BIT : 0)
                | (data[b + FORMER] & EPOCH_MASK);
        bumpEpoch(b);
        setLeftOn(b, from.leftOn(k) + dayShift);
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
        return data[i * STRIDE + DAYS] >> 16;
    }

    /** Forgets past departures and any supplier being joined (a new adult in the slot has none). */
    public void forgetFormer(int i) {
        data[i * STRIDE + FORMER] &= EPOCH_MASK;
        data[i * STRIDE + STATE] &= ~BARRED_BIT;
    }

    // ----- a supplier being joined ------------------------------------------------------------------------

    /**
     * Marks the customer, who holds no relationship, as joining supplier j once onboarding is done; bumps the
     * epoch, so the booking can recognise itself.
     */
    public void setPending(int i, int j, boolean referred) {
        int b = i * STRIDE + FORMER;
        data[b] = (data[b] & ~(PENDING_MASK | REFERRED_BIT)) | ((j + 1) << PENDING_SHIFT)
                | (referred ? REFERRED_BIT : 0);
        bumpEpoch(i * STRIDE);
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


    /** Marks a customer without a relationship as one who will take one up again (between suppliers). */
    public void setReturning(int i) {
        data[i * STRIDE + FORMER] |= RETURNING_BIT;
    }

    /** Whether a customer without a relationship is between suppliers (rather than outside the sector). */
    public boolean returning(int i) {
        return (data[i * STRIDE + FORMER] & RETURNING_BIT) != 0;
    }
}
