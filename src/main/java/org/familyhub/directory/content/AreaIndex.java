package org.familyhub.directory.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.familyhub.directory.Postcode;
import org.familyhub.directory.content.HsdsDocuments.Area;
import org.familyhub.directory.content.HsdsDocuments.AreaLocality;
import org.familyhub.directory.content.HsdsDocuments.AreaPostcode;
import org.familyhub.directory.content.HsdsDocuments.AreaTown;
import org.familyhub.directory.content.HsdsDocuments.Location;

import static org.familyhub.directory.content.HsdsDocuments.list;

/**
 * Answers, from the content's own area file, which locality and town a location or service area
 * belongs to, so that validation and loading resolve them the same way.
 */
final class AreaIndex {

    private final String areaName;
    private final Map<String, AreaLocality> localitiesByCode = new HashMap<>();
    private final Map<String, AreaLocality> localitiesByName = new HashMap<>();
    private final Map<String, AreaTown> townsByName = new HashMap<>();
    private final Map<String, AreaPostcode> postcodes = new HashMap<>();

    AreaIndex(Area area) {
        this.areaName = area.name() == null ? "" : area.name();
        for (AreaLocality locality : list(area.localities())) {
            if (locality.code() != null) {
                localitiesByCode.put(locality.code(), locality);
            }
            if (locality.name() != null) {
                localitiesByName.put(key(locality.name()), locality);
            }
        }
        for (AreaTown town : list(area.towns())) {
            if (town.name() != null) {
                townsByName.put(key(town.name()), town);
            }
        }
        for (AreaPostcode postcode : list(area.postcodes())) {
            if (postcode.code() != null) {
                postcodes.put(key(postcode.code()), postcode);
            }
        }
    }

    Optional<AreaLocality> locality(String code) {
        return Optional.ofNullable(localitiesByCode.get(code));
    }

    Optional<AreaTown> town(String name) {
        return Optional.ofNullable(townsByName.get(key(name)));
    }

    boolean isWholeArea(String serviceAreaName) {
        return key(serviceAreaName).equals(key(areaName));
    }

    Optional<AreaLocality> localityNamed(String name) {
        return Optional.ofNullable(localitiesByName.get(key(name)));
    }

    /** The postcode's sector if the area lists it, else its district. */
    Optional<AreaPostcode> postcode(String text) {
        return Postcode.parse(text).flatMap(postcode -> postcode.sector().map(postcodes::get)
                .or(() -> Optional.ofNullable(postcodes.get(postcode.district()))));
    }

    /** Every location resolves to a locality: by its postcode first, then by the town it names. */
    Optional<AreaLocality> localityOf(Location location) {
        return HsdsDocuments.firstAddress(location)
                .flatMap(address -> Optional.ofNullable(address.postalCode()).flatMap(this::postcode)
                        .map(AreaPostcode::locality)
                        .or(() -> Optional.ofNullable(address.city()).flatMap(this::town).map(AreaTown::locality)))
                .flatMap(this::locality);
    }

    Optional<AreaTown> townOf(Location location) {
        return HsdsDocuments.firstAddress(location)
                .flatMap(address -> Optional.ofNullable(address.city()).flatMap(this::town)
                        .or(() -> Optional.ofNullable(address.postalCode()).flatMap(this::postcode)
                                .flatMap(p -> Optional.ofNullable(p.town())).flatMap(this::town)));
    }

    private static String key(String text) {
        return text.trim().toUpperCase(Locale.ROOT);
    }
}
