package org.familyhub.directory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.domain.Accessibility;
import org.familyhub.directory.domain.Address;
import org.familyhub.directory.domain.Attribute;
import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.LocalityRepository;
import org.familyhub.directory.domain.Location;
import org.familyhub.directory.domain.Organization;
import org.familyhub.directory.domain.OrganizationIdentifier;
import org.familyhub.directory.domain.PostcodeArea;
import org.familyhub.directory.domain.PostcodeAreaRepository;
import org.familyhub.directory.domain.ServiceRepository;
import org.familyhub.directory.domain.Taxonomy;
import org.familyhub.directory.domain.TaxonomyTerm;
import org.familyhub.directory.domain.TaxonomyTermRepository;
import org.familyhub.directory.domain.Town;
import org.familyhub.directory.domain.TownRepository;
import org.familyhub.shared.LockConflicts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The records services are built from, as editors and administrators correct them (#15): organisations, venues,
 * topics, localities and postcode areas. Each list is read a page at a time in the database. Each change is
 * checked first (every problem reported together, {@link InvalidListingException}, and nothing changes), then
 * saved with a first batch of {@link ServicesChanged} for the services that show it; the rest of those services
 * follow in batches of {@value #BATCH}, each in its own transaction, so a locality with thousands of services is
 * never one giant transaction. Who may call which is decided by the workspace.
 */
@org.springframework.stereotype.Service
public class ReferenceData {

    public static final int PAGE_SIZE = 20;
    static final int BATCH = 500;
    private static final String ACCESSIBILITY = "accessibility";
    private static final Pattern AREA_CODE = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]?( [0-9])?$");
    private static final Set<String> LISTED = Set.of("active", "temporarily closed");

    /** A page of a list of records: {@code page} counts from 1. */
    public record RecordPage<T>(List<T> items, int page, long total) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    public record OrganisationRecord(UUID id, String name, @Nullable String description, @Nullable String email,
            @Nullable String website, @Nullable String charityNumber, @Nullable String companyNumber) {
    }

    /** The numbers are the organisation's in the Charity Commission's and Companies House's registers. */
    public record OrganisationForm(String name, @Nullable String description, @Nullable String email,
            @Nullable String website, @Nullable String charityNumber, @Nullable String companyNumber) {
    }

    public record VenueRow(UUID id, String name, String postcode, String town) {
    }

    public record VenueRecord(UUID id, String name, String address1, @Nullable String address2, String town,
            String postcode, String localityName, Set<String> accessibility, @Nullable String transport) {
    }

    public record VenueForm(String name, String address1, @Nullable String address2, String town, String postcode,
            Set<String> accessibility, @Nullable String transport) {
    }

    /** A term to choose from a list: its code and English name. */
    public record TermChoice(String code, String name) {
    }

    /** A topic with the number of listed services classified with it (or, for a top-level topic, below it). */
    public record TopicRecord(UUID id, String code, String name, @Nullable String namePl,
            @Nullable String description, @Nullable String parentCode, long listedServices) {
    }

    public record TopicForm(String name, @Nullable String namePl, @Nullable String description,
            @Nullable String parentCode) {
    }

    public record PostcodeAreaRecord(String code, String kind, String localityCode, String localityName) {
    }

    private final EntityManager entities;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final LocalityRepository localities;
    private final PostcodeAreaRepository postcodeAreas;
    private final TownRepository towns;
    private final TaxonomyTermRepository terms;
    private final AreaLookup area;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferenceData(EntityManager entities, JdbcClient jdbc, TransactionTemplate transaction,
            LocalityRepository localities, PostcodeAreaRepository postcodeAreas, TownRepository towns,
            TaxonomyTermRepository terms, AreaLookup area, ApplicationEventPublisher events, Clock clock) {
        this.entities = entities;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.localities = localities;
        this.postcodeAreas = postcodeAreas;
        this.towns = towns;
        this.terms = terms;
        this.area = area;
        this.events = events;
        this.clock = clock;
    }

    // ---- organisations ----------------------------------------------------------------------------

    /** Organisations whose name holds the words, by name, {@value #PAGE_SIZE} a page. */
    public RecordPage<OrganisationRecord> organisations(String words, int page) {
        String like = like(words);
        long total = jdbc.sql("select count(*) from organization where lower(name) like ?").param(like)
                .query(Long.class).single();
        int shown = page(page, total);
        List<UUID> ids = jdbc.sql("select id from organization where lower(name) like ? order by name, id"
                        + " limit ? offset ?").params(like, PAGE_SIZE, (shown - 1) * PAGE_SIZE)
                .query((rs, n) -> UUID.fromString(rs.getString(1))).list();
        return new RecordPage<>(read(() -> ids.stream().map(id -> organisationRecord(
                entities.find(Organization.class, id))).toList()), shown, total);
    }

    public Optional<OrganisationRecord> organisation(UUID id) {
        return read(() -> Optional.ofNullable(entities.find(Organization.class, id))
                .map(ReferenceData::organisationRecord));
    }

    public void editOrganisation(UUID id, OrganisationForm form) {
        List<String> problems = new ArrayList<>();
        String name = required(form.name(), "Name", 250, problems);
        String description = RichText.description(optional(form.description()));
        String email = optional(form.email());
        if (email != null && (email.length() > 250 || EmailAddress.parse(email).isEmpty())) {
            problems.add("E-mail: enter an address like name@example.org.");
        }
        String website = optional(form.website());
        if (website != null && !webAddress(website)) {
            problems.add("Website: enter a full web address starting https:// or http://.");
        }
        List<RegisterNumber> numbers = new ArrayList<>();
        registerNumber(RegisterNumber.Register.CHARITY, form.charityNumber(), id, numbers, problems);
        registerNumber(RegisterNumber.Register.COMPANY, form.companyNumber(), id, numbers, problems);
        refuseIf(problems);
        change("organisation", () -> {
            Organization organisation = Optional.ofNullable(entities.find(Organization.class, id))
                    .orElseThrow(() -> new UnknownRecordException("organisation", id));
            organisation.edit(Objects.requireNonNull(name), description, email, website);
            List<OrganizationIdentifier> kept = new ArrayList<>();
            for (RegisterNumber number : numbers) {
                kept.add(organisation.getIdentifiers().stream()
                        .filter(i -> i.getIdentifierScheme().equals(number.register().scheme())
                                && i.getIdentifier().equals(number.number())).findFirst()
                        .orElseGet(() -> new OrganizationIdentifier(UUID.randomUUID(), number.register().scheme(),
                                number.register().type(), number.number())));
            }
            organisation.identify(kept);
            return ids("select id from service where organization_id = ?", id);
        });
    }

    private static OrganisationRecord organisationRecord(Organization o) {
        return new OrganisationRecord(o.getId(), o.getName(), o.getDescription(), o.getEmail(), o.getWebsite(),
                number(o, RegisterNumber.Register.CHARITY), number(o, RegisterNumber.Register.COMPANY));
    }

    private static @Nullable String number(Organization o, RegisterNumber.Register register) {
        return o.getIdentifiers().stream().filter(i -> i.getIdentifierScheme().equals(register.scheme()))
                .map(OrganizationIdentifier::getIdentifier).findFirst().orElse(null);
    }

    /**
     * A number in the register's shape that no other organisation holds: two records of one charity are a
     * duplicate, and the editor is told which one to correct instead.
     */
    private void registerNumber(RegisterNumber.Register register, @Nullable String typed, UUID organisation,
            List<RegisterNumber> numbers, List<String> problems) {
        String label = register == RegisterNumber.Register.CHARITY ? "Charity number" : "Company number";
        if (typed == null || typed.isBlank()) {
            return;
        }
        Optional<RegisterNumber> number = RegisterNumber.parse(register, typed);
        if (number.isEmpty()) {
            problems.add(label + (register == RegisterNumber.Register.CHARITY
                    ? ": enter the 6 or 7 digits the Charity Commission gives, like 1123456."
                    : ": enter the 8 characters Companies House gives, like 01234567 or SC123456."));
            return;
        }
        jdbc.sql("select o.name from organization_identifier i join organization o on o.id = i.organization_id"
                        + " where i.identifier_scheme = ? and i.identifier = ? and o.id <> ?")
                .params(register.scheme(), number.get().number(), organisation.toString()).query(String.class)
                .optional().ifPresentOrElse(other -> problems.add(label + ": " + other
                        + " already has this number. If they are the same organisation, correct that record."),
                        () -> numbers.add(number.get()));
    }

    // ---- venues -----------------------------------------------------------------------------------

    private static final String VENUE_MATCH = """
            from location l left join town t on t.id = l.town_id
            where l.location_type = 'physical' and (lower(coalesce(l.name, '')) like :words
              or lower(coalesce(t.name, '')) like :words
              or exists (select 1 from address a where a.location_id = l.id
                         and replace(lower(a.postal_code), ' ', '') like :postcode))""";

    /** Venues whose name, town or postcode holds the words, by name, {@value #PAGE_SIZE} a page. */
    public RecordPage<VenueRow> venues(String words, int page) {
        String like = like(words);
        String postcode = like(words.replace(" ", ""));
        long total = jdbc.sql("select count(*) " + VENUE_MATCH).param("words", like).param("postcode", postcode)
                .query(Long.class).single();
        int shown = page(page, total);
        List<VenueRow> rows = jdbc.sql("""
                        select l.id, coalesce(l.name, '') as name, coalesce(t.name, '') as town,
                          (select min(a.postal_code) from address a where a.location_id = l.id) as postcode
                        """ + VENUE_MATCH + " order by l.name, l.id limit :size offset :offset")
                .param("words", like).param("postcode", postcode).param("size", PAGE_SIZE)
                .param("offset", (shown - 1) * PAGE_SIZE)
                .query((rs, n) -> new VenueRow(UUID.fromString(rs.getString("id")), rs.getString("name"),
                        Objects.requireNonNullElse(rs.getString("postcode"), ""), rs.getString("town")))
                .list();
        return new RecordPage<>(rows, shown, total);
    }

    public Optional<VenueRecord> venue(UUID id) {
        return read(() -> Optional.ofNullable(entities.find(Location.class, id)).map(location -> {
            Optional<Address> address = location.getAddresses().stream().findFirst();
            Set<String> accessibility = new LinkedHashSet<>();
            location.getAttributes().stream()
                    .filter(a -> a.getTaxonomyTerm().getTaxonomy().getName().equals(ACCESSIBILITY))
                    .forEach(a -> accessibility.add(a.getTaxonomyTerm().getCode()));
            Set<String> known = new HashSet<>();
            accessibilityFeatures().forEach(f -> known.add(f.code()));
            location.getAccessibility().stream().map(Accessibility::getDetails).filter(known::contains)
                    .forEach(accessibility::add);
            return new VenueRecord(location.getId(), Objects.requireNonNullElse(location.getName(), ""),
                    address.map(Address::getAddress1).orElse(""), address.map(Address::getAddress2).orElse(null),
                    address.map(Address::getCity).orElse(location.getTown() == null ? ""
                            : location.getTown().getName()),
                    address.map(Address::getPostalCode).orElse(""), location.getLocality().getName(),
                    accessibility, location.getTransportation());
        }));
    }

    /** The accessibility features a venue may offer, as the council's taxonomy names them. */
    public List<TermChoice> accessibilityFeatures() {
        return read(() -> terms.findAll().stream()
                .filter(t -> t.getTaxonomy().getName().equals(ACCESSIBILITY))
                .map(t -> new TermChoice(t.getCode(), t.getName())).toList());
    }

    /** The locality a postcode is in, by name, as the area's postcode districts and sectors say. */
    public Optional<String> localityOf(String postcode) {
        return area.postcode(postcode).map(PostcodeLocation::localityName);
    }

    /**
     * Corrects a venue; its locality (and, when the postcode changes, its point on the map) follow its postcode.
     * Every service meeting there is written again for search.
     */
    public void editVenue(UUID id, VenueForm form) {
        List<String> problems = new ArrayList<>();
        String name = required(form.name(), "Name", 250, problems);
        String address1 = required(form.address1(), "Address line 1", 250, problems);
        String address2 = optional(form.address2());
        if (address2 != null && address2.length() > 250) {
            problems.add("Address line 2: at most 250 characters.");
        }
        String town = required(form.town(), "Town", 120, problems);
        Optional<Postcode> postcode = Postcode.parse(Objects.requireNonNullElse(form.postcode(), ""))
                .filter(p -> !p.inward().isEmpty());
        Optional<PostcodeLocation> where = postcode.flatMap(p -> area.postcode(p.toString()));
        if (postcode.isEmpty()) {
            problems.add("Postcode: enter a full UK postcode, like CW1 2BJ.");
        } else if (where.isEmpty()) {
            problems.add("Postcode: " + postcode.get() + " is not in the council's area; check it, or ask an"
                    + " administrator to add its postcode district.");
        }
        List<TermChoice> features = accessibilityFeatures();
        Set<String> known = new HashSet<>();
        features.forEach(f -> known.add(f.code()));
        form.accessibility().stream().filter(code -> !known.contains(code)).findFirst()
                .ifPresent(code -> problems.add("Accessibility: " + code + " is not one of the features listed."));
        refuseIf(problems);
        String transport = RichText.plain(optional(form.transport()));
        change("venue", () -> {
            Location location = Optional.ofNullable(entities.find(Location.class, id))
                    .orElseThrow(() -> new UnknownRecordException("venue", id));
            PostcodeLocation place = where.orElseThrow();
            String code = postcode.orElseThrow().toString();
            Address address = location.getAddresses().stream().findFirst().orElse(null);
            boolean moved = address == null || !code.equalsIgnoreCase(address.getPostalCode());
            Locality locality = localities.findByCode(place.localityCode()).orElseThrow();
            Town townRecord = towns.findByNameIgnoreCase(Objects.requireNonNull(town))
                    .filter(t -> t.getLocality().getId().equals(locality.getId()))
                    .orElse(location.getTown() != null && location.getTown().getLocality().getId()
                            .equals(locality.getId()) ? location.getTown() : null);
            location.describe(location.getLocationType(), name, location.getDescription(), transport,
                    moved ? place.latitude() : location.getLatitude(),
                    moved ? place.longitude() : location.getLongitude(), locality, townRecord);
            if (address == null) {
                location.getAddresses().add(new Address(derived(id + "/address/0"), Objects.requireNonNull(address1),
                        address2, town, null, code, "GB", "physical"));
            } else {
                address.correct(Objects.requireNonNull(address1), address2, town, code);
            }
            Map<String, TaxonomyTerm> chosen = new HashMap<>();
            terms.findAll().stream().filter(t -> t.getTaxonomy().getName().equals(ACCESSIBILITY))
                    .filter(t -> form.accessibility().contains(t.getCode())).forEach(t -> chosen.put(t.getCode(), t));
            location.getAttributes().removeIf(a -> a.getTaxonomyTerm().getTaxonomy().getName().equals(ACCESSIBILITY)
                    && !chosen.containsKey(a.getTaxonomyTerm().getCode()));
            location.getAttributes().forEach(a -> chosen.remove(a.getTaxonomyTerm().getCode()));
            // The venue's page lists its accessibility in words, keyed by the feature's code: the same choice.
            location.getAccessibility().removeIf(a -> known.contains(a.getDetails())
                    && !form.accessibility().contains(a.getDetails()));
            Set<String> described = new HashSet<>();
            location.getAccessibility().forEach(a -> described.add(a.getDetails()));
            entities.flush();
            features.stream().filter(f -> form.accessibility().contains(f.code()) && !described.contains(f.code()))
                    .forEach(f -> location.getAccessibility().add(new Accessibility(
                            derived(id + "/accessibility/" + f.code()), f.name(), f.code(), null)));
            chosen.values().forEach(term -> location.getAttributes().add(new Attribute(
                    derived(id + "/attribute/" + term.getId()), id, "location", term)));
            return ids("select service_id from service_at_location where location_id = ?", id);
        });
    }

    // ---- topics -----------------------------------------------------------------------------------

    /** Every topic, top-level ones first then by name, with how many listed services use each. */
    public List<TopicRecord> topics() {
        Map<UUID, Long> used = new HashMap<>();
        jdbc.sql("""
                select t.id, count(distinct a.link_id) as services from taxonomy_term t
                  join taxonomy x on x.id = t.taxonomy_id and x.name = 'category'
                  join taxonomy_term u on u.id = t.id or u.parent_id = t.id
                  join attribute a on a.taxonomy_term_id = u.id and a.link_type = 'service'
                  join service s on s.id = a.link_id and s.status in ('active', 'temporarily closed')
                group by t.id""").query((rs, n) -> used.put(UUID.fromString(rs.getString(1)), rs.getLong(2))).list();
        return read(() -> terms.findAll().stream()
                .filter(t -> t.getTaxonomy().getName().equals(Directory.CATEGORY))
                .map(t -> new TopicRecord(t.getId(), t.getCode(), t.getName(), t.getNamePl(), t.getDescription(),
                        t.getParent() == null ? null : t.getParent().getCode(), used.getOrDefault(t.getId(), 0L)))
                .sorted((a, b) -> {
                    String left = (a.parentCode() == null ? a.code() : a.parentCode()) + (a.parentCode() == null
                            ? "" : "/" + a.name());
                    String right = (b.parentCode() == null ? b.code() : b.parentCode()) + (b.parentCode() == null
                            ? "" : "/" + b.name());
                    return left.compareToIgnoreCase(right);
                }).toList());
    }

    /** Adds a topic (under a top-level one when a parent is given) and answers its code. */
    public String addTopic(TopicForm form) {
        List<String> problems = new ArrayList<>();
        checkTopic(form, null, problems);
        String code = slug(Objects.requireNonNullElse(form.name(), ""));
        if (!code.isEmpty() && terms.findByTaxonomyNameAndCode(Directory.CATEGORY, code).isPresent()) {
            problems.add("Name: there is already a topic called " + form.name().strip() + ".");
        }
        refuseIf(problems);
        change("topic", () -> {
            Taxonomy taxonomy = terms.findAll().stream()
                    .filter(t -> t.getTaxonomy().getName().equals(Directory.CATEGORY)).findFirst().orElseThrow()
                    .getTaxonomy();
            TaxonomyTerm term = new TaxonomyTerm(derived("category/" + code), taxonomy, code, form.name().strip(),
                    RichText.plain(optional(form.description())), parent(form.parentCode()))
                    .inPolish(optional(form.namePl()), null);
            entities.persist(term);
            return List.of();
        });
        return code;
    }

    /** Renames, describes or re-files a topic; the services classified with it are written again for search. */
    public void editTopic(UUID id, TopicForm form) {
        List<String> problems = new ArrayList<>();
        checkTopic(form, id, problems);
        refuseIf(problems);
        change("topic", () -> {
            TaxonomyTerm term = Optional.ofNullable(entities.find(TaxonomyTerm.class, id))
                    .orElseThrow(() -> new UnknownRecordException("topic", id));
            term.describe(form.name().strip(), RichText.plain(optional(form.description())), parent(form.parentCode()));
            term.inPolish(optional(form.namePl()), term.getDescriptionPl());
            return ids("select a.link_id from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id"
                    + " where a.link_type = 'service' and (t.id = ? or t.parent_id = ?)", id, id);
        });
    }

    /**
     * Retires a topic nobody uses: refused, with the count, while any listed service is classified with it (or
     * below it), or while it has topics below it. Unlisted services and venues simply lose it.
     */
    public void retireTopic(UUID id) {
        TopicRecord topic = topics().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownRecordException("topic", id));
        List<String> problems = new ArrayList<>();
        if (topic.listedServices() > 0) {
            problems.add(topic.name() + " is used by " + topic.listedServices() + " published "
                    + (topic.listedServices() == 1 ? "service" : "services")
                    + "; move them to another topic first.");
        }
        long below = jdbc.sql("select count(*) from taxonomy_term where parent_id = ?").param(id.toString())
                .query(Long.class).single();
        if (below > 0) {
            problems.add(topic.name() + " has " + below + " topics below it; retire or move them first.");
        }
        refuseIf(problems);
        change("topic", () -> {
            List<UUID> affected = ids("select link_id from attribute where taxonomy_term_id = ? and link_type"
                    + " = 'service'", id);
            jdbc.sql("delete from attribute where taxonomy_term_id = ?").param(id.toString()).update();
            entities.remove(entities.find(TaxonomyTerm.class, id));
            return affected;
        });
    }

    private void checkTopic(TopicForm form, @Nullable UUID id, List<String> problems) {
        required(form.name(), "English name", 200, problems);
        String polish = optional(form.namePl());
        if (polish != null && polish.length() > 200) {
            problems.add("Polish name: at most 200 characters.");
        }
        String parentCode = optional(form.parentCode());
        if (parentCode != null) {
            Optional<TaxonomyTerm> parent = terms.findByTaxonomyNameAndCode(Directory.CATEGORY, parentCode);
            if (parent.isEmpty() || parent.get().getParent() != null) {
                problems.add("Part of: choose a top-level topic.");
            } else if (id != null && parent.get().getId().equals(id)) {
                problems.add("Part of: a topic cannot be part of itself.");
            } else if (id != null && jdbc.sql("select count(*) from taxonomy_term where parent_id = ?")
                    .param(id.toString()).query(Long.class).single() > 0) {
                problems.add("Part of: this topic has topics below it, so it stays a top-level topic.");
            }
        }
    }

    private @Nullable TaxonomyTerm parent(@Nullable String code) {
        String parentCode = optional(code);
        return parentCode == null ? null
                : terms.findByTaxonomyNameAndCode(Directory.CATEGORY, parentCode).orElseThrow();
    }

    // ---- localities and postcode areas ------------------------------------------------------------

    public List<LocalitySummary> localities() {
        return read(() -> localities.findAll().stream()
                .map(l -> new LocalitySummary(l.getCode(), l.getName(), l.getDescription(), 0))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
    }

    /** A locality's new name shows on every page, filter and document of the services there or covering it. */
    public void renameLocality(String code, String name) {
        List<String> problems = new ArrayList<>();
        String renamed = required(name, "Name", 120, problems);
        Locality locality = localities.findByCode(code).orElseThrow(() -> new UnknownRecordException("locality",
                code));
        if (renamed != null && localities.findByNameIgnoreCase(renamed)
                .filter(other -> !other.getId().equals(locality.getId())).isPresent()) {
            problems.add("Name: another locality is already called " + renamed + ".");
        }
        refuseIf(problems);
        change("locality", () -> {
            localities.findByCode(code).orElseThrow().rename(Objects.requireNonNull(renamed));
            return jdbc.sql("select s.id from service s where " + ServiceRepository.AT_OR_COVERING_LOCALITY)
                    .param("locality", locality.getId().toString())
                    .query((rs, n) -> UUID.fromString(rs.getString(1))).list();
        });
    }

    /** The postcode districts and sectors of the area, by code; in one locality when a code is given. */
    public List<PostcodeAreaRecord> postcodeAreas(@Nullable String localityCode) {
        return read(() -> postcodeAreas.findAll().stream()
                .filter(a -> localityCode == null || a.getLocality().getCode().equals(localityCode))
                .map(a -> new PostcodeAreaRecord(a.getCode(), a.getKind(), a.getLocality().getCode(),
                        a.getLocality().getName()))
                .sorted((a, b) -> a.code().compareTo(b.code())).toList());
    }

    /** A boundary change: the district or sector, and every venue whose postcode is in it, move locality. */
    public void movePostcodeArea(String code, String localityCode) {
        List<String> problems = new ArrayList<>();
        Optional<Locality> locality = localities.findByCode(Objects.requireNonNullElse(localityCode, ""));
        if (locality.isEmpty()) {
            problems.add("Locality: choose one of the council's localities.");
        }
        if (postcodeAreas.findById(code).isEmpty()) {
            problems.add("Postcode area: " + code + " is not one of the area's postcode districts or sectors.");
        }
        refuseIf(problems);
        change("postcode-area", () -> {
            PostcodeArea postcodeArea = postcodeAreas.findById(code).orElseThrow();
            Town town = postcodeArea.getTown();
            postcodeArea.moveTo(locality.get(), town != null && town.getLocality().getId().equals(
                    locality.get().getId()) ? town : null);
            entities.flush();
            return venuesFollowPostcodes(code.split(" ")[0]);
        });
    }

    /** A postcode district ("CW13") or sector ("CW1 9") new to the area, with its centre and locality. */
    public void addPostcodeArea(String code, String localityCode, @Nullable Double latitude,
            @Nullable Double longitude) {
        List<String> problems = new ArrayList<>();
        String normalised = Objects.requireNonNullElse(code, "").strip().toUpperCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        if (!AREA_CODE.matcher(normalised).matches()) {
            problems.add("Postcode area: enter a district like CW13 or a sector like CW1 9.");
        } else if (postcodeAreas.findById(normalised).isPresent()) {
            problems.add("Postcode area: " + normalised + " is already in the area.");
        }
        Optional<Locality> locality = localities.findByCode(Objects.requireNonNullElse(localityCode, ""));
        if (locality.isEmpty()) {
            problems.add("Locality: choose one of the council's localities.");
        }
        if (latitude == null || latitude < 49.8 || latitude > 60.9) {
            problems.add("Latitude: a number between 49.8 and 60.9 (the centre of the area, e.g. 53.0979).");
        }
        if (longitude == null || longitude < -8.7 || longitude > 1.8) {
            problems.add("Longitude: a number between -8.7 and 1.8 (e.g. -2.4416).");
        }
        refuseIf(problems);
        change("postcode-area", () -> {
            entities.persist(new PostcodeArea(normalised, normalised.contains(" ") ? "sector" : "district",
                    locality.get(), null, Objects.requireNonNull(latitude), Objects.requireNonNull(longitude)));
            entities.flush();
            return venuesFollowPostcodes(normalised.split(" ")[0]);
        });
    }

    /** Venues with a postcode in the district take the locality their postcode now lies in; their services. */
    private List<UUID> venuesFollowPostcodes(String district) {
        Set<UUID> moved = new HashSet<>();
        List<Object[]> venues = jdbc.sql("select a.location_id, a.postal_code from address a"
                        + " where upper(a.postal_code) like ?").param(district + " %")
                .query((rs, n) -> new Object[] {UUID.fromString(rs.getString(1)), rs.getString(2)}).list();
        for (Object[] venue : venues) {
            Optional<PostcodeLocation> where = area.postcodeAsStored((String) venue[1]);
            Location location = entities.find(Location.class, venue[0]);
            if (where.isPresent() && location != null
                    && !location.getLocality().getCode().equals(where.get().localityCode())) {
                Locality locality = localities.findByCode(where.get().localityCode()).orElseThrow();
                location.describe(location.getLocationType(), location.getName(), location.getDescription(),
                        location.getTransportation(), location.getLatitude(), location.getLongitude(), locality,
                        location.getTown() != null && location.getTown().getLocality().getId()
                                .equals(locality.getId()) ? location.getTown() : null);
                moved.add(location.getId());
            }
        }
        List<UUID> affected = new ArrayList<>();
        for (UUID venue : moved) {
            affected.addAll(ids("select service_id from service_at_location where location_id = ?", venue));
        }
        return affected;
    }

    // ---- saving and telling the rest of the portal ------------------------------------------------

    private interface Change {
        Collection<UUID> apply();
    }

    /**
     * Saves the change with the first batch of its services' {@link ServicesChanged}, then the other batches one
     * transaction each, then tells the in-memory tables to read again.
     */
    private void change(String what, Change change) {
        List<UUID> rest = LockConflicts.retried("reference-data", () -> transaction.execute(status -> {
            List<UUID> affected = List.copyOf(new LinkedHashSet<>(change.apply()));
            entities.flush();
            ReferenceDataWatch.count(jdbc); // other nodes read their tables again
            announce(affected.subList(0, Math.min(BATCH, affected.size())));
            return affected.subList(Math.min(BATCH, affected.size()), affected.size());
        }));
        for (int from = 0; from < rest.size(); from += BATCH) {
            List<UUID> batch = rest.subList(from, Math.min(rest.size(), from + BATCH));
            LockConflicts.retried("reference-data", () -> transaction.execute(status -> {
                announce(batch);
                return batch;
            }));
        }
        events.publishEvent(new ReferenceDataChanged(what));
    }

    /** Moves the services' last-modified time (for Open Referral's {@code modified_after}) and raises the event. */
    private void announce(List<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return;
        }
        entities.createQuery("update Service s set s.lastModified = :now where s.id in :ids")
                .setParameter("now", clock.instant()).setParameter("ids", serviceIds).executeUpdate();
        events.publishEvent(new ServicesChanged(Set.copyOf(serviceIds)));
    }

    private List<UUID> ids(String sql, Object... params) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param instanceof UUID uuid ? uuid.toString() : param);
        }
        return statement.query((rs, n) -> UUID.fromString(rs.getString(1))).list();
    }

    private <T> T read(Supplier<T> work) {
        TransactionTemplate readOnly = new TransactionTemplate(Objects.requireNonNull(transaction
                .getTransactionManager()));
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> work.get());
    }

    // ---- checks -----------------------------------------------------------------------------------

    private static void refuseIf(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidListingException(problems);
        }
    }

    private static @Nullable String required(@Nullable String value, String field, int max, List<String> problems) {
        String text = RichText.plain(optional(value));
        if (text == null || text.isBlank()) {
            problems.add(field + ": required.");
            return null;
        }
        if (text.length() > max) {
            problems.add(field + ": at most " + max + " characters (it has " + text.length() + ").");
        }
        return text.strip();
    }

    private static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean webAddress(String text) {
        return text.length() <= 500 && WebAddress.parse(text).isPresent();
    }

    private static String like(String words) {
        String plain = Objects.requireNonNullElse(words, "").strip().toLowerCase(Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "");
        return "%" + plain + "%";
    }

    private static int page(int page, long total) {
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return Math.min(Math.max(1, page), pages);
    }

    private static String slug(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static UUID derived(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
