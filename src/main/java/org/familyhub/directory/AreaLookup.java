package org.familyhub.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    private final PostcodeAreaRepository postcodes;
    /**
     * The area's towns, read once and kept until reference data changes: every search with a place and every
     * keystroke of the search box's suggestions asks for them.
     */
    private final KeptWhenFound<List<Town>> towns;

    AreaLookup(PostcodeAreaRepository postcodes, TownRepository towns) {
        this.postcodes = postcodes;
        this.towns = new KeptWhenFound<>(() -> towns.findAll().stream().map(AreaLookup::town)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList(), List::isEmpty);
    }

    /** The postcode's sector when the area lists it, else its district; empty outside the area. */
    public Optional<PostcodeLocation> postcode(String text) {
        return Postcode.parse(text).flatMap(postcode -> postcode.sector().flatMap(postcodes::findById)
                        .or(() -> postcodes.findById(postcode.district())))
                .map(AreaLookup::location);
    }

    public Optional<Town> town(String name) {
        String wanted = name.trim();
        return towns().stream().filter(town -> town.name().equalsIgnoreCase(wanted)).findFirst();
    }

    public List<Town> towns() {
        return towns.get();
    }

    /** Towns were added, renamed or moved (#15), here or on another node: they are read again. */
    @EventListener
    void on(ReferenceDataChanged changed) {
        towns.forget();
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
