package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import uk.cxsim.model.SplitMixRandom;

/**
 * The tree answers as a pass over the agents would, for every prefix of agents, with free times drawn from a few
 * values so that ties between agents are common, in teams scanned and teams kept in the tree, as they grow.
 */
class AgentFreeTimesTest {
    @Test
    void answersAsAPassOverTheAgents() {
        SplitMixRandom rng = new SplitMixRandom(11);
        for (int trial = 0; trial < 300; trial++) {
            AgentFreeTimes times = new AgentFreeTimes();
            int size = 1 + rng.nextInt(200);
            times.growTo(size, rng.nextInt(5));
            double[] free = new double[size];
            for (int k = 0; k < size; k++) {
                free[k] = times.at(k);
            }
            for (int step = 0; step < 400; step++) {
                if (step == 200) {
                    int grown = size + rng.nextInt(100);
                    times.growTo(grown, rng.nextInt(5));
                    free = Arrays.copyOf(free, grown);
                    for (int k = size; k < grown; k++) {
                        free[k] = times.at(k);
                    }
                    size = grown;
                }
                int agent = rng.nextInt(size);
                double minute = rng.nextInt(10);
                times.set(agent, minute);
                free[agent] = minute;
                int n = rng.nextInt(size + 1);
                double when = rng.nextInt(10);
                assertEquals(soonest(free, n), times.soonest(n));
                assertEquals(lowestBefore(free, n, when), times.lowestFreeBefore(n, when));
                int idle = lowestBefore(free, n, Math.nextUp(when));
                assertEquals(idle >= 0 ? idle : soonest(free, n), times.firstToAnswer(n, when));
            }
        }
    }

    private static int soonest(double[] free, int n) {
        int best = -1;
        for (int k = 0; k < n; k++) {
            if (best < 0 || free[k] < free[best]) {
                best = k;
            }
        }
        return best;
    }

    private static int lowestBefore(double[] free, int n, double minute) {
        for (int k = 0; k < n; k++) {
            if (free[k] < minute) {
                return k;
            }
        }
        return -1;
    }
}
