package uk.cxsim.engine;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Which sectors a run simulates. Every sector draws from its own random streams and shares no state with another
 * but the adults and their deaths (drawn from the population's streams), so a sector simulated alone gives, bit for
 * bit, the figures it gives when every sector runs. The sectors left out hold no relationships and count nothing.
 */
public final class SimulatedSectors implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Every sector of the scenario. */
    public static final SimulatedSectors ALL = new SimulatedSectors(null);

    /** The sectors simulated, by index in the scenario, ascending; null for all. */
    private final int[] only;

    private SimulatedSectors(int[] only) {
        this.only = only;
    }

    /** Only these sectors (indexes in the scenario's sector list). */
    public static SimulatedSectors only(List<Integer> sectors) {
        if (sectors.isEmpty()) {
            throw new IllegalArgumentException("a run simulates at least one sector");
        }
        int[] sorted = sectors.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        if (sorted[0] < 0) {
            throw new IllegalArgumentException("sector index " + sorted[0] + " is negative");
        }
        return new SimulatedSectors(sorted);
    }

    /** The sectors simulated of a scenario with {@code sectors} sectors, ascending. */
    public int[] of(int sectors) {
        if (only == null) {
            int[] every = new int[sectors];
            Arrays.setAll(every, i -> i);
            return every;
        }
        if (only[only.length - 1] >= sectors) {
            throw new IllegalArgumentException("sector index " + only[only.length - 1] + " is past the scenario's "
                    + sectors + " sectors");
        }
        return only.clone();
    }
}
