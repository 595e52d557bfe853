package uk.cxsim.metrics;

/** One index of one parameter for one output, with its bootstrap 95% interval. */
public record SensitivityIndex(String output, String parameter, String index, double value, double low,
                               double high) {
}
