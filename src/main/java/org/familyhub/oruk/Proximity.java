package org.familyhub.oruk;

import org.familyhub.directory.OpenReferralRecords.ServiceAtLocation;
import org.familyhub.shared.Distance;
import org.jspecify.annotations.Nullable;

/**
 * How far a venue is from a postcode's centre, and whether it is near enough. The portal knows
 * postcodes to their sector, so distances are as good as a few hundred metres.
 *
 * @param maxKm {@code null} to keep every venue (only sorting by distance)
 */
record Proximity(double latitude, double longitude, @Nullable Double maxKm) {

    /** Venues without coordinates (virtual ones) have no distance and are never "near". */
    double km(ServiceAtLocation sal) {
        return km(sal.location().latitude(), sal.location().longitude());
    }

    double km(@Nullable Double lat, @Nullable Double lon) {
        return lat == null || lon == null ? Double.POSITIVE_INFINITY : Distance.km(latitude, longitude, lat, lon);
    }

    boolean includes(ServiceAtLocation sal) {
        double km = km(sal);
        return maxKm == null ? Double.isFinite(km) : km <= maxKm;
    }
}
