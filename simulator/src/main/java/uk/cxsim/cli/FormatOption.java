package uk.cxsim.cli;

import picocli.CommandLine.Option;

/** {@code --format table|json}: how a check command prints its answer (a table for people, JSON for programs). */
final class FormatOption {
    enum Format { table, json }

    @Option(names = "--format", paramLabel = "FORMAT") Format format = Format.table;

    boolean json() {
        return format == Format.json;
    }
}
