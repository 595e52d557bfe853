package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.model.Channel;
import uk.cxsim.model.Clock;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.params.CalendarParams;
import uk.cxsim.model.params.ChannelParams;
import uk.cxsim.model.params.ScenarioParams;

/** Needs that arise while a channel is closed are spread over its next open period, following the calendar. */
class OpeningHoursTest {
    private final ScenarioParams p = TestScenarios.small();
    private final ChannelParams phone = p.sectors().get(0).suppliers().get(0).channel(Channel.PHONE);
    private final CalendarParams calendar = p.calendar();

    @Test
    void aNeedAtTwoInTheMorningIsSpreadOverTheOpenHoursByIntensity() {
        OpeningHours hours = new OpeningHours(phone, calendar);
        int tuesday = 1;
        double twoAm = (tuesday * 24 + 2) * 60.0;
        int draws = 200_000;
        double[] counts = new double[24];
        SplitMixRandom rng = new SplitMixRandom(5);
        for (int k = 0; k < draws; k++) {
            double t = hours.deferred(twoAm, rng);
            assertTrue(hours.isOpen(t), "deferred to a closed minute " + t);
            int day = (int) (t / 1440);
            assertEquals(tuesday, day, "the next open period is the same day's");
            counts[(int) (t / 60) % 24]++;
        }
        double total = 0;
        double[] expected = new double[24];
        for (int h = 0; h < 24; h++) {
            if (phone.isOpen(tuesday * 24 + h)) {
                expected[h] = calendar.intensity(tuesday * 24 + h);
                total += expected[h];
            }
        }
        double chi = 0;
        int cells = 0;
        for (int h = 0; h < 24; h++) {
            if (expected[h] > 0) {
                double e = expected[h] / total * draws;
                chi += (counts[h] - e) * (counts[h] - e) / e;
                cells++;
            } else {
                assertEquals(0, counts[h], "no call at closed hour " + h);
            }
        }
        double critical = new ChiSquaredDistribution(null, cells - 1).inverseCumulativeProbability(0.999);
        assertTrue(chi < critical, "chi-square " + chi + " against intensity, critical " + critical);
    }

    @Test
    void aNeedAfterClosingOnFridayWaitsForTheWeekendHours() {
        OpeningHours hours = new OpeningHours(phone, calendar);
        double fridayNight = (4 * 24 + 21) * 60.0;
        SplitMixRandom rng = new SplitMixRandom(9);
        for (int k = 0; k < 1000; k++) {
            double t = hours.deferred(fridayNight, rng);
            assertEquals(5, (int) (t / 1440), "Saturday");
            assertTrue(hours.isOpen(t));
        }
    }

    @Test
    void spreadingExpectedDemandKeepsItsTotalAndEmptiesClosedHours() {
        OpeningHours hours = new OpeningHours(phone, calendar);
        double[] demand = new double[Clock.HOURS_PER_WEEK];
        double total = 0;
        for (int h = 0; h < demand.length; h++) {
            demand[h] = calendar.intensity(h);
            total += demand[h];
        }
        double[] spread = hours.spreadClosed(demand);
        double after = 0;
        for (int h = 0; h < spread.length; h++) {
            after += spread[h];
            if (!phone.isOpen(h)) {
                assertEquals(0, spread[h]);
            }
        }
        assertEquals(total, after, 1e-9 * total);
    }
}
