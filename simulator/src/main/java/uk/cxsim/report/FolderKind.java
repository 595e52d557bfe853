package uk.cxsim.report;

import uk.cxsim.chart.FolderData;

/** What an output folder holds: a run (run.json and summary.json), a comparison (comparison.json), or both. */
record FolderKind(boolean run, boolean comparison) {
    /** The folder's kind; a folder with neither is a {@link ReportException} naming it. */
    static FolderKind of(FolderData data) {
        boolean run = data.has("run.json") && data.has("summary.json");
        boolean comparison = data.has("comparison.json");
        if (!run && !comparison) {
            throw new ReportException(data.folder() + " holds neither a run (run.json, summary.json) nor a "
                    + "comparison (comparison.json)");
        }
        return new FolderKind(run, comparison);
    }
}
