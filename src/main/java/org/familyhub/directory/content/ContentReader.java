package org.familyhub.directory.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.familyhub.directory.content.Content.SourcedService;
import org.familyhub.directory.content.HsdsDocuments.Area;
import org.familyhub.directory.content.HsdsDocuments.Service;
import org.familyhub.directory.content.HsdsDocuments.TaxonomyDocument;
import org.familyhub.directory.content.HsdsDocuments.TermDatesDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a content directory: {@code area.json}, {@code taxonomies.json}, every {@code services/*.json}
 * (each an HSDS fully nested service or an array of them) and, if there is one, {@code term-dates.json}.
 */
final class ContentReader {

    // HSDS documents may carry fields the portal does not use (metadata, funding …): they are not errors.
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static final String TERM_DATES = "term-dates.json";

    private final Path directory;
    private final List<String> problems = new ArrayList<>();

    private ContentReader(Path directory) {
        this.directory = directory;
    }

    static Content read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidContentException(List.of(directory.toAbsolutePath() + ": no such content directory"));
        }
        ContentReader reader = new ContentReader(directory);
        Area area = reader.readArea();
        List<TaxonomyDocument> taxonomies = reader.readTaxonomies();
        List<SourcedService> services = reader.readServices();
        TermDatesDocument termDates = reader.readTermDates();
        if (!reader.problems.isEmpty()) {
            throw new InvalidContentException(reader.problems);
        }
        return new Content(area, taxonomies, services, termDates);
    }

    private TermDatesDocument readTermDates() {
        TermDatesDocument none = new TermDatesDocument(null, List.of());
        if (!Files.isRegularFile(directory.resolve(TERM_DATES))) {
            return none;
        }
        JsonNode node = parse(TERM_DATES);
        TermDatesDocument termDates = node == null ? null : convert(node, TermDatesDocument.class, TERM_DATES);
        return termDates == null ? none : termDates;
    }

    private Area readArea() {
        JsonNode node = parse("area.json");
        Area area = node == null ? null : convert(node, Area.class, "area.json");
        return area == null ? new Area(null, List.of(), List.of(), List.of()) : area;
    }

    private List<TaxonomyDocument> readTaxonomies() {
        return readList("taxonomies.json", TaxonomyDocument.class);
    }

    private List<SourcedService> readServices() {
        Path folder = directory.resolve("services");
        if (!Files.isDirectory(folder)) {
            problems.add("services/: the folder of service files is missing");
            return List.of();
        }
        List<SourcedService> services = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = "services/" + file.getFileName();
                readList(name, Service.class).forEach(s -> services.add(new SourcedService(name, s)));
            }
        } catch (IOException e) {
            problems.add("services/: cannot be listed (" + e.getMessage() + ")");
        }
        return services;
    }

    private <T> List<T> readList(String name, Class<T> type) {
        JsonNode node = parse(name);
        if (node == null) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        if (node.isArray()) {
            int index = 0;
            for (JsonNode item : node) {
                T value = convert(item, type, name + " [" + index++ + "]");
                if (value != null) {
                    items.add(value);
                }
            }
        } else {
            T value = convert(node, type, name);
            if (value != null) {
                items.add(value);
            }
        }
        return items;
    }

    private @Nullable JsonNode parse(String name) {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(name + ": file is missing");
            return null;
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            problems.add(name + ": not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
            return null;
        }
    }

    private <T> @Nullable T convert(JsonNode node, Class<T> type, String where) {
        try {
            return JSON.treeToValue(node, type);
        } catch (JacksonException e) {
            String field = e.getPath().stream()
                    .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining("."));
            problems.add(where + ": field '" + field + "' has the wrong type (" + e.getOriginalMessage() + ")");
            return null;
        }
    }
}
