package dev.cleave.pipeline.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cleave.model.ModelFormatException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes baseline files: sorted keys, two-space indent, identical bytes for equal baselines. */
public final class BaselineJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BaselineJson() {
    }

    public static String toJson(Baseline baseline) {
        try {
            return MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(baseline) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the baseline", e);
        }
    }

    /**
     * The baseline in the file, or {@link Baseline#EMPTY} when the file does not exist.
     *
     * @throws ModelFormatException when the file is not a baseline of {@link Baseline#SCHEMA_VERSION}
     */
    public static Baseline read(Path file) {
        if (!Files.exists(file)) {
            return Baseline.EMPTY;
        }
        try {
            JsonNode tree = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (tree == null || !tree.isObject() || tree.path("schemaVersion").asInt() != Baseline.SCHEMA_VERSION) {
                throw new ModelFormatException(file + ": not a Cleave baseline of schema version "
                        + Baseline.SCHEMA_VERSION + ". Write it again with --update-baseline.");
            }
            return MAPPER.treeToValue(tree, Baseline.class);
        } catch (JsonProcessingException e) {
            throw new ModelFormatException(file + ": invalid baseline (" + e.getOriginalMessage()
                    + "). Fix it or write it again with --update-baseline.", e);
        } catch (IOException e) {
            throw new ModelFormatException(file + ": cannot read the baseline (" + e.getMessage() + ").", e);
        }
    }

    /** Writes atomically (a temporary file moved into place). */
    public static void write(Baseline baseline, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(tmp, toJson(baseline), StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
