package org.familyhub.workspace.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.shared.DateText;
import org.familyhub.shared.SavedWords;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.DataQuality;
import org.familyhub.workspace.quality.QualityKind;
import org.familyhub.workspace.quality.QualityTask;

/**
 * Data quality tasks (#20): how many of each kind the checks found, then the open tasks 20 to a page, each linking
 * to the listing's edit page and dismissible with a reason; and "Check now" for a run before the nightly one.
 */
@Route(value = "workspace/quality", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class QualityView extends Div implements HasDynamicTitle {

    private final DataQuality quality;
    private final DateText dates;
    private final Feedback feedback = new Feedback();
    private final Section counts = new Section();
    private final Section listed = new Section();
    private final RecordPager pager = new RecordPager(this::show);

    QualityView(DataQuality quality, DateText dates) {
        this.quality = quality;
        this.dates = dates;
        addClassName("workspace-quality");
        counts.setId("quality-counts");
        listed.setId("quality-tasks");
        Button check = new Button(getTranslation("quality.checkNow"), click -> {
            quality.checkNow();
            feedback.done(getTranslation("quality.checking"));
        });
        add(new Anchor("workspace", getTranslation("editor.title")), new H1(getPageTitle()),
                new Paragraph(getTranslation("quality.intro")), check, feedback, counts, listed, pager);
        show(1);
    }

    private void show(int page) {
        Map<QualityKind, Integer> open = quality.openCounts();
        int total = open.values().stream().mapToInt(Integer::intValue).sum();
        int pages = Math.max(1, (total + DataQuality.PAGE - 1) / DataQuality.PAGE);
        int shown = Math.min(Math.max(1, page), pages);
        showCounts(open);
        listed.removeAll();
        listed.add(new H2(getTranslation("quality.tasks", total)));
        List<QualityTask> tasks = quality.tasks(shown);
        if (tasks.isEmpty()) {
            listed.add(new Paragraph(getTranslation("quality.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("quality-task-list");
            tasks.forEach(task -> list.add(item(task, shown)));
            listed.add(list);
        }
        pager.at(shown, pages);
    }

    private void showCounts(Map<QualityKind, Integer> open) {
        counts.removeAll();
        UnorderedList list = new UnorderedList();
        open.forEach((kind, count) -> list.add(new ListItem(getTranslation("quality.count", kind(kind), count))));
        counts.add(new H2(getTranslation("quality.counts")), list);
    }

    private ListItem item(QualityTask task, int page) {
        Anchor listing = new Anchor("workspace/edit/" + task.serviceId(), task.serviceName());
        Paragraph what = new Paragraph(kind(task.kind()) + ": " + say(task.details()));
        UUID other = task.otherServiceId();
        if (other != null) {
            what.add(new Text(" "), new Anchor("workspace/edit/" + other, getTranslation("quality.openOther")));
        }
        Paragraph since = new Paragraph(getTranslation("quality.found", dates.longDateTime(task.foundAt(), getLocale())));
        TextField reason = new TextField(getTranslation("quality.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(DataQuality.REASON_LENGTH);
        Button dismiss = new Button(getTranslation("quality.dismiss"), click -> dismiss(task, reason, page));
        dismiss.getElement().setAttribute("aria-label", getTranslation("quality.dismiss") + ": " + task.serviceName());
        return new ListItem(listing, what, since, reason, dismiss);
    }

    private void dismiss(QualityTask task, TextField reason, int page) {
        if (reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("quality.reasonNeeded"));
            return;
        }
        quality.dismiss(task.id(), reason.getValue());
        feedback.done(getTranslation("quality.dismissed", task.serviceName()));
        show(page);
    }

    /** A finding's details in this page's language (an older task's English sentence as it was written). */
    private String say(SavedWords words) {
        return words.say((key, values) -> getTranslation(key, values), date -> dates.date(date, getLocale()));
    }

    private String kind(QualityKind kind) {
        return getTranslation("quality.kind." + kind.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quality.title");
    }
}
