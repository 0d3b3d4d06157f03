package io.maskgate.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loads the JSON Schemas shipped in the {@code maskgate-schemas} module from the classpath (never
 * the network). everit-json-schema is in maintenance mode, so it stays behind {@link SchemaValidator}.
 */
public final class JsonSchemas {

    /** Classpath folder of the shipped schemas. */
    public static final String RESOURCE_DIR = "maskgate/schemas/";

    private JsonSchemas() {
    }

    /** Loads {@code maskgate/schemas/<name>} from the classpath. */
    public static SchemaValidator load(String name) {
        try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + RESOURCE_DIR + name + " is not on the classpath");
            }
            return fromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a schema from a stream; the draft is chosen from its {@code $schema} (default draft-04). */
    public static SchemaValidator fromStream(InputStream in) {
        JSONObject raw = new JSONObject(new JSONTokener(in));
        String draft = raw.optString("$schema", "");
        SchemaLoader.SchemaLoaderBuilder builder = SchemaLoader.builder().schemaJson(raw);
        if (draft.contains("draft-07")) {
            builder.draftV7Support();
        } else if (draft.contains("draft-06")) {
            builder.draftV6Support();
        }
        Schema schema = builder.build().load().build();
        return document -> validate(schema, document);
    }

    /** Stack for validating deeply nested documents: org.json's parser and everit both recurse per nesting level. */
    private static final long VALIDATION_STACK_BYTES = 256L * 1024 * 1024;

    /**
     * Validates on a thread with a large stack, so nesting that Jackson accepted (up to its depth limit)
     * cannot overflow the caller's stack; a document deeper still is one violation, not a crash.
     */
    private static List<SchemaViolation> validate(Schema schema, JsonNode document) {
        List<List<SchemaViolation>> result = new ArrayList<>(1);
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result.add(validateHere(schema, document));
            } catch (StackOverflowError e) {
                result.add(List.of(new SchemaViolation("", "depth", "the document is nested too deeply to validate")));
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "maskgate-json-schema", VALIDATION_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating against a JSON Schema", e);
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        return result.get(0);
    }

    private static List<SchemaViolation> validateHere(Schema schema, JsonNode document) {
        Object subject;
        try {
            subject = new JSONTokener(new ObjectMapper().writeValueAsString(document)).nextValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SchemaViolation> out = new ArrayList<>();
        try {
            schema.validate(subject);
        } catch (ValidationException e) {
            collect(e, out);
        }
        out.sort(Comparator.comparing(SchemaViolation::pointer).thenComparing(SchemaViolation::message));
        return out;
    }

    private static void collect(ValidationException e, List<SchemaViolation> out) {
        if (e.getCausingExceptions().isEmpty()) {
            String pointer = e.getPointerToViolation();
            if (pointer.startsWith("#")) {
                pointer = pointer.substring(1);
            }
            out.add(new SchemaViolation(pointer, e.getKeyword() == null ? "" : e.getKeyword(), e.getErrorMessage()));
            return;
        }
        for (ValidationException cause : e.getCausingExceptions()) {
            collect(cause, out);
        }
    }
}
