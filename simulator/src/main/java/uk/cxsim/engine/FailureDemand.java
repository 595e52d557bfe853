package uk.cxsim.engine;

import java.io.Serializable;

import static uk.cxsim.engine.ContactFlags.RETRY;
import static uk.cxsim.engine.ContactFlags.has;

import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.SupplierTally;

/**
 * Counts failure demand: contacts that would not have been made had the first gone right (a call again after
 * hanging up, a switch to another channel, a need that came back, a transfer), each priced at its channel's cost
 * per contact.
 */
final class FailureDemand implements Serializable {
    private final SupplierTally tally;
    private final double[] costPerContact;

    FailureDemand(SupplierTally tally, double[] costPerContact) {
        this.tally = tally;
        this.costPerContact = costPerContact;
    }

    /** A contact as it begins: made again after hanging up, in another channel, or because the need came back. */
    void countContact(int g, int ch, int flags) {
        if (has(flags, RETRY)) {
            count(g, ch, Metric.AVOIDABLE_RETRIES, Metric.FAILURE_RETRIES_GBP);
        } else if (has(flags, ContactFlags.SWITCH_NOW)) {
            count(g, ch, Metric.AVOIDABLE_SWITCHES, Metric.FAILURE_SWITCHES_GBP);
        } else if (has(flags, ContactFlags.REPEAT_NOW)) {
            count(g, ch, Metric.AVOIDABLE_REPEATS, Metric.FAILURE_REPEATS_GBP);
        }
    }

    /** A caller passed on to another agent. */
    void countTransfer(int g, int ch) {
        count(g, ch, Metric.AVOIDABLE_TRANSFERS, Metric.FAILURE_TRANSFERS_GBP);
    }

    private void count(int g, int ch, Metric count, Metric gbp) {
        double cost = costPerContact[ch];
        tally.increment(g, count);
        tally.add(g, gbp, cost);
        tally.add(g, Metric.FAILURE_DEMAND_GBP, cost);
    }
}
