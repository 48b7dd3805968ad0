package org.familyhub.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.familyhub.account.PortalUser;
import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.Listings;
import org.familyhub.directory.OrganisationSummary;
import org.familyhub.directory.PostcodeLocation;
import org.familyhub.directory.UnknownRecordException;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.shared.outbound.Fetched;
import org.familyhub.shared.outbound.OutboundFetch;
import org.familyhub.shared.outbound.OutboundFetchException;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors turn a page from an old council website into a draft listing: the page is read with jsoup
 * ({@link LegacyPage}) and the draft waits in the workspace to be checked, corrected and published.
 */
@Service
@Transactional
public class LegacyPageImport {

    private static final int MAX_BYTES = 2_000_000;

    private final ListingWorkflow workflow;
    private final Listings listings;
    private final AreaLookup area;
    private final WorkspaceAccess access;
    private final OutboundFetch web;

    LegacyPageImport(ListingWorkflow workflow, Listings listings, AreaLookup area, WorkspaceAccess access,
            OutboundFetch web) {
        this.workflow = workflow;
        this.listings = listings;
        this.area = area;
        this.access = access;
        this.web = web;
    }

    /** A new draft listing for the organisation from the page's HTML. */
    public Draft importPage(String html, UUID organisationId) {
        PortalUser editor = access.editor();
        OrganisationSummary organisation = listings.organisation(organisationId)
                .orElseThrow(() -> new UnknownRecordException("organisation", organisationId));
        LegacyPage page = LegacyPage.read(html);
        String town = page.town();
        if (page.postcode() != null) {
            // The area's own town for the postcode beats a guess from the address lines.
            town = area.postcode(page.postcode()).map(PostcodeLocation::town).orElse(town);
        }
        HsdsDocuments.Service blank = ServiceDocumentJson.JSON.convertValue(Map.of(
                "id", UUID.randomUUID().toString(), "name", page.title(), "status", "active",
                "organization", Map.of("id", organisation.id().toString(), "name", organisation.name())),
                HsdsDocuments.Service.class);
        ListingForm form = new ListingForm(page.title(), null, page.description(), "active", page.email(), null,
                page.phone(), null, null, null, null, null, page.venueName(), page.address(), town, page.postcode(),
                page.openingTimes());
        return workflow.propose(form.applyTo(blank), editor);
    }

    /**
     * The same, fetching the page from the old website. Only public web addresses (see {@link OutboundFetch}):
     * whatever went wrong, the editor is told only that it could not be fetched.
     */
    public Draft importUrl(String url, UUID organisationId) {
        access.editor();
        Fetched page;
        try {
            page = web.get(url, "text/html,application/xhtml+xml", MAX_BYTES);
        } catch (OutboundFetchException e) {
            throw notFetched();
        }
        if (page.status() != 200) {
            throw notFetched();
        }
        try {
            return importPage(Jsoup.parse(new ByteArrayInputStream(page.body()),
                    page.charset() == null ? null : page.charset().name(), page.uri().toString()).outerHtml(),
                    organisationId);
        } catch (IOException e) {
            throw notFetched();
        }
    }

    private static IllegalArgumentException notFetched() {
        return new IllegalArgumentException(OutboundFetchException.NOT_FETCHED
                + ". Save the page from your browser and upload the file instead.");
    }
}
