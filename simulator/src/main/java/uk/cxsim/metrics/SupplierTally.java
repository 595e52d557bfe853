package uk.cxsim.metrics;

import java.io.Serializable;

/**
 * Cumulative counters per supplier and Metric. Each sector writes only its own suppliers' rows, so sectors can
 * tally on different threads without locks.
 */
public final class SupplierTally implements Serializable {
    private final int suppliers;
    private final double[] values;

    public SupplierTally(int suppliers) {
        this.suppliers = suppliers;
        this.values = new double[suppliers * Metric.COUNT];
    }

    private SupplierTally(int suppliers, double[] values) {
        this.suppliers = suppliers;
        this.values = values;
    }

    public void add(int supplier, Metric m, double v) {
        values[supplier * Metric.COUNT + m.ordinal()] += v;
    }

    public void increment(int supplier, Metric m) {
        values[supplier * Metric.COUNT + m.ordinal()] += 1;
    }

    public double get(int supplier, Metric m) {
        return values[supplier * Metric.COUNT + m.ordinal()];
    }

    public int suppliers() {
        return suppliers;
    }

    public SupplierTally copy() {
        return new SupplierTally(suppliers, values.clone());
    }

    /** This tally minus an earlier snapshot of it. */
    public SupplierTally minus(SupplierTally earlier) {
        double[] d = values.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] -= earlier.values[i];
        }
        return new SupplierTally(suppliers, d);
    }

    /** This tally with the rows of suppliers [{@code from}, {@code to}) taken from {@code other}. */
    public SupplierTally withRowsFrom(SupplierTally other, int from, int to) {
        double[] d = values.clone();
        System.arraycopy(other.values, from * Metric.COUNT, d, from * Metric.COUNT, (to - from) * Metric.COUNT);
        return new SupplierTally(suppliers, d);
    }

    /**
     * This tally with the rows of suppliers [{@code from}, {@code to}) moved by what {@code variant} changed from
     * {@code base}, times {@code perCustomer}: the change two runs at another size made, counted at this size.
     */
    public SupplierTally withRowsShifted(SupplierTally base, SupplierTally variant, int from, int to,
                                         double perCustomer) {
        double[] d = values.clone();
        SectorSplice.move(d, base.values, variant.values, from * Metric.COUNT, to * Metric.COUNT, perCustomer);
        return new SupplierTally(suppliers, d);
    }
}
