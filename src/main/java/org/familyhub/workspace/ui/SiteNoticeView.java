package org.familyhub.workspace.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.DateEntry;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.InvalidNoticeException;
import org.familyhub.workspace.NoticeLevel;
import org.familyhub.workspace.SiteNotice;
import org.familyhub.workspace.SiteNotices;
import org.familyhub.workspace.SiteNotices.NoticeForm;

/**
 * The site-wide notice for urgent news (#18): the notices showing and scheduled, each with "End now", and a
 * form to add one in English and Polish with British dates and 24-hour times (UK time).
 */
@Route(value = "workspace/site-notices", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class SiteNoticeView extends Div implements HasDynamicTitle {

    private final SiteNotices notices;
    private final DateText dates;
    private final Clock clock;
    private final Feedback feedback = new Feedback();
    private final Section listed = new Section();
    private final TextArea english = new TextArea();
    private final TextArea polish = new TextArea();
    private final RadioButtonGroup<NoticeLevel> level = new RadioButtonGroup<>();
    private final DatePicker startDate = DateEntry.localised(new DatePicker());
    private final TimePicker startTime = time();
    private final DatePicker endDate = DateEntry.localised(new DatePicker());
    private final TimePicker endTime = time();

    SiteNoticeView(SiteNotices notices, DateText dates, Clock clock) {
        this.notices = notices;
        this.dates = dates;
        this.clock = clock;
        addClassName("workspace-site-notices");
        listed.setId("site-notices-listed");
        english.setLabel(getTranslation("notice.editor.english"));
        english.setHelperText(getTranslation("notice.editor.englishHelp", SiteNotices.MAX_LENGTH));
        english.setRequiredIndicatorVisible(true);
        polish.setLabel(getTranslation("notice.editor.polish"));
        polish.setHelperText(getTranslation("notice.editor.polishHelp"));
        level.setLabel(getTranslation("notice.editor.level"));
        level.setItems(NoticeLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("notice.editor.level." + l.name()));
        level.setValue(NoticeLevel.URGENT);
        startDate.setLabel(getTranslation("notice.editor.startDate"));
        startTime.setLabel(getTranslation("notice.editor.startTime"));
        endDate.setLabel(getTranslation("notice.editor.endDate"));
        endTime.setLabel(getTranslation("notice.editor.endTime"));
        ZonedDateTime now = ZonedDateTime.now(clock);
        startDate.setValue(now.toLocalDate());
        startTime.setValue(now.toLocalTime().withSecond(0).withNano(0));
        endTime.setValue(LocalTime.of(18, 0));
        Button add = new Button(getTranslation("notice.editor.add"), click -> add());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(english, polish, level, startDate, startTime, endDate, endTime);
        form.setColspan(english, 2);
        form.setColspan(polish, 2);
        form.setColspan(level, 2);
        Section adding = new Section(new H2(getTranslation("notice.editor.addTitle")), form, add);
        add(new Anchor("workspace", getTranslation("editor.title")), new H1(getPageTitle()),
                new Paragraph(getTranslation("notice.editor.intro")), feedback, listed, adding);
        showList();
    }

    private static TimePicker time() {
        TimePicker picker = new TimePicker();
        // 24-hour whatever the browser's language: "17:30", never "5:30 PM".
        picker.setLocale(Locale.UK);
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }

    private void add() {
        try {
            if (startDate.isInvalid() || endDate.isInvalid() || startTime.isInvalid() || endTime.isInvalid()) {
                throw new IllegalArgumentException(getTranslation("notice.problem.badDateOrTime"));
            }
            notices.add(new NoticeForm(english.getValue(), polish.getValue(), level.getValue(), startDate.getValue(),
                    startTime.getValue(), endDate.getValue(), endTime.getValue()));
            english.clear();
            polish.clear();
            feedback.done(getTranslation("notice.editor.added"));
            showList();
        } catch (InvalidNoticeException invalid) {
            feedback.problems(getTranslation("editor.problems"), invalid.problems().stream()
                    .map(key -> getTranslation(key, SiteNotices.MAX_LENGTH)).toList());
        } catch (IllegalArgumentException invalid) {
            feedback.problems(getTranslation("editor.problems"), List.of(String.valueOf(invalid.getMessage())));
        }
    }

    private void showList() {
        listed.removeAll();
        listed.add(new H2(getTranslation("notice.editor.listTitle")));
        List<SiteNotice> all = notices.currentAndScheduled();
        if (all.isEmpty()) {
            listed.add(new Paragraph(getTranslation("notice.editor.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("site-notice-list");
        all.forEach(notice -> list.add(item(notice)));
        listed.add(list);
    }

    private ListItem item(SiteNotice notice) {
        boolean showing = notice.showsAt(clock.instant());
        Locale locale = getLocale();
        Paragraph when = new Paragraph(getTranslation(showing ? "notice.editor.showing" : "notice.editor.scheduled",
                dates.dateTime(notice.startsAt(), locale), dates.dateTime(notice.endsAt(), locale),
                getTranslation("notice.editor.level." + notice.level().name()), notice.setBy()));
        Paragraph text = new Paragraph(notice.english());
        text.getElement().setAttribute("lang", "en");
        ListItem item = new ListItem(when, text);
        if (notice.polish() != null) {
            Paragraph inPolish = new Paragraph(notice.polish());
            inPolish.getElement().setAttribute("lang", "pl");
            item.add(inPolish);
        }
        Button end = new Button(getTranslation(showing ? "notice.editor.endNow" : "notice.editor.cancel"), click -> {
            notices.endNow(notice.id());
            feedback.done(getTranslation(showing ? "notice.editor.ended" : "notice.editor.cancelled"));
            showList();
        });
        end.getElement().setAttribute("aria-label", getTranslation(showing ? "notice.editor.endNow" : "notice.editor.cancel")
                + ": " + notice.english());
        item.add(end);
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.editor.title");
    }
}
