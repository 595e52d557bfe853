package uk.cxsim.workflow;

import uk.cxsim.model.params.ScenarioParams;

/** A base and one what-if of it, loaded at a seed (both take it): what a many-seed benchmark runs at each seed. */
@FunctionalInterface
public interface WhatIfAtSeed {
    /** {base, what-if} at {@code seed}. */
    ScenarioParams[] load(long seed);
}
