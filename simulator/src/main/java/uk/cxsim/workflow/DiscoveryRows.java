package uk.cxsim.workflow;

import java.util.List;

import uk.cxsim.experiment.discovery.DiscoveryQuestion;
import uk.cxsim.output.TidyTable;

/**
 * The rows of a table PRIM can use: those with the outcome and every input filled in, the inputs by column, and
 * whether each row is a case of interest. Counts the rows left out and keeps the outcome's range for messages.
 */
record DiscoveryRows(double[][] columns, boolean[] interest, int skipped, double lowest, double highest) {
    static DiscoveryRows of(TidyTable table, DiscoveryQuestion q, List<String> inputs) {
        double[] outcome = table.numbers(q.outcome());
        double[][] all = new double[inputs.size()][];
        for (int j = 0; j < all.length; j++) {
            all[j] = table.numbers(inputs.get(j));
        }
        int n = 0;
        boolean[] keep = new boolean[outcome.length];
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < outcome.length; i++) {
            keep[i] = Double.isFinite(outcome[i]);
            for (double[] c : all) {
                keep[i] &= Double.isFinite(c[i]);
            }
            if (keep[i]) {
                n++;
                lowest = Math.min(lowest, outcome[i]);
                highest = Math.max(highest, outcome[i]);
            }
        }
        double[][] columns = new double[all.length][n];
        boolean[] interest = new boolean[n];
        int k = 0;
        for (int i = 0; i < outcome.length; i++) {
            if (keep[i]) {
                for (int j = 0; j < all.length; j++) {
                    columns[j][k] = all[j][i];
                }
                interest[k++] = q.isCase(outcome[i]);
            }
        }
        return new DiscoveryRows(columns, interest, outcome.length - n, lowest, highest);
    }
}
