package uk.cxsim.engine;

import java.util.List;

import uk.cxsim.metrics.SegmentTally;
import uk.cxsim.metrics.Segments;
import uk.cxsim.model.CxModel;
import uk.cxsim.model.RelationshipBook;
import uk.cxsim.model.params.AgeBandParams;

/** Counts adults, relationships and treatment leavers by age band at the end of a run. */
final class SegmentCounter {
    private SegmentCounter() {
    }

    static Segments count(CxModel model, SegmentTally[] tallies) {
        List<String> names = model.params.people().ageBands().stream().map(AgeBandParams::name).toList();
        int bands = names.size();
        int sectors = model.books.length;
        double[] adults = new double[bands];
        double[][] held = new double[sectors][bands];
        double[][] ended = new double[sectors][bands];
        double[] endedAny = new double[bands];
        byte[] bandOf = new byte[model.population.size];
        for (int i = 0; i < model.population.size; i++) {
            int b = model.population.ageBand(i);
            bandOf[i] = (byte) b;
            adults[b]++;
            boolean any = false;
            for (int s = 0; s < sectors; s++) {
                RelationshipBook book = model.books[s];
                if (book.holds(i)) {
                    held[s][b]++;
                }
                if (tallies[s].endedForTreatment(i)) {
                    ended[s][b]++;
                    any = true;
                }
            }
            if (any) {
                endedAny[b]++;
            }
        }
        return new Segments(names, adults, held, ended, endedAny, tallies, bandOf);
    }
}
