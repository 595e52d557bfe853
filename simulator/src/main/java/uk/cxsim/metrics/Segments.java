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

    /**
     * These segments with the sectors {@code taken} moved by what {@code variant} changed from {@code base}, runs of
     * those sectors at another size, times {@code perCustomer}. The adults who ended a relationship for treatment in
     * any sector move by each taken sector's change times the share of that sector's such adults here who ended none
     * elsewhere (the change is assumed to overlap other sectors as the departures here do).
     */
    public Segments withSectorsShifted(Segments base, Segments variant, int[] taken, double perCustomer) {
        double[][] h = held.clone();
        double[][] e = endedForTreatment.clone();
        SegmentTally[] t = sectors.clone();
        double[] any = endedForTreatmentAnySector.clone();
        for (int s : taken) {
            double[] alone = aloneShare(s);
            h[s] = SectorSplice.moved(held[s], base.held[s], variant.held[s], perCustomer);
            e[s] = SectorSplice.moved(endedForTreatment[s], base.endedForTreatment[s], variant.endedForTreatment[s],
                    perCustomer);
            t[s] = sectors[s].shifted(base.sectors[s], variant.sectors[s], perCustomer);
            for (int b = 0; b < any.length; b++) {
                any[b] += alone[b] * (variant.endedForTreatment[s][b] - base.endedForTreatment[s][b]) * perCustomer;
            }
        }
        return new Segments(bands, adults, h, e, any, t, bandOfAdult);
    }

    /** By band, the share of adults who ended a relationship in sector {@code s} for treatment and in no other. */
    private double[] aloneShare(int s) {
        double[] marked = new double[bands.size()];
        double[] alone = new double[bands.size()];
        for (int i = 0; i < bandOfAdult.length; i++) {
            if (!sectors[s].endedForTreatment(i)) {
                continue;
            }
            marked[bandOfAdult[i]]++;
            boolean elsewhere = false;
            for (int o = 0; o < sectors.length && !elsewhere; o++) {
                elsewhere = o != s && sectors[o].endedForTreatment(i);
            }
            if (!elsewhere) {
                alone[bandOfAdult[i]]++;
            }
        }
        for (int b = 0; b < alone.length; b++) {
            alone[b] = marked[b] > 0 ? alone[b] / marked[b] : 1;
        }
        return alone;
    }

    public double leavers(int sector, int band, LeaveReason reason) {
        return sectors[sector].leavers(band, reason);
    }

    /**
     * Simulated adults who ended a relationship for treatment in at least one of these sectors; NaN when one of them
     * was moved by runs of another size (its adults are not marked).
     */
    public double endedForTreatmentInAnyOf(List<Integer> sectorIndexes) {
        if (sectorIndexes.isEmpty()) {
            return 0;
        }
        if (sectorIndexes.stream().anyMatch(s -> !sectors[s].marked())) {
            return Double.NaN;
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
