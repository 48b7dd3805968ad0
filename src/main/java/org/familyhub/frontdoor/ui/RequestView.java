package org.familyhub.frontdoor.ui;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.directory.ServiceCard;
import org.familyhub.frontdoor.Child;
import org.familyhub.frontdoor.ChildcareNeed;
import org.familyhub.frontdoor.Inbox;
import org.familyhub.frontdoor.InvalidRequestException;
import org.familyhub.frontdoor.Outcome;
import org.familyhub.frontdoor.RequestDetails;
import org.familyhub.frontdoor.RequestKind;
import org.familyhub.frontdoor.RequestStatus;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.DateText;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One request, opened from the inbox: a safeguarding concern and the front door's instructions first,
 * then the family, the request, its history, and the moves open to the user. Opening it is audited.
 */
@Route(value = "inbox/request", layout = MainLayout.class)
@RolesAllowed({Roles.FRONT_DOOR, Roles.PROVIDER, Roles.EDITOR})
class RequestView extends Article implements HasUrlParameter<String>, HasDynamicTitle {

    private final Inbox inbox;
    private final CurrentUser currentUser;
    private final PortalProperties portal;
    private final DateText dates;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private final FormErrors errors = new FormErrors();
    private final Paragraph saved = new Paragraph();
    private String title = "";
    private @Nullable UUID id;

    RequestView(Inbox inbox, CurrentUser currentUser, PortalProperties portal, DateText dates) {
        this.inbox = inbox;
        this.dates = dates;
        this.currentUser = currentUser;
        this.portal = portal;
        saved.addClassNames("notice", "notice-info");
        saved.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            id = UUID.fromString(parameter);
            render(inbox.open(id));
            saved.setVisible(false);
        } catch (IllegalArgumentException | AccessDeniedException notYours) {
            // Missing and not-yours look the same, so request ids cannot be probed.
            throw new NotFoundException();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(RequestDetails request) {
        removeAll();
        title = getTranslation("frontdoor.request.title", request.summary().reference());
        add(new RouterLink(getTranslation("frontdoor.request.back"), InboxView.class), new H1(title));
        if (request.summary().safeguarding()) {
            Section concern = new Section(new H2(getTranslation("frontdoor.request.safeguardingTitle")),
                    new Paragraph(getTranslation("frontdoor.request.safeguardingInstructions", portal.frontDoorPhone())));
            if (request.safeguardingNote() != null) {
                concern.add(new Paragraph(request.safeguardingNote()));
            }
            concern.addClassNames("notice", "notice-warning", "safeguarding-concern");
            add(concern);
        }
        add(saved, errors, facts(request), history(request), actions(request));
    }

    private Component facts(RequestDetails r) {
        DescriptionList list = new DescriptionList();
        fact(list, "frontdoor.request.status", RequestWords.status(this, r.summary().status(), r.outcome()));
        if (r.summary().due() != null) {
            fact(list, "frontdoor.inbox.dueTerm", getTranslation("frontdoor.inbox.due." + r.summary().due().target().name()
                    + (r.summary().due().overdue() ? ".late" : ""), dates.date(r.summary().due().by(), getLocale())));
        }
        if (r.purged()) {
            add(new Paragraph(getTranslation("frontdoor.request.purged")));
        }
        fact(list, "frontdoor.request.name", r.familyName());
        fact(list, "frontdoor.request.children", r.children().stream().map(this::child)
                .collect(Collectors.joining("; ")));
        fact(list, "frontdoor.request.kind", getTranslation("frontdoor.kind." + r.summary().kind().name()));
        if (r.childcare() != null) {
            childcare(list, r.childcare());
        }
        fact(list, "frontdoor.request.topics", String.join(", ", r.topics()));
        fact(list, "frontdoor.request.helpWanted", r.helpWanted());
        fact(list, "frontdoor.request.postcode", r.postcode());
        fact(list, "frontdoor.request.locality", r.summary().localityName());
        fact(list, "frontdoor.request.contact", String.join(", ", r.contactMethods().stream()
                .map(m -> getTranslation("frontdoor.contact." + m.name())).toList())
                + (r.phone() == null ? "" : " · " + r.phone()) + (r.email() == null ? "" : " · " + r.email()));
        fact(list, "frontdoor.request.contactTimes", r.contactTimes());
        fact(list, "frontdoor.request.safeToLeaveMessage", yesNo(r.safeToLeaveMessage()));
        fact(list, "frontdoor.request.consent", r.consentGivenBy() != null && r.consentGivenOn() != null
                ? getTranslation("frontdoor.request.consentGivenBy", r.consentGivenBy(), dates.date(r.consentGivenOn(), getLocale()))
                : yesNo(r.consentToShare()));
        fact(list, "frontdoor.request.referrer", r.referrerName());
        fact(list, "frontdoor.request.urgency", r.summary().urgency() == null ? null
                : getTranslation("frontdoor.urgency." + r.summary().urgency().name()));
        fact(list, "frontdoor.request.levelOfNeed", r.levelOfNeed() == null ? null
                : getTranslation("level." + r.levelOfNeed().name()));
        fact(list, "frontdoor.request.service", r.summary().serviceName());
        fact(list, "frontdoor.request.team", r.summary().team());
        fact(list, "frontdoor.request.worker", r.worker());
        fact(list, "frontdoor.request.declineReason", r.declineReason());
        fact(list, "frontdoor.request.outcome", r.outcome() == null ? null
                : getTranslation("frontdoor.outcome." + r.outcome().name())
                        + (r.outcomeNote() == null ? "" : ": " + r.outcomeNote()));
        fact(list, "frontdoor.request.firstResponse", hours(r.timeToFirstResponse()));
        fact(list, "frontdoor.request.allocation", hours(r.timeToAllocation()));
        return list;
    }

    /** What a brokerage request asks the Family Information Service to find. */
    private void childcare(DescriptionList list, ChildcareNeed need) {
        fact(list, "frontdoor.request.childcareAge", need.childAgeMonths() == null ? null
                : getTranslation("frontdoor.request.ageYearsMonths", need.childAgeMonths() / 12,
                        need.childAgeMonths() % 12).strip());
        fact(list, "frontdoor.request.childcareDays", need.days().stream().sorted()
                .map(day -> day.getDisplayName(TextStyle.FULL, getLocale())).collect(Collectors.joining(", ")));
        fact(list, "frontdoor.request.childcareTimes", getTranslation("frontdoor.request.fromTo",
                need.from().format(HOURS), need.to().format(HOURS)));
        fact(list, "frontdoor.request.fundedHours", getTranslation("frontdoor.funded." + need.fundedHours().name()));
        fact(list, "frontdoor.request.sendNeeds", need.sendNeeds());
    }

    private void fact(DescriptionList list, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            list.add(new Term(getTranslation(key)), new Description(value));
        }
    }

