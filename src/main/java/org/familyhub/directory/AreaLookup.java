package org.familyhub.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.familyhub.directory.domain.PostcodeArea;
import org.familyhub.directory.domain.PostcodeAreaRepository;
import org.familyhub.directory.domain.TownRepository;
import org.familyhub.shared.KeptWhenFound;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where things are: postcodes and towns of the area, each with its centre and locality. */
@Service
@Transactional(readOnly = true)
public class AreaLookup {

    /**
     * The area's towns, read once and kept until reference data changes: every search with a place and every
     * keystroke of the search box's suggestions asks for them.
     */
    private final KeptWhenFound<List<Town>> towns;
    /**
     * The area's postcode districts and sectors by code, kept the same way: every search with a postcode, and every
     * "nearest first", asks for one (a few hundred for a council, a few kilobytes).
     */
    private final KeptWhenFound<Map<String, PostcodeLocation>> postcodes;
    private final PostcodeAreaRepository stored;

    AreaLookup(PostcodeAreaRepository postcodes, TownRepository towns) {
        this.stored = postcodes;
        this.towns = new KeptWhenFound<>(() -> towns.findAll().stream().map(AreaLookup::town)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList(), List::isEmpty);
        this.postcodes = new KeptWhenFound<>(() -> postcodes.findAll().stream()
                .collect(Collectors.toUnmodifiableMap(PostcodeArea::getCode, AreaLookup::location)), Map::isEmpty);
    }

    /** The postcode's sector when the area lists it, else its district; empty outside the area. */
    public Optional<PostcodeLocation> postcode(String text) {
        Map<String, PostcodeLocation> areas = postcodes.get();
        return Postcode.parse(text).flatMap(postcode -> postcode.sector().map(areas::get)
                .or(() -> Optional.ofNullable(areas.get(postcode.district()))));
    }

    /**
     * The same, read from the database: for a change to the postcode areas, which must see its own edit before it
     * commits (the kept ones are read again once it has).
     */
    Optional<PostcodeLocation> postcodeAsStored(String text) {
        return Postcode.parse(text).flatMap(postcode -> postcode.sector().flatMap(stored::findById)
                        .or(() -> stored.findById(postcode.district())))
                .map(AreaLookup::location);
    }

    public Optional<Town> town(String name) {
        String wanted = name.trim();
        return towns().stream().filter(town -> town.name().equalsIgnoreCase(wanted)).findFirst();
    }

    public List<Town> towns() {
        return towns.get();
    }

    /** Towns or postcode areas were added, renamed or moved (#15), here or on another node: they are read again. */
    @EventListener
    void on(ReferenceDataChanged changed) {
        towns.forget();
        postcodes.forget();
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
