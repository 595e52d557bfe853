package uk.cxsim.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import uk.cxsim.experiment.calibration.ShareFit;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;
import uk.cxsim.output.Csv;
import uk.cxsim.output.Formats;
import uk.cxsim.output.RunFolder;
import uk.cxsim.scenario.KeyOverride;
import uk.cxsim.scenario.ScenarioOverlay;

/**
 * Each supplier's attractiveness fitted so that the scenario's stated market shares stand still, as
 * {@code cxsim fit-shares} asks: rounds of {@link ShareFit} on the same random numbers, then the values as a scenario
 * overlay (shares.yaml, which runs as a scenario) and every round (fit.csv).
 */
public final class ShareFitting {
    /**
     * A fit asked for.
     *
     * @param file     the scenario's file, which shares.yaml extends
     * @param measured the overrides that set each round's measured length (after the scenario's spin-up)
     * @param years    the measured years, as the file's header says them
     */
    public record Request(NamedScenario scenario, Path file, List<KeyOverride> measured, int years,
                          int replications, int threads, int rounds, double step, double tolerance) {
    }

    /**
     * The fit: every round, the supplier's values and those held at a bound.
     *
     * @param heldAtBound the suppliers whose attractiveness sits at a bound, as "sector / supplier", comma-separated
     */
    public record Fitted(ShareFit.Result result, String heldAtBound, String csv) {
        /** The last round. */
        public ShareFit.Round last() {
            return result.rounds().get(result.rounds().size() - 1);
        }
    }

    private ShareFitting() {
    }

    /** Loads the scenario as stated (bad input throws). */
    public static ScenarioParams stated(Request r) {
        return r.scenario().load(List.of()).params();
    }

    /** Runs the rounds; {@code onRound} is told of each as it ends. */
    public static Fitted fit(Request r, ScenarioParams stated, Consumer<ShareFit.Round> onRound) {
        List<String> keys = attractivenessKeys(stated);
        StringBuilder csv = new StringBuilder(
                "round,sector,supplier,statedShare,startRelationships,started,ended,changePctPerYear,attractiveness\n");
        ShareFit.Result result = ShareFit.fit(stated, a -> atAttractiveness(r, a, keys), r.replications(),
                r.threads(), r.rounds(), r.step(), r.tolerance(), round -> {
                    onRound.accept(round);
                    rows(csv, stated, round);
                });
        return new Fitted(result, heldAtBound(stated, result.attractiveness()), csv.toString());
    }

    /** Writes shares.yaml and fit.csv to the folder, and commits it. */
    public static void write(Request r, ScenarioParams stated, Fitted fitted, RunFolder folder) {
        List<String> keys = attractivenessKeys(stated);
        Map<String, Double> values = new LinkedHashMap<>();
        for (int g = 0; g < keys.size(); g++) {
            values.put(keys.get(g), Double.parseDouble(String.format(Locale.ROOT, "%.5f",
                    fitted.result().attractiveness()[g])));
        }
        String header = String.format(Locale.UK, "# Each supplier's attractiveness fitted by cxsim fit-shares "
                + "so that the stated market shares stand still%n# (relationships started equal those ended): %d "
                + "rounds of %d measured years, %,d customers x %d replications,%n# step %s; in the last round the "
                + "largest change of a supplier's relationships was %.2f%% a year (%s).%n",
                fitted.result().rounds().size(), r.years(), stated.customers(), r.replications(), r.step(),
                fitted.last().largestChangePct(), fitted.result().converged() ? "within the tolerance"
                        : "not within the tolerance");
        if (!fitted.heldAtBound().isEmpty()) {
            header += String.format(Locale.UK, "# At the bound of ln(stated share) +/- %s, so no brand holds its "
                    + "share: %s.%n", ShareFit.BRAND_RANGE, fitted.heldAtBound());
        }
        folder.writeText("shares.yaml", ScenarioOverlay.yaml(header, folder.target().toAbsolutePath().normalize()
                .relativize(r.file().toAbsolutePath().normalize()).toString(), Map.of("name", stated.name()
                + "-shares"), values));
        folder.writeText("fit.csv", fitted.csv());
        folder.commit();
    }

    /** The key that sets each supplier's attractiveness, in scenario order. */
    public static List<String> attractivenessKeys(ScenarioParams p) {
        List<String> keys = new ArrayList<>();
        for (SectorParams s : p.sectors()) {
            for (SupplierParams sp : s.suppliers()) {
                keys.add("sectors." + s.name() + ".suppliers." + sp.name() + ".attractiveness");
            }
        }
        return keys;
    }

    /** The scenario at this attractiveness, measured for the years asked. */
    private static ScenarioParams atAttractiveness(Request r, double[] attractiveness, List<String> keys) {
        List<String> brands = new ArrayList<>();
        for (int g = 0; g < keys.size(); g++) {
            brands.add(keys.get(g) + "=" + attractiveness[g]);
        }
        List<KeyOverride> overrides = new ArrayList<>(KeyOverride.set(brands));
        overrides.addAll(r.measured());
        return r.scenario().loader().apply(overrides).params();
    }

    /** The suppliers whose attractiveness sits at a bound, as "sector / supplier", comma-separated. */
    private static String heldAtBound(ScenarioParams p, double[] attractiveness) {
        boolean[] at = ShareFit.atBound(p, attractiveness);
        List<String> names = new ArrayList<>();
        int g = 0;
        for (SectorParams s : p.sectors()) {
            for (SupplierParams sp : s.suppliers()) {
                if (at[g++]) {
                    names.add(s.name() + " / " + sp.name());
                }
            }
        }
        return String.join(", ", names);
    }

    private static void rows(StringBuilder csv, ScenarioParams p, ShareFit.Round round) {
        int g = 0;
        for (SectorParams s : p.sectors()) {
            for (SupplierParams sp : s.suppliers()) {
                csv.append(round.number()).append(',').append(Csv.join(List.of(s.name(), sp.name(),
                        Formats.csv(sp.marketShare()), Formats.csv(round.start()[g]), Formats.csv(round.started()[g]),
                        Formats.csv(round.ended()[g]), Formats.csv(round.changePctPerYear()[g]),
                        Formats.csv(round.attractiveness()[g])))).append('\n');
                g++;
            }
        }
    }
}
