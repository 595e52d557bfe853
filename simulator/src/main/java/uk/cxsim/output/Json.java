package uk.cxsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Every JSON file and message cxsim writes or reads, through one Jackson mapper: the result files as the records of
 * {@code uk.cxsim.results} (in the order their components are declared), messages as maps, lists, strings, numbers
 * and booleans, indented two spaces. Whole numbers are written without a fraction, and non-finite numbers (a mean of
 * no runs) as null, so every file is plain JSON any reader accepts; a null read into a {@code double} (or into a
 * {@code double[]}) is NaN again. A file read into a record may hold keys the record does not know (one written by a
 * later version): they are passed over.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPrettyPrinter(new TwoSpaces())
            .addModule(new SimpleModule("cxsim-numbers")
                    .addSerializer(Double.class, new Figure<>(Double.class))
                    .addSerializer(Double.TYPE, new Figure<>(Double.TYPE))
                    .addSerializer(Float.class, new Figure<>(Float.class))
                    .addSerializer(Float.TYPE, new Figure<>(Float.TYPE))
                    .addSerializer(double[].class, new Figures())
                    .addDeserializer(Double.TYPE, new NumberDeserializers.DoubleDeserializer(Double.TYPE, Double.NaN))
                    .addDeserializer(double[].class, new FiguresRead()))
            .build();

    private Json() {
    }

    /**
     * Parses a JSON object into maps ({@link java.util.LinkedHashMap}, key order kept), lists, strings and numbers:
     * for JSON that is no result file (a message, a test's look at a file).
     */
    public static Map<String, Object> read(String text) {
        try {
            return MAPPER.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw problem(e);
        }
    }

    /** Parses JSON text into a record (or any type Jackson binds), such as a result file. */
    public static <T> T read(String text, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw problem(e);
        }
    }

    /** A value as the tree its JSON would parse into (numbers in the forms they are written in). */
    public static JsonNode tree(Object value) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON text from outside (a request) as maps, lists, strings and numbers: nested at most {@code maxDepth} deep,
     * so a hostile body cannot exhaust the stack.
     */
    public static Object readBounded(String text, int maxDepth) {
        JsonFactory bounded = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth).build()).build();
        try (JsonParser parser = bounded.createParser(text)) {
            return MAPPER.readValue(parser, Object.class);
        } catch (JsonProcessingException e) {
            throw problem(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputException problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new OutputException("not accepted JSON: " + e.getOriginalMessage());
        }
        JsonLocation at = e.getLocation();
        return new OutputException("not valid JSON: " + e.getOriginalMessage() + (at == null ? "" : " at line "
                + at.getLineNr() + ", column " + at.getColumnNr()));
    }

    /** The value as indented JSON, ending with a line break. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as JSON on one line (a server-sent event's data). */
    public static String line(Object value) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(double d, JsonGenerator g) throws IOException {
        if (!Double.isFinite(d)) {
            g.writeNull();
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            g.writeNumber((long) d);
        } else {
            g.writeNumber(d);
        }
    }

    /** A floating-point figure: whole numbers without a fraction, non-finite as null. */
    private static final class Figure<T extends Number> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        Figure(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            number(value.doubleValue(), g);
        }
    }

    /** An array of figures, on one line. */
    private static final class Figures extends StdSerializer<double[]> {
        private static final long serialVersionUID = 1L;

        Figures() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartArray(values, values.length);
            for (double d : values) {
                number(d, g);
            }
            g.writeEndArray();
        }
    }

    /** An array of figures as read: a null (a figure that was not finite) is NaN. */
    private static final class FiguresRead extends StdDeserializer<double[]> {
        private static final long serialVersionUID = 1L;

        FiguresRead() {
            super(double[].class);
        }

        @Override
        public double[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                return (double[]) ctxt.handleUnexpectedToken(double[].class, p);
            }
            double[] out = new double[8];
            int n = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, 2 * n);
                }
                out[n++] = t == JsonToken.VALUE_NULL ? Double.NaN : p.getValueAsDouble();
            }
            return java.util.Arrays.copyOf(out, n);
        }
    }

    /** Two-space indents, {@code "key": value}, and {@code []} / {@code {}} for empty containers. */
    private static final class TwoSpaces extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        TwoSpaces() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        TwoSpaces(TwoSpaces base) {
            super(base);
        }

        @Override
        public TwoSpaces createInstance() {
            return new TwoSpaces(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            close(g, _objectIndenter, nrOfEntries, '}');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            close(g, _arrayIndenter, nrOfValues, ']');
        }

        /** Closes a container: on its own line if it held anything, else straight after the opening bracket. */
        private void close(JsonGenerator g, Indenter indenter, int entries, char bracket) throws IOException {
            if (!indenter.isInline()) {
                --_nesting;
            }
            if (entries > 0) {
                indenter.writeIndentation(g, _nesting);
            }
            g.writeRaw(bracket);
        }
    }
}
