package org.familyhub.directory;

import org.familyhub.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Towns and postcode areas are kept in memory for every search, and read again when reference data changes. */
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

    @Test
    void aPostcodeIsPlacedByItsSectorElseByItsDistrict() {
        assertThat(area.postcode(" cw1 3ab")).hasValueSatisfying(postcode -> {
            assertThat(postcode.area()).isEqualTo("CW1 3");
            assertThat(postcode.localityCode()).isEqualTo("crewe-nantwich");
            assertThat(postcode.town()).isEqualTo("Crewe");
        });
        assertThat(area.postcode("CW1 8ZZ")).map(PostcodeLocation::area).hasValue("CW1");
        assertThat(area.postcode("SK11")).map(PostcodeLocation::localityCode).hasValue("macclesfield");
        assertThat(area.postcode("M1 1AE")).isEmpty();
        assertThat(area.postcode("not a postcode")).isEmpty();
    }

    @Test
    void aRenamedLocalityIsSaidOfItsPostcodesAtOnce() {
        assertThat(area.postcode("CW1 3AB")).map(PostcodeLocation::localityName).hasValue("Crewe and Nantwich");
        try {
            referenceData.renameLocality("crewe-nantwich", "South Cheshire East");

            assertThat(area.postcode("CW1 3AB")).map(PostcodeLocation::localityName).hasValue("South Cheshire East");
            assertThat(area.postcode("CW2")).map(PostcodeLocation::localityName).hasValue("South Cheshire East");
        } finally {
            referenceData.renameLocality("crewe-nantwich", "Crewe and Nantwich");
        }
        assertThat(area.postcode("CW1 3AB")).map(PostcodeLocation::localityName).hasValue("Crewe and Nantwich");
    }
}
