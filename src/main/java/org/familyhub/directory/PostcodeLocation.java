package org.familyhub.directory;

import org.jspecify.annotations.Nullable;

/** Where a postcode is, as near as the area's districts and sectors tell: its centre and locality. */
public record PostcodeLocation(String area, String localityCode, String localityName, @Nullable String town,
        double latitude, double longitude) {
}
