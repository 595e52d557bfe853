package uk.cxsim.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TradeOffsTest {
    @Test
    void theMostCorrelatedPairComesFirst() {
        List<double[]> points = new ArrayList<>();
        double[] noise = {0.3, -0.2, 0.5, -0.4, 0.1, -0.3};
        for (int i = 0; i < 6; i++) {
            // parameter 2 falls as parameter 0 rises; parameter 1 wanders
            points.add(new double[]{i, noise[i], 10 - 2 * i + 0.01 * noise[i]});
        }
        List<TradeOffs.Pair> pairs = TradeOffs.strongest(points, 2);
        assertEquals(2, pairs.size());
        assertEquals(0, pairs.get(0).first());
        assertEquals(2, pairs.get(0).second());
        assertEquals(-1, pairs.get(0).correlation(), 1e-3);
    }

    @Test
    void tooFewPointsHaveNoCorrelation() {
        assertEquals(0, TradeOffs.strongest(List.of(new double[]{1, 2}, new double[]{2, 3}), 1).get(0).correlation());
        assertEquals(List.of(), TradeOffs.strongest(List.of(), 3));
    }
}
