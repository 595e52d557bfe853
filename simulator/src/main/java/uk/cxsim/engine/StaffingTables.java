package uk.cxsim.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The staffing tables of a run's queues: queues of the same kind share one, whatever their sector. Safe to share
 * between the threads that run sectors: a table's entries do not depend on who asks first.
 */
final class StaffingTables implements Serializable {
    private final List<StaffingTable> tables = new ArrayList<>();

    synchronized StaffingTable get(double ahtMinutes, double patienceMinutes, double share, double withinMinutes) {
        for (StaffingTable t : tables) {
            if (t.suits(ahtMinutes, patienceMinutes, share, withinMinutes)) {
                return t;
            }
        }
        StaffingTable t = new StaffingTable(ahtMinutes, patienceMinutes, share, withinMinutes);
        tables.add(t);
        return t;
    }
}
