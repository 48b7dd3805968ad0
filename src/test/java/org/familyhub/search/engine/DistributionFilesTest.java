package org.familyhub.search.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The production jar started from any directory still finds the embedded search server's zips. */
class DistributionFilesTest {

    @TempDir
    Path dir;

    @Test
    void theConfiguredDistributionWinsAndOtherwiseTheFirstUsualPlaceThatHasOne() throws IOException {
        Path configured = Files.writeString(dir.resolve("configured.zip"), "c");
        Path besideTheJar = dir.resolve("app/elasticsearch/elasticsearch.zip");
        Path mavenRepository = Files.writeString(dir.resolve("repository.zip"), "m");

        assertThat(DistributionFiles.firstExisting(configured, List.of(besideTheJar, mavenRepository)))
                .isEqualTo(configured);
        assertThat(DistributionFiles.firstExisting(dir.resolve("missing.zip"), List.of(besideTheJar, mavenRepository)))
                .isEqualTo(mavenRepository);
        // Nowhere: the configured path, so that the error names what to set.
        assertThat(DistributionFiles.firstExisting(dir.resolve("missing.zip"), List.of(besideTheJar)))
                .isEqualTo(dir.resolve("missing.zip"));
    }

    @Test
    void fromAnotherDirectoryTheDistributionTheBuildDownloadedIsFound() {
        Path found = DistributionFiles.distribution(dir.resolve("target/elasticsearch/elasticsearch.zip"));

        assertThat(found).isRegularFile().hasFileName("elasticsearch-8.19.21.zip");
    }

    @Test
    void thePluginInsideTheJarIsCopiedOutWhenNoneIsOnDiskAndKeptWhileUnchanged() throws IOException {
        Path copied = DistributionFiles.plugin(dir.resolve("missing-plugin.zip"), dir.resolve("elasticsearch"));

        assertThat(copied).isEqualTo(dir.resolve("elasticsearch/familyhub-analysis-plugin.zip"));
        assertThat(Files.readAllBytes(copied))
                .isEqualTo(Files.readAllBytes(Path.of("target/elasticsearch/familyhub-analysis-plugin.zip")));
        var modified = Files.getLastModifiedTime(copied);

        DistributionFiles.plugin(dir.resolve("missing-plugin.zip"), dir.resolve("elasticsearch"));

        assertThat(Files.getLastModifiedTime(copied)).isEqualTo(modified);
    }
}
