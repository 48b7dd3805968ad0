package org.familyhub.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.familyhub.directory.domain.PostcodeArea;
import org.familyhub.directory.domain.PostcodeAreaRepository;
import org.familyhub.directory.domain.TownRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where things are: postcodes and towns of the area, each with its centre and locality. */
@Service
@Transactional(readOnly = true)
public class AreaLookup {

    private final PostcodeAreaRepository postcodes;
    private final TownRepository towns;

    AreaLookup(PostcodeAreaRepository postcodes, TownRepository towns) {
        this.postcodes = postcodes;
        this.towns = towns;
    }

    /** The postcode's sector when the area lists it, else its district; empty outside the area. */
    public Optional<PostcodeLocation> postcode(String text) {
        return Postcode.parse(text).flatMap(postcode -> postcode.sector().flatMap(postcodes::findById)
                        .or(() -> postcodes.findById(postcode.district())))
                .map(AreaLookup::location);
    }

    public Optional<Town> town(String name) {
        return towns.findByNameIgnoreCase(name.trim()).map(AreaLookup::town);
    }

    public List<Town> towns() {
        return towns.findAll().stream().map(AreaLookup::town)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    private static PostcodeLocation location(PostcodeArea area) {
        return new PostcodeLocation(area.getCode().toUpperCase(Locale.ROOT), area.getLocality().getCode(),
                area.getLocality().getName(), area.getTown() == null ? null : area.getTown().getName(),
                area.getLatitude(), area.getLongitude());
    }

    private static Town town(org.familyhub.directory.domain.Town town) {
        return new Town(town.getName(), town.getLocality().getCode(), town.getLocality().getName(),
                town.getLatitude(), town.getLongitude());
    }
}
