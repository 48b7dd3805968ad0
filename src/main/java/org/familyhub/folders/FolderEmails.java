package org.familyhub.folders;

import java.util.ArrayList;
import java.util.List;

import org.familyhub.directory.PrintedEntries;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.Timetable;
import org.familyhub.portal.BundleText;
import org.familyhub.portal.EntryFacts;
import org.familyhub.portal.ListingWords;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.portal.ShortlistEmail;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * The words of a folder sent to a family, in their language (English or Polish): each service with its cost, town,
 * next sessions, address and page, as the shortlist's e-mail gives them, so the family can act on it away from the
 * screen. The folder's label and the professional's notes are theirs and are not sent.
 */
@Component
class FolderEmails {

    private final PortalPageProperties pages;
    private final PortalProperties portal;
    private final Timetable timetable;
    private final Translations words;

    FolderEmails(PortalPageProperties pages, PortalProperties portal, Timetable timetable, Translations words) {
        this.pages = pages;
        this.portal = portal;
        this.timetable = timetable;
        this.words = words;
    }

    ShortlistEmail.Wording wording(String language) {
        BundleText text = new BundleText(language, words);
        return new ShortlistEmail.Wording(text.translate("folders.email.subject", portal.portalName()),
                text.translate("folders.email.intro", portal.areaName()), text.translate("shortlist.emailBodyShare"),
                text.translate("footer.safeguarding") + " " + text.translate("footer.worried", portal.frontDoorPhone()));
    }

    List<ShortlistEmail.Line> lines(List<PrintedEntries.Entry> entries, String language) {
        BundleText text = new BundleText(language, words);
        ListingWords listing = new ListingWords(text, text.locale(), portal.areaName(), timetable.today());
        EntryFacts facts = new EntryFacts(listing, text, pages.base());
        return entries.stream().map(entry -> {
            ServiceDetails service = entry.service();
            List<String> lines = new ArrayList<>(List.of(
                    text.translate("card.cost") + ": " + listing.cost(service.cost()),
                    text.translate("card.where") + ": " + listing.places(service.places())));
            facts.of(entry).forEach(fact -> lines.add(fact.label() + ": " + fact.value()));
            return new ShortlistEmail.Line(service.id(), service.name(), lines);
        }).toList();
    }
}
