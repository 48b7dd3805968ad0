package org.familyhub.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account Elasticsearch runs as. It refuses to run as root ("can not run elasticsearch as
 * root"), so a portal running as root hands the server's directories to an unprivileged system user
 * and starts the server through {@code runuser}; any other user simply runs it.
 */
final class ServerAccount {

    private static final Logger log = LoggerFactory.getLogger(ServerAccount.class);

    private final String user;
    private final boolean root;

    private ServerAccount(String user, boolean root) {
        this.user = user;
        this.root = root;
    }

    /** The account to use from this process: {@code user} when running as root, else the current one. */
    static ServerAccount forCurrentProcess(String user) {
        return new ServerAccount(user, "root".equals(System.getProperty("user.name")));
    }

    /**
     * Makes {@code directory} (the server's home, data, logs and tmp) the account's own, and it and the
     * JDK reachable for it.
     */
    void prepare(Path directory, Path jdk) {
        if (!root) {
            return;
        }
        if (run("id", "-u", user).exit() != 0) {
            runOrFail("useradd", "-r", "-M", "-s", "/usr/sbin/nologin", user);
            log.info("event=embedded-elasticsearch-user-created user={}", user);
        }
        runOrFail("chown", "-R", user + ":", directory.toString());
        openAncestors(directory, jdk);
    }

    /** The command line that runs {@code command} as the account. */
    List<String> command(List<String> command) {
        if (!root) {
            return command;
        }
        return Stream.concat(Stream.of("runuser", "-u", user, "--"), command.stream()).toList();
    }

    // The account must be able to walk down to its directories, e.g. through /root (mode 700).
    private void openAncestors(Path... paths) {
        List<Path> opened = new ArrayList<>();
        for (Path path : paths) {
            for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
                if (!opened.contains(dir) && addOthersExecute(dir)) {
                    opened.add(dir);
                }
            }
        }
        if (!opened.isEmpty()) {
            log.warn("event=embedded-elasticsearch-directories-opened user={} added=o+x dirs={}", user, opened);
        }
    }

    private boolean addOthersExecute(Path dir) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
            if (!permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
            Files.setPosixFilePermissions(dir, permissions);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not let " + user + " traverse " + dir, e);
        }
    }

    private static void runOrFail(String... command) {
        Outcome outcome = run(command);
        if (outcome.exit() != 0) {
            throw new IllegalStateException("`" + String.join(" ", command) + "` failed with exit code "
                    + outcome.exit() + ": " + outcome.output().strip());
        }
    }

    private static Outcome run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Outcome(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command[0], e);
        }
    }

    private record Outcome(int exit, String output) {
    }
}
