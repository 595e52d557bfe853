package uk.cxsim.metrics;

import java.util.List;

/**
 * A what-if's change in one volume for one perspective, split into volume and rate effects. Rates are per
 * relationship-year (baseline and variant means).
 */
public record VolumeSplit(String perspective, String name, Volume volume, double baseline, double variant,
                          Interval change, Interval volumeEffect, Interval rateEffect, double baselineRate,
                          double variantRate, Interval rateChangePct) {

    /** The volumes split, each a sum of per-supplier counters. */
    public enum Volume {
        CONTACTS("contacts", Metric.CONTACTS),
        REPEAT_CONTACTS("repeatContacts", Metric.REPEAT_CONTACTS),
        AVOIDABLE_CONTACTS("avoidableContacts", Metric.AVOIDABLE_REPEATS, Metric.AVOIDABLE_RETRIES,
                Metric.AVOIDABLE_TRANSFERS, Metric.AVOIDABLE_SWITCHES),
        FAILURE_DEMAND_GBP("failureDemandGbp", Metric.FAILURE_DEMAND_GBP);

        private final String key;
        private final Metric[] parts;

        Volume(String key, Metric... parts) {
            this.key = key;
            this.parts = parts;
        }

        public String key() {
            return key;
        }

        /** The per-supplier counters that add up to the volume. */
        public List<Metric> parts() {
            return List.of(parts);
        }
    }
}
