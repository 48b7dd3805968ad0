package org.familyhub.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The portal's own database account: user {@code familyhub} with a random password generated on the first
 * start and kept in the data directory, readable by the portal's OS user alone (mode 600).
 */
record PortalCredentials(String user, String password) {

    static final String USER = "familyhub";
    private static final SecureRandom RANDOM = new SecureRandom();

    static PortalCredentials generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        // URL-safe Base64: letters, digits, '-' and '_' only, so it needs no quoting anywhere.
        return new PortalCredentials(USER, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    static Optional<PortalCredentials> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String password = Files.readString(file).strip();
            return password.isEmpty() ? Optional.empty() : Optional.of(new PortalCredentials(USER, password));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the database password in " + file, e);
        }
    }

    /** Writes the password so that the file never exists with wider permissions or half written. */
    void write(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(partial, password + "\n");
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the database password to " + file, e);
        }
    }

    @Override
    public String toString() {
        return "PortalCredentials[user=" + user + ", password=(hidden)]";
    }
}
