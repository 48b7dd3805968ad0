package org.familyhub.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.directory.ReferenceData;
import org.familyhub.directory.ReferenceData.OrganisationForm;
import org.familyhub.directory.ReferenceData.OrganisationRecord;
import org.familyhub.directory.ReferenceData.PostcodeAreaRecord;
import org.familyhub.directory.ReferenceData.RecordPage;
import org.familyhub.directory.ReferenceData.TermChoice;
import org.familyhub.directory.ReferenceData.TopicForm;
import org.familyhub.directory.ReferenceData.TopicRecord;
import org.familyhub.directory.ReferenceData.VenueForm;
import org.familyhub.directory.ReferenceData.VenueRecord;
import org.familyhub.directory.ReferenceData.VenueRow;
import org.familyhub.directory.ServicePage;
import org.familyhub.directory.Venues;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Who may correct the records services are built from (#15): editors and administrators organisations and venues
 * (a provider only their own organisation); administrators alone topics, localities and postcode areas, which
 * reach every page of the area. The directory checks and saves ({@link ReferenceData}).
 */
@Service
public class RecordEditing {

    private static final Logger LOG = LoggerFactory.getLogger(RecordEditing.class);

    private final ReferenceData records;
    private final Venues venues;
    private final WorkspaceAccess access;

    RecordEditing(ReferenceData records, Venues venues, WorkspaceAccess access) {
        this.records = records;
        this.venues = venues;
        this.access = access;
    }

    public RecordPage<OrganisationRecord> organisations(String words, int page) {
        access.editor();
        return records.organisations(words, page);
    }

    public Optional<OrganisationRecord> organisation(UUID id) {
        access.mayEdit(id);
        return records.organisation(id);
    }

    public void editOrganisation(UUID id, OrganisationForm form) {
        PortalUser user = access.mayEdit(id);
        records.editOrganisation(id, form);
        LOG.info("event=organisation-edited organisation={} by={}", id, user.username());
    }

    public RecordPage<VenueRow> venues(String words, int page) {
        access.editor();
        return records.venues(words, page);
    }

    public Optional<VenueRecord> venue(UUID id) {
        access.editor();
        return records.venue(id);
    }

    /** One page of the published services that meet at the venue. */
    public ServicePage servicesAt(UUID venueId, int page) {
        access.editor();
        return venues.servicesAt(venueId, page, ReferenceData.PAGE_SIZE);
    }

    public List<TermChoice> accessibilityFeatures() {
        access.editor();
        return records.accessibilityFeatures();
    }

    public Optional<String> localityOf(String postcode) {
        access.editor();
        return records.localityOf(postcode);
    }

    public void editVenue(UUID id, VenueForm form) {
        PortalUser user = access.editor();
        records.editVenue(id, form);
        LOG.info("event=venue-edited venue={} by={}", id, user.username());
    }

    public List<TopicRecord> topics() {
        administrator();
        return records.topics();
    }

    public String addTopic(TopicForm form) {
        PortalUser user = administrator();
        String code = records.addTopic(form);
        LOG.info("event=topic-added topic={} by={}", code, user.username());
        return code;
    }

    public void editTopic(UUID id, TopicForm form) {
        PortalUser user = administrator();
        records.editTopic(id, form);
        LOG.info("event=topic-edited topic={} by={}", id, user.username());
    }

    public void retireTopic(UUID id) {
        PortalUser user = administrator();
        records.retireTopic(id);
        LOG.info("event=topic-retired topic={} by={}", id, user.username());
    }

    public List<LocalitySummary> localities() {
        administrator();
        return records.localities();
    }

    public void renameLocality(String code, String name) {
        PortalUser user = administrator();
        records.renameLocality(code, name);
        LOG.info("event=locality-renamed locality={} by={}", code, user.username());
    }

    public List<PostcodeAreaRecord> postcodeAreas(@Nullable String localityCode) {
        administrator();
        return records.postcodeAreas(localityCode);
    }

    public void movePostcodeArea(String code, String localityCode) {
        PortalUser user = administrator();
        records.movePostcodeArea(code, localityCode);
        LOG.info("event=postcode-area-moved area={} locality={} by={}", code, localityCode, user.username());
    }

    public void addPostcodeArea(String code, String localityCode, @Nullable Double latitude,
            @Nullable Double longitude) {
        PortalUser user = administrator();
        records.addPostcodeArea(code, localityCode, latitude, longitude);
        LOG.info("event=postcode-area-added area={} by={}", code, user.username());
    }

    private PortalUser administrator() {
        PortalUser user = access.user();
        if (!user.has(Role.ADMIN)) {
            throw new NotPermittedException("Only administrators may change topics, localities and postcode areas.");
        }
        return user;
    }
}
