package uk.cxsim.metrics;

/** What a metric counts; counts, minutes and GBP are scaled to the population, rates are not. */
public enum Unit {
    COUNT("count", true),
    MINUTES("minutes", true),
    GBP("GBP", true),
    HOURS("hours", true),
    INDEX("index", false);

    private final String key;
    private final boolean scaled;

    Unit(String key, boolean scaled) {
        this.key = key;
        this.scaled = scaled;
    }

    public String key() {
        return key;
    }

    /** Whether values are multiplied by the scale factor to stand for the whole population. */
    public boolean scaled() {
        return scaled;
    }
}
