package org.familyhub.frontdoor.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.ReferralStatus;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.ui.MyReferralsSection;
import org.familyhub.shared.DateText;
import org.jspecify.annotations.Nullable;

/** A professional's referrals, newest first, each with its status, its dates and any reason it was declined. */
@Route(value = "my-referrals", layout = MainLayout.class)
@RolesAllowed(Roles.PROFESSIONAL)
class MyReferralsView extends Article implements HasDynamicTitle, BeforeEnterObserver {

    private final FrontDoor frontDoor;
    private final DateText dates;
    private final List<MyReferralsSection> sections;

    MyReferralsView(FrontDoor frontDoor, DateText dates, List<MyReferralsSection> sections) {
        this.frontDoor = frontDoor;
        this.dates = dates;
        this.sections = sections.stream().sorted(Comparator.comparingInt(MyReferralsSection::order)).toList();
    }

    /** Read on every visit: statuses change while the professional is signed in. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("frontdoor.mine.title")));
        var referrals = frontDoor.myReferrals();
        if (referrals.isEmpty()) {
            add(new Paragraph(getTranslation("frontdoor.mine.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("service-list");
            referrals.forEach(referral -> list.add(item(referral)));
            add(list);
        }
        // Other modules' requests on a family's behalf (course places), after the requests for help.
        sections.forEach(section -> add(section.create()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frontdoor.mine.title");
    }

    private ListItem item(ReferralStatus referral) {
        ListItem item = new ListItem();
        item.addClassName("service-card");
        item.add(new H2(referral.reference() + (referral.serviceName() == null ? "" : ": " + referral.serviceName())));
        if (referral.familyName() != null) {
            item.add(new Paragraph(referral.familyName()));
        }
        // A closed referral's status names its outcome ("Closed: family helped"): said once, not again below.
        Paragraph status = new Paragraph(getTranslation("frontdoor.request.status") + ": "
                + RequestWords.status(this, referral.status(), referral.outcome()));
        status.addClassName("referral-status");
        item.add(status);
        item.add(new Paragraph(getTranslation("frontdoor.mine.sent", date(referral.sentAt()))));
        line(item, "frontdoor.mine.firstResponse", referral.firstResponseAt());
        line(item, "frontdoor.mine.allocated", referral.allocatedAt());
        line(item, "frontdoor.mine.closed", referral.closedAt());
        if (referral.declineReason() != null) {
            item.add(new Paragraph(getTranslation("frontdoor.mine.declineReason", referral.declineReason())));
        }
        return item;
    }

    private void line(ListItem item, String key, @Nullable Instant at) {
        if (at != null) {
            item.add(new Paragraph(getTranslation(key, date(at))));
        }
    }

    private String date(Instant at) {
        return dates.dateTime(at, getLocale());
    }
}
