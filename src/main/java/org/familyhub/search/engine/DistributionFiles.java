package org.familyhub.search.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.springframework.boot.system.ApplicationHome;

/**
 * Finds the embedded server's two zips wherever the portal was started from, so the production jar runs from
 * any directory, not only from the project's. The analysis plugin is small and travels inside the jar; the server
 * distribution (about 107 MB) does not, and is looked for in this order:
 * <ol>
 * <li>the configured path ({@code FAMILYHUB_SEARCH_EMBEDDED_DISTRIBUTION}; the build's
 * {@code target/elasticsearch/elasticsearch.zip} by default);</li>
 * <li>{@code elasticsearch/elasticsearch.zip} beside the jar;</li>
 * <li>the local Maven repository the build downloaded it into.</li>
 * </ol>
 */
final class DistributionFiles {

    static final String BUNDLED_PLUGIN = "elasticsearch/familyhub-analysis-plugin.zip";
    private static final String BUNDLED_VERSION = "elasticsearch/distribution.properties";

    private DistributionFiles() {
    }

    /** The first of the configured path and the usual places that exists; the configured one if none does. */
    static Path distribution(Path configured) {
        List<Path> places = new ArrayList<>();
        places.add(new ApplicationHome().getDir().toPath().resolve("elasticsearch/elasticsearch.zip"));
        version().ifPresent(version -> places.add(Path.of(System.getProperty("user.home"), ".m2", "repository",
                "org", "elasticsearch", "distribution", "integ-test-zip", "elasticsearch", version,
                "elasticsearch-" + version + ".zip")));
        return firstExisting(configured, places);
    }

    static Path firstExisting(Path configured, List<Path> places) {
        if (Files.isRegularFile(configured)) {
            return configured;
        }
        return places.stream().filter(Files::isRegularFile).findFirst().orElse(configured);
    }

    /**
     * The configured plugin zip if it exists, else the one inside the jar, copied into {@code directory} (again
     * only when it changed, so the server's home is not rebuilt for nothing).
     */
    static Path plugin(Path configured, Path directory) {
        if (Files.isRegularFile(configured)) {
            return configured;
        }
        try (InputStream bundled = DistributionFiles.class.getClassLoader().getResourceAsStream(BUNDLED_PLUGIN)) {
            if (bundled == null) {
                return configured;
            }
            byte[] content = bundled.readAllBytes();
            Path copy = directory.resolve("familyhub-analysis-plugin.zip");
            if (!Files.isRegularFile(copy) || !Arrays.equals(Files.readAllBytes(copy), content)) {
                Files.createDirectories(directory);
                Path partial = directory.resolve("familyhub-analysis-plugin.zip.partial");
                Files.write(partial, content);
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the analysis plugin bundled in the portal", e);
        }
    }

    /** The distribution's version the build wrote into the jar. */
    private static Optional<String> version() {
        try (InputStream in = DistributionFiles.class.getClassLoader().getResourceAsStream(BUNDLED_VERSION)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version")).map(String::trim).filter(v -> !v.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
