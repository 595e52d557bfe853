package uk.cxsim.metrics;

import java.io.Serializable;
import java.util.Map;

/** One run of a batch (a sweep or a sensitivity analysis): its figures, or its error. */
public record SweepRow(int point, int replication, double[] values, long seed, Map<String, Double> figures,
                       String error) implements Serializable {
    public boolean failed() {
        return error != null;
    }

    /** The key of a run in a batch: its point and replication. */
    public static long key(int point, int replication) {
        return ((long) point << 20) | replication;
    }
}
