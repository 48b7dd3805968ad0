package org.familyhub.search.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's installation directory: the distribution unpacked once per version, with the
 * familyhub-analysis plugin extracted into {@code plugins/} and replaced whenever its zip changes.
 */
final class ElasticsearchHome {

    static final String PLUGIN_NAME = "familyhub-analysis";
    private static final String DISTRIBUTION_MARKER = ".familyhub-distribution";
    private static final String PLUGIN_MARKER = ".familyhub-analysis.sha256";
    private static final String HOW_TO_BUILD = "build it with `./mvnw generate-resources`"
            + " (or set familyhub.search.url to use an existing cluster)";
    private static final Logger log = LoggerFactory.getLogger(ElasticsearchHome.class);

    private ElasticsearchHome() {
    }

    /** Returns the home directory ({@code <directory>/home}), unpacking and installing only what changed. */
    static Path prepare(Path directory, Path distribution, Path plugin) {
        requireFile(distribution, "Elasticsearch distribution");
        requireFile(plugin, "familyhub-analysis plugin");
        Path home = directory.resolve("home");
        try {
            unpackDistribution(distribution, home);
            installPlugin(plugin, home);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Elasticsearch in " + home, e);
        }
        return home;
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The " + what + " is missing at " + file.toAbsolutePath() + ": "
                    + HOW_TO_BUILD);
        }
    }

    private static void unpackDistribution(Path distribution, Path home) throws IOException {
        try (ZipFile zip = new ZipFile(distribution.toFile())) {
            String version = topDirectory(zip);
            if (version.equals(readMarker(home.resolve(DISTRIBUTION_MARKER)).orElse(""))) {
                return;
            }
            long started = System.nanoTime();
            Path partial = home.resolveSibling(home.getFileName() + ".partial");
            deleteTree(partial);
            extract(zip, version + "/", partial);
            Files.writeString(partial.resolve(DISTRIBUTION_MARKER), version);
            deleteTree(home);
            Files.move(partial, home);
            log.info("event=embedded-elasticsearch-unpacked version={} dir={} ms={}", version, home,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void installPlugin(Path plugin, Path home) throws IOException {
        String checksum = sha256(plugin);
        Path marker = home.resolve(PLUGIN_MARKER);
        if (checksum.equals(readMarker(marker).orElse(""))) {
            return;
        }
        // Extracting the zip is all `elasticsearch-plugin install` does for a stable plugin.
        Path target = home.resolve("plugins").resolve(PLUGIN_NAME);
        deleteTree(target);
        try (ZipFile zip = new ZipFile(plugin.toFile())) {
            extract(zip, "", target);
        }
        Files.writeString(marker, checksum);
        log.info("event=embedded-elasticsearch-plugin-installed plugin={} sha256={}", PLUGIN_NAME,
                checksum.substring(0, 12));
    }

    private static String topDirectory(ZipFile zip) {
        String first = zip.stream().findFirst().map(ZipEntry::getName).orElse("");
        int slash = first.indexOf('/');
        if (slash <= 0) {
            throw new IllegalStateException(zip.getName() + " is not an Elasticsearch distribution");
        }
        return first.substring(0, slash);
    }

    private static void extract(ZipFile zip, String prefix, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Files.createDirectories(root);
        for (ZipEntry entry : zip.stream().toList()) {
            if (!entry.getName().startsWith(prefix) || entry.getName().equals(prefix)) {
                continue;
            }
            Path destination = root.resolve(entry.getName().substring(prefix.length())).normalize();
            if (!destination.startsWith(root)) {
                throw new IOException("Zip entry outside the target directory: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(destination);
            } else {
                Files.createDirectories(destination.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, destination);
                }
            }
        }
    }

    private static Optional<String> readMarker(Path marker) throws IOException {
        return Files.isRegularFile(marker) ? Optional.of(Files.readString(marker).strip()) : Optional.empty();
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