    private String child(Child child) {
        String age = getTranslation("frontdoor.request.childLine", child.age() == null ? 0 : child.age());
        return child.additionalNeeds() == null ? age : age + " (" + child.additionalNeeds() + ")";
    }

    private @Nullable String yesNo(@Nullable Boolean answer) {
        return answer == null ? null : getTranslation(answer ? "frontdoor.yes" : "frontdoor.no");
    }

    private @Nullable String hours(@Nullable Duration duration) {
        return duration == null ? null : getTranslation("frontdoor.duration", duration.toHours());
    }

    private Component history(RequestDetails request) {
        OrderedList list = new OrderedList();
        request.history().forEach(entry -> list.add(new ListItem(dates.dateTime(entry.at(), getLocale()) + " · "
                + RequestWords.actor(this, entry.actor()) + " · "
                + RequestWords.action(this, entry.action(), entry.detail()))));
        return new Section(new H2(getTranslation("frontdoor.request.history")), list);
    }

    private Component actions(RequestDetails request) {
        Section section = new Section(new H2(getTranslation("frontdoor.request.actions")));
        section.addClassName("request-actions");
        RequestStatus status = request.summary().status();
        boolean brokerage = request.summary().kind() == RequestKind.CHILDCARE_BROKERAGE;
        boolean frontDoor = currentUser.get().filter(user -> (user.has(Role.FRONT_DOOR)
                && user.covers(request.summary().localityCode()) && (!brokerage || request.summary().safeguarding()))
                || (brokerage && user.has(Role.EDITOR))).isPresent();
        UUID requestId = request.summary().id();
        if (status.isOpen() && !request.summary().safeguarding()) {
            TextArea note = errors.field("note", new TextArea(getTranslation("frontdoor.request.flagNote")));
            section.add(action(note, "frontdoor.request.flag", () -> inbox.flagSafeguarding(requestId, note.getValue())));
        }
        if (frontDoor && status.next().contains(RequestStatus.ASSIGNED)) {
            ComboBox<ServiceCard> service = errors.field("service", new ComboBox<>(getTranslation("frontdoor.request.service")));
            service.setItems(inbox.servicesFor(requestId));
            service.setItemLabelGenerator(ServiceCard::name);
            section.add(action(service, "frontdoor.request.assignService", () -> inbox.assignToService(requestId,
                    service.getValue() == null ? null : service.getValue().id())));
            TextField team = errors.field("team", new TextField(getTranslation("frontdoor.request.teamName")));
            section.add(action(team, "frontdoor.request.assignTeam", () -> inbox.assignToTeam(requestId, team.getValue())));
        }
        if (status.next().contains(RequestStatus.ACCEPTED)) {
            section.add(action(null, "frontdoor.request.accept", () -> inbox.accept(requestId)));
        }
        if (status.next().contains(RequestStatus.DECLINED)) {
            TextArea reason = errors.field("reason", new TextArea(getTranslation("frontdoor.request.declineReasonField")));
            section.add(action(reason, "frontdoor.request.decline", () -> inbox.decline(requestId, reason.getValue())));
        }
        if (status.next().contains(RequestStatus.ALLOCATED)) {
            TextField worker = errors.field("worker", new TextField(getTranslation("frontdoor.request.workerName")));
            section.add(action(worker, "frontdoor.request.allocate", () -> inbox.allocate(requestId, worker.getValue())));
        }
        if (status.next().contains(RequestStatus.CLOSED)) {
            RadioButtonGroup<Outcome> outcome = errors.field("outcome", new RadioButtonGroup<>());
            outcome.setLabel(getTranslation("frontdoor.request.outcomeField"));
            outcome.setItems(Outcome.values());
            outcome.setItemLabelGenerator(o -> getTranslation("frontdoor.outcome." + o.name()));
            TextField note = errors.field("outcomeNote", new TextField(getTranslation("frontdoor.request.outcomeNote")));
            Div fields = new Div(outcome, note);
            section.add(action(fields, "frontdoor.request.close",
                    () -> inbox.close(requestId, outcome.getValue(), note.getValue())));
        }
        return section;
    }

    private Div action(@Nullable Component field, String labelKey, Supplier<RequestDetails> move) {
        Div block = new Div();
        block.addClassName("request-action");
        if (field != null) {
            block.add(field);
        }
        block.add(new Button(getTranslation(labelKey), click -> {
            try {
                RequestDetails after = move.get();
                render(after);
                saved.setText(getTranslation("frontdoor.request.done"));
                saved.setVisible(true);
            } catch (InvalidRequestException invalid) {
                errors.show(invalid.errors());
            }
        }));
        return block;
    }
}
