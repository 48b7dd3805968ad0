package org.familyhub.search.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElasticsearchHomeTest {

    @TempDir
    Path dir;

    @Test
    void unpacksTheDistributionWithoutItsTopDirectoryAndExtractsThePluginIntoPlugins() throws IOException {
        Path distribution = zip("es.zip", Map.of("elasticsearch-8.19.21/bin/elasticsearch", "#!/bin/bash"));
        Path plugin = zip("plugin.zip", Map.of("stable-plugin-descriptor.properties", "name=familyhub-analysis"));

        Path home = ElasticsearchHome.prepare(dir.resolve("elasticsearch"), distribution, plugin);

        assertThat(home.resolve("bin/elasticsearch")).hasContent("#!/bin/bash");
        assertThat(home.resolve("plugins/familyhub-analysis/stable-plugin-descriptor.properties"))
                .hasContent("name=familyhub-analysis");
    }

    @Test
    void keepsAnUnpackedDistributionButReplacesAChangedPlugin() throws IOException {
        Path distribution = zip("es.zip", Map.of("elasticsearch-8.19.21/config/jvm.options", "-Xss1m"));
        Path home = ElasticsearchHome.prepare(dir.resolve("elasticsearch"), distribution,
                zip("plugin.zip", Map.of("old.jar", "1")));
        Files.writeString(home.resolve("config/elasticsearch.keystore"), "created by the node");

        ElasticsearchHome.prepare(dir.resolve("elasticsearch"), distribution,
                zip("plugin.zip", Map.of("new.jar", "2")));

        assertThat(home.resolve("config/elasticsearch.keystore")).exists();
        assertThat(home.resolve("plugins/familyhub-analysis/new.jar")).exists();
        assertThat(home.resolve("plugins/familyhub-analysis/old.jar")).doesNotExist();
    }

    @Test
    void aMissingDistributionSaysHowToBuildIt() {
        assertThatThrownBy(() -> ElasticsearchHome.prepare(dir, dir.resolve("missing.zip"), dir.resolve("plugin.zip")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing.zip")
                .hasMessageContaining("./mvnw generate-resources");
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(entry.getKey()));
                zipOut.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zipOut.closeEntry();
            }
        }
        return zip;
    }
}
