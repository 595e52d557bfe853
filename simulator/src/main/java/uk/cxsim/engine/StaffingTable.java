package uk.cxsim.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The Erlang requirement of one kind of queue (handling time, patience, service-level target) as a table: for each
 * number of agents, the largest offered load they can take while meeting the target. Planning an hour is then a
 * search in the table instead of evaluating the formula; the table grows as larger loads are asked for. Each entry
 * is found by bisection, starting from the one before.
 */
final class StaffingTable implements Serializable {
    /** Loads are found to this absolute precision in Erlangs, far finer than any forecast. */
    private static final double PRECISION = 1e-5;

    private final double ahtMinutes;
    private final double patienceMinutes;
    private final double share;
    private final double withinMinutes;
    /** capacity[c]: the largest load c agents serve to target (capacity[0] = 0). */
    private double[] capacity = new double[]{0};

    StaffingTable(double ahtMinutes, double patienceMinutes, double share, double withinMinutes) {
        this.ahtMinutes = ahtMinutes;
        this.patienceMinutes = patienceMinutes;
        this.share = share;
        this.withinMinutes = withinMinutes;
    }

    /** The fewest agents meeting the target at this offered load (Erlangs); 0 for no load. */
    synchronized int agentsFor(double load) {
        if (load <= 0) {
            return 0;
        }
        while (capacity[capacity.length - 1] < load) {
            grow();
        }
        int at = Arrays.binarySearch(capacity, load);
        return at >= 0 ? at : -at - 1;
    }

    private void grow() {
        int c = capacity.length;
        double low = capacity[c - 1];
        // one more agent takes at most about one more Erlang
        double high = low + 1.5;
        while (meets(high, c)) {
            low = high;
            high += 1.5;
        }
        while (high - low > PRECISION) {
            double mid = (low + high) / 2;
            if (meets(mid, c)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        capacity = Arrays.copyOf(capacity, c + 1);
        capacity[c] = low;
    }

    private boolean meets(double load, int agents) {
        double level = Double.isInfinite(patienceMinutes)
                ? ErlangFormulas.serviceLevelC(load, ahtMinutes, agents, withinMinutes)
                : ErlangFormulas.serviceLevelA(load, ahtMinutes, agents, patienceMinutes, withinMinutes);
        return level >= share;
    }

    boolean suits(double aht, double patience, double targetShare, double within) {
        return aht == ahtMinutes && patience == patienceMinutes && targetShare == share && within == withinMinutes;
    }
}
