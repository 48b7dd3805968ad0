package org.familyhub.search.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * For tests that run Elasticsearch nodes of their own (the multi-node test's two-node cluster): the same
 * distribution and analysis plugin the portal's embedded server uses, unpacked the same way, and started as the
 * same unprivileged account when the tests run as root (Elasticsearch refuses root).
 */
public final class ClusterNodeHome {

    private static final String USER = "familyhub-es";

    private ClusterNodeHome() {
    }

    /**
     * Unpacks the distribution and the plugin into {@code <directory>/home} and hands {@code directory} to the
     * server's account; returns the home.
     */
    public static Path prepare(Path directory, Path distribution, Path plugin, Path jdk) {
        Path home = ElasticsearchHome.prepare(directory, DistributionFiles.distribution(distribution),
                DistributionFiles.plugin(plugin, directory));
        ServerAccount.forCurrentProcess(USER).prepare(directory, jdk);
        return home;
    }

    /** The command line that runs {@code command} as the server's account. */
    public static List<String> asServerAccount(List<String> command) {
        return ServerAccount.forCurrentProcess(USER).command(command);
    }
}
