package uk.cxsim.results;

/**
 * One what-if's change a year in one volume, for one perspective, split into the part from holding more or fewer
 * relationships (volume) and the part from each making more or fewer of it (rate), with 95% intervals
 * ({@code [low, high]}); rates are per relationship-year.
 */
public record VolumeRateRow(String perspective, String name, String volume, double baseline, double variant,
                            double change, double[] changeCi95, double volumeEffect, double[] volumeEffectCi95,
                            double rateEffect, double[] rateEffectCi95, double baselinePerRelationshipYear,
                            double variantPerRelationshipYear, double rateChangePct, double[] rateChangePctCi95) {
}
