package org.familyhub.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.familyhub.directory.content.ServiceImport;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every listing in {@code content/services}, as stored, written as Markdown and saved again, is stored as it was:
 * an editor who opens a listing and saves it without touching the description changes nothing. The only
 * difference allowed is space at the ends of lines, which neither HTML nor the plain-text form shows.
 */
class MarkdownRoundTripTest {

    @Test
    void everyContentDescriptionComesBackUnchangedThroughMarkdown() throws IOException {
        List<String> descriptions = contentDescriptions();
        assertThat(descriptions).hasSize(187);
        for (String stored : descriptions) {
            String markdown = MarkdownText.toMarkdown(stored);
            String saved = MarkdownText.toDescription(markdown);
            assertThat(saved).as(stored).isEqualTo(trimmedLines(stored));
            assertThat(RichText.toPlainText(saved)).isEqualTo(RichText.toPlainText(stored).strip());
            assertThat(MarkdownText.toMarkdown(saved)).as("a second round changes nothing").isEqualTo(markdown);
        }
    }

    private static String trimmedLines(String text) {
        return text.lines().map(String::strip).collect(Collectors.joining("\n")).strip();
    }

    /** Each description as the directory stores it: cleaned on the way in. */
    private static List<String> contentDescriptions() throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content/services"))) {
            for (Path file : files.sorted().toList()) {
                for (HsdsDocuments.Service listing : ServiceDocumentJson.JSON.readValue(Files.readString(file),
                        HsdsDocuments.Service[].class)) {
                    all.add(ServiceImport.clean(listing).description());
                }
            }
        }
        return all;
    }
}
