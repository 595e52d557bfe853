/**
 * The shape of every result file cxsim writes and reads back: run.json, summary.json, comparison.json, the
 * validation result, a batch's batch.json, discover's boxes.json and the studio's job. Each file is one record (with
 * records nested in it), written and read through {@code uk.cxsim.output.Json}, so the writer and every reader (the
 * report, the charts, the board pack, the studio) agree on one type rather than on string keys. A JSON Schema of each
 * is generated from these records into {@code docs/schemas/}.
 *
 * <p>Records keep their components in the order the file lists them. A key that a file leaves out when it has no
 * value is marked {@code @JsonInclude(NON_NULL)}; one written as null when it has none is marked
 * {@code @JsonInclude(ALWAYS)}; any other is never null, except a floating-point figure, which is null when it is not
 * finite. Keys that name something the scenario chooses (a variant, a sector, a figure) are typed maps.
 *
 * <p>This package depends on {@code uk.cxsim.metrics} and {@code uk.cxsim.model} only, so every layer that writes or
 * reads a result may depend on it.
 */
package uk.cxsim.results;
