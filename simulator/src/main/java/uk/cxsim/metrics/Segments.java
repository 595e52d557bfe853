package uk.cxsim.metrics;

import java.io.Serializable;
import java.util.List;

import uk.cxsim.model.LeaveReason;

/**
 * Adults by age band over the measured days, at sample scale: how many there are, the relationships they hold at
 * the end, their departures by sector and reason, and how many ended at least one relationship for treatment, per
 * sector and in any sector. The per-sector marks let any group of sectors be asked the same question.
 *
 * @param bands            age band names
 * @param adults           simulated adults per band at the end
 * @param held             relationships held per sector and band at the end
 * @param endedForTreatment adults per sector and band who ended a relationship in that sector for treatment
 * @param endedForTreatmentAnySector adults per band who ended at least one relationship for treatment
 * @param sectors          each sector's departures and marks
 * @param bandOfAdult      the age band of each simulated adult (a death's replacement takes the same band)
 */
public record Segments(List<String> bands, double[] adults, double[][] held, double[][] endedForTreatment,
                       double[] endedForTreatmentAnySector, SegmentTally[] sectors, byte[] bandOfAdult)
        implements Serializable {

    /**
     * These segments with the sectors {@code taken} from {@code other}, a run of the same adults: their rows and marks
     * are the other's, and the adults who ended a relationship for treatment in any sector are counted again.
     */
    public Segments withSectorsFrom(Segments other, int[] taken) {
        double[][] h = held.clone();
        double[][] e = endedForTreatment.clone();
        SegmentTally[] t = sectors.clone();
        for (int s : taken) {
            h[s] = other.held[s];
            e[s] = other.endedForTreatment[s];
            t[s] = other.sectors[s];
        }
        double[] any = new double[bands.size()];
        for (int i = 0; i < bandOfAdult.length; i++) {
            for (SegmentTally sector : t) {
                if (sector.endedForTreatment(i)) {
                    any[bandOfAdult[i]]++;
                    break;
                }
            }
        }
        return new Segments(bands, adults, h, e, any, t, bandOfAdult);
    }

    public double leavers(int sector, int band, LeaveReason reason) {
        return sectors[sector].leavers(band, reason);
    }

    /** Simulated adults who ended a relationship for treatment in at least one of these sectors. */
    public double endedForTreatmentInAnyOf(List<Integer> sectorIndexes) {
        if (sectorIndexes.isEmpty()) {
            return 0;
        }
        long n = 0;
        int words = sectors[sectorIndexes.get(0)].words();
        for (int w = 0; w < words; w++) {
            long any = 0;
            for (int s : sectorIndexes) {
                any |= sectors[s].marks(w);
            }
            n += Long.bitCount(any);
        }
        return n;
    }

    public double totalAdults() {
        double n = 0;
        for (double a : adults) {
            n += a;
        }
        return n;
    }
}
