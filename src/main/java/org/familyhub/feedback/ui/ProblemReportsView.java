package org.familyhub.feedback.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.feedback.InvalidSubmissionException;
import org.familyhub.feedback.ProblemReports;
import org.familyhub.feedback.ProblemStatus;
import org.familyhub.feedback.ProblemTask;
import org.familyhub.feedback.Upstream;
import org.familyhub.feedback.UpstreamMail;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.DateText;

/** The editors' task list of problems reported with listings: resolve or dismiss, with a reply. */
@Route(value = ProblemReportsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Roles.EDITOR)
@StyleSheet("context://styles/feedback.css")
class ProblemReportsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "workspace/feedback/problems";

    private final ProblemReports reports;
    private final DateText dates;
    private final Clock clock;
    private final Div open = new Div();
    private final Div closed = new Div();
    private final Paragraph status = new Paragraph();

    ProblemReportsView(ProblemReports reports, DateText dates, Clock clock) {
        this.reports = reports;
        this.dates = dates;
        this.clock = clock;
        addClassName("workspace-page");
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("feedback.problems.title")), status,
                new H2(getTranslation("feedback.problems.open")), open,
                new H2(getTranslation("feedback.problems.closed")), closed);
        refresh();
    }

    private void refresh() {
        open.removeAll();
        List<ProblemTask> tasks = reports.open();
        if (tasks.isEmpty()) {
            open.add(new Paragraph(getTranslation("feedback.problems.none")));
        }
        tasks.forEach(task -> open.add(task(task)));
        closed.removeAll();
        reports.recentlyClosed().forEach(task -> closed.add(new Paragraph(getTranslation("feedback.problems.closedLine",
                task.reference(), task.serviceName(), getTranslation("feedback.problems.status." + task.status()),
                task.closedBy(), task.replied() ? getTranslation("feedback.problems.replied") : ""))));
    }

    private Section task(ProblemTask task) {
        Section item = new Section();
        item.addClassName("feedback-task");
        item.setId("problem-" + task.reference());
        item.add(new H3(task.reference() + ": " + getTranslation("feedback.problem.kind." + task.kind().name())));
        Paragraph listing = new Paragraph(getTranslation("feedback.problems.listing") + " ");
        listing.add(new Anchor("services/" + task.serviceId(), task.serviceName()));
        item.add(listing, new Paragraph(getTranslation("feedback.problems.reported",
                dates.dateTime(task.reportedAt(), getLocale()))));
        Paragraph description = new Paragraph(task.description());
        description.addClassName("feedback-quote");
        item.add(description);
        if (task.upstream() != null) {
            item.add(upstream(task.upstream()));
            if (task.upstream().withheld()) {
                item.add(sendAnyway(task));
            }
        }
        TextArea note = new TextArea(getTranslation("feedback.problems.note"));
        note.addClassName("problem-note");
        TextArea reply = new TextArea(getTranslation("feedback.problems.reply"));
        reply.addClassName("problem-reply");
        reply.setEnabled(task.canReply());
        reply.setHelperText(getTranslation(task.canReply() ? "feedback.problems.reply.hint"
                : "feedback.problems.reply.none"));
        Button resolve = new Button(getTranslation("feedback.problems.resolve"),
                click -> close(task, ProblemStatus.RESOLVED, note.getValue(), reply.getValue()));
        resolve.addThemeVariants(ButtonVariant.PRIMARY);
        resolve.addClassName("resolve");
        Button dismiss = new Button(getTranslation("feedback.problems.dismiss"),
                click -> close(task, ProblemStatus.DISMISSED, note.getValue(), reply.getValue()));
        dismiss.addClassName("dismiss");
        Div actions = new Div(resolve, dismiss);
        actions.addClassName("feedback-actions");
        item.add(note, reply, actions);
        return item;
    }

    /** "Passed to Northshire Council on 3 December 2026; changed by them on 5 December 2026." */
    private Paragraph upstream(Upstream upstream) {
        Paragraph line = new Paragraph(upstream.sentAt() == null
                ? getTranslation("feedback.problems.upstream.withheld", upstream.feedName())
                : upstream.changedAt() == null
                        ? getTranslation("feedback.problems.upstream.sent", upstream.feedName(), day(upstream.sentAt()))
                        : getTranslation("feedback.problems.upstream.changed", upstream.feedName(),
                                day(upstream.sentAt()), day(upstream.changedAt())));
        line.addClassName("problem-upstream");
        return line;
    }

    /**
     * "Send to the publisher anyway" for a report withheld because it may hold personal details: it first shows the
     * e-mail as it would go (the address and every word) and sends only when staff confirm.
     */
    private Div sendAnyway(ProblemTask task) {
        Div area = new Div();
        area.addClassName("problem-send-anyway");
        Button ask = new Button(getTranslation("feedback.problems.upstream.sendAnyway"));
        ask.addClassName("send-anyway");
        ask.addClickListener(click -> reports.withheldMail(task.id()).ifPresentOrElse(mail -> {
            ask.setVisible(false);
            area.add(confirmation(task, mail, () -> {
                area.removeAll();
                area.add(ask);
                ask.setVisible(true);
            }));
        }, () -> status.setText(getTranslation("feedback.problems.upstream.notSent", task.reference()))));
        area.add(ask);
        return area;
    }

    private Div confirmation(ProblemTask task, UpstreamMail mail, Runnable cancelled) {
        Paragraph question = new Paragraph(getTranslation("feedback.problems.upstream.confirm", mail.feedName(),
                mail.to()));
        Paragraph subject = new Paragraph(getTranslation("feedback.problems.upstream.subject", mail.subject()));
        Pre body = new Pre(mail.body());
        body.addClassName("problem-upstream-mail");
        Button send = new Button(getTranslation("feedback.problems.upstream.send"), click -> {
            boolean sent = reports.sendWithheld(task.id());
            status.setText(getTranslation(sent ? "feedback.problems.upstream.sentNow"
                    : "feedback.problems.upstream.notSent", task.reference(), mail.feedName()));
            refresh();
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("send-confirmed");
        Button cancel = new Button(getTranslation("feedback.problems.upstream.cancel"), click -> cancelled.run());
        Div confirm = new Div(question, subject, body, new Div(send, cancel));
        confirm.addClassName("problem-send-confirm");
        confirm.getElement().setAttribute("role", "group");
        confirm.getElement().setAttribute("aria-label", getTranslation("feedback.problems.upstream.sendAnyway"));
        return confirm;
    }

    private String day(Instant at) {
        return dates.date(at.atZone(clock.getZone()).toLocalDate(), getLocale());
    }

    private void close(ProblemTask task, ProblemStatus outcome, String note, String reply) {
        try {
            reports.close(task.id(), outcome, note, reply);
            status.setText(getTranslation("feedback.problems.done", task.reference(),
                    getTranslation("feedback.problems.status." + outcome)));
            refresh();
        } catch (InvalidSubmissionException invalid) {
            status.setText(String.join(" ", invalid.problems().stream().map(p -> Labels.problem(this, p)).toList()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.problems.title");
    }
}
