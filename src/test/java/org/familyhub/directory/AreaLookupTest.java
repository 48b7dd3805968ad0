package org.familyhub.directory;

import org.familyhub.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Towns are kept in memory for every search, and read again when reference data changes. */
@PortalTest
class AreaLookupTest {

    @Autowired
    AreaLookup area;
    @Autowired
    ReferenceData referenceData;

    @Test
    void aTownIsFoundByItsNameAsTyped() {
        assertThat(area.town("  crewe ")).hasValueSatisfying(town -> {
            assertThat(town.name()).isEqualTo("Crewe");
            assertThat(town.localityCode()).isEqualTo("crewe-nantwich");
        });
        assertThat(area.town("Atlantis")).isEmpty();
        assertThat(area.towns()).extracting(Town::name).contains("Crewe", "Macclesfield", "Wilmslow");
    }

    @Test
    void aRenamedLocalityIsSaidOfItsTownsAtOnce() {
        assertThat(area.town("Crewe")).map(Town::localityName).hasValue("Crewe and Nantwich");
        try {
            referenceData.renameLocality("crewe-nantwich", "South Cheshire East");

            assertThat(area.town("Crewe")).map(Town::localityName).hasValue("South Cheshire East");
        } finally {
            referenceData.renameLocality("crewe-nantwich", "Crewe and Nantwich");
        }
        assertThat(area.town("Crewe")).map(Town::localityName).hasValue("Crewe and Nantwich");
    }
}
