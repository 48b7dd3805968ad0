package org.familyhub.workspace.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.workspace.NoticeLevel;
import org.familyhub.workspace.NotPermittedException;
import org.familyhub.workspace.SiteNotice;
import org.familyhub.workspace.SiteNotices;
import org.familyhub.workspace.SiteNotices.NoticeForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The site-wide notice (#18): editors set it, every page shows it at the top of {@code <main>} between its start
 * and end (the tests' clock reads 08:00 on Wednesday 2 December 2026), in Polish for a Polish visitor, read from
 * memory and read again when saved; bad input is refused plainly and changes nothing.
 */
@PortalTest
@ViewPackages(packages = {"org.familyhub.workspace.ui", "org.familyhub.portal.ui"})
class SiteNoticeViewTest extends SpringBrowserlessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final String SNOW = "Crewe and Nantwich children's centres are closed today because of snow.";

    @Autowired
    UserAccounts accounts;
    @Autowired
    SiteNotices notices;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void endEveryNotice() {
        SignedIn.as(accounts, "editor");
        notices.currentAndScheduled().forEach(notice -> notices.endNow(notice.id()));
        SignedIn.out();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private SiteNotice add(String english, String polish, LocalDate startDate, LocalTime start, LocalDate endDate,
            LocalTime end) {
        SignedIn.as(accounts, "editor");
        SiteNotice added = notices.add(new NoticeForm(english, polish, NoticeLevel.URGENT, startDate, start, endDate,
                end));
        SignedIn.out();
        return added;
    }

    private List<String> noticesOnTheHomePage() {
        UI.getCurrent().navigate("");
        Main main = $(Main.class).single();
        List<Section> shown = $(Section.class).from(main).withClassName("site-notice").all();
        shown.forEach(section -> assertThat(section.getParent().flatMap(p -> p.getParent())).as("first in <main>")
                .contains(main));
        shown.forEach(section -> assertThat(section.getElement().getAttribute("aria-label")).isNotBlank());
        return shown.stream().map(PageText::of).toList();
    }

    private int stored() {
        return jdbc.sql("select count(*) from site_notice").query(Integer.class).single();
    }

    @Test
    void anEditorAddsANoticeThatEveryPageShowsFromItsStartAndEndsItNow() {
        SignedIn.as(accounts, "editor");
        navigate("workspace", WorkspaceView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("workspace/site-notices");
        navigate("workspace/site-notices", SiteNoticeView.class);
        $(TextArea.class).withCaption("Notice in English").single().setValue(SNOW);
        List<DatePicker> dates = $(DatePicker.class).all();
        List<TimePicker> times = $(TimePicker.class).all();
        assertThat(dates).allSatisfy(d -> assertThat(d.getLocale().toLanguageTag()).isEqualTo("en-GB"));
        assertThat(times).allSatisfy(t -> assertThat(t.getLocale()).isEqualTo(Locale.UK));
        dates.get(0).setValue(TODAY);
        times.get(0).setValue(LocalTime.of(7, 0));
        dates.get(1).setValue(TODAY);
        times.get(1).setValue(LocalTime.of(18, 0));
        test($(Button.class).withText("Add notice").single()).click();

        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Saved. Families see the notice from its start time.");
        assertThat(PageText.of($(Section.class).id("site-notices-listed"))).contains(
                "Showing from 2 Dec 2026, 07:00 until 2 Dec 2026, 18:00. Urgent. Set by editor.", SNOW);
        SignedIn.out();
        assertThat(noticesOnTheHomePage()).containsExactly("Urgent: " + SNOW);

        SignedIn.as(accounts, "editor");
        navigate("workspace/site-notices", SiteNoticeView.class);
        test($(Button.class).withText("End now").single()).click();
        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Ended. Families no longer see the notice.");
        SignedIn.out();
        assertThat(noticesOnTheHomePage()).isEmpty();
    }

    @Test
    void aScheduledNoticeIsNotShownBeforeItsStartAndAnEndedOneNotAfterItsEnd() {
        add("Tomorrow the Crewe hub opens at 10:00.", null, TODAY.plusDays(1), LocalTime.of(7, 0), TODAY.plusDays(1),
                LocalTime.of(12, 0));
        // Ended at 07:59 today, an hour before the clock's 08:00: stored as an editor would have left it.
        jdbc.sql("insert into site_notice (id, english, level, starts_at, ends_at, set_by, set_at)"
                        + " values (?, 'The phone line was down.', 'URGENT', ?, ?, 'editor', ?)")
                .params(UUID.randomUUID(), java.sql.Timestamp.valueOf("2026-12-01 09:00:00"),
                        java.sql.Timestamp.valueOf("2026-12-02 07:59:00"), java.sql.Timestamp.valueOf("2026-12-01 09:00:00"))
                .update();
        SiteNotice now = add(SNOW, null, TODAY, LocalTime.of(7, 59), TODAY, LocalTime.of(23, 0));

        assertThat(noticesOnTheHomePage()).containsExactly("Urgent: " + SNOW);
        SignedIn.as(accounts, "editor");
        assertThat(notices.currentAndScheduled()).extracting(SiteNotice::english)
                .containsExactly(SNOW, "Tomorrow the Crewe hub opens at 10:00.");
        navigate("workspace/site-notices", SiteNoticeView.class);
        assertThat(PageText.of($(Section.class).id("site-notices-listed"))).contains("Scheduled from 3 Dec 2026, 07:00");
        assertThat(now.showsAt(now.endsAt())).isFalse();
    }

    @Test
    void aPolishVisitorReadsThePolishTextOrTheEnglishMarkedAsEnglish() {
        add(SNOW, "Ośrodki dla dzieci w Crewe i Nantwich są dziś zamknięte z powodu śniegu.", TODAY,
                LocalTime.of(7, 0), TODAY, LocalTime.of(18, 0));
        add("The Family Information Service's number is now 0300 123 5012.", null, TODAY, LocalTime.of(6, 0),
                TODAY.plusDays(7), LocalTime.of(18, 0));
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));

        assertThat(noticesOnTheHomePage()).containsExactly(
                "Pilne: The Family Information Service's number is now 0300 123 5012. (Ten komunikat jest tylko po angielsku.)",
                "Pilne: Ośrodki dla dzieci w Crewe i Nantwich są dziś zamknięte z powodu śniegu.");
        Section english = $(Section.class).withClassName("site-notice").all().getFirst();
        assertThat(english.getElement().getAttribute("aria-label")).isEqualTo("Pilny komunikat");
        assertThat(english.getElement().toString()).contains("lang=\"en\"");
    }

    @Test
    void pagesReadTheNoticesFromMemoryAndAgainAtOnceWhenOneIsSaved() {
        add(SNOW, null, TODAY, LocalTime.of(7, 0), TODAY, LocalTime.of(18, 0));
        assertThat(notices.current()).extracting(SiteNotice::english).containsExactly(SNOW);
        // Stored behind the portal's back (as another node would): not read until the next save or 30 seconds.
        jdbc.sql("insert into site_notice (id, english, level, starts_at, ends_at, set_by, set_at)"
                        + " values (?, 'Written on another node.', 'INFORMATION', ?, ?, 'editor', ?)")
                .params(UUID.randomUUID(), java.sql.Timestamp.valueOf("2026-12-02 06:00:00"),
                        java.sql.Timestamp.valueOf("2026-12-02 20:00:00"), java.sql.Timestamp.valueOf("2026-12-02 06:00:00"))
                .update();
        assertThat(notices.current()).extracting(SiteNotice::english).containsExactly(SNOW);

        add("Underwood West hub opens late today.", null, TODAY, LocalTime.of(7, 30), TODAY, LocalTime.of(12, 0));

        assertThat(notices.current()).extracting(SiteNotice::english)
                .as("urgent ones first, then by their start")
                .containsExactly(SNOW, "Underwood West hub opens late today.", "Written on another node.");
    }

    @Test
    void badInputIsRefusedPlainlyAndChangesNothing() {
        int before = stored();
        SignedIn.as(accounts, "editor");
        navigate("workspace/site-notices", SiteNoticeView.class);
        TextArea english = $(TextArea.class).withCaption("Notice in English").single();
        List<DatePicker> dates = $(DatePicker.class).all();
        List<TimePicker> times = $(TimePicker.class).all();
        Button add = $(Button.class).withText("Add notice").single();

        dates.get(1).setValue(TODAY);
        test(add).click();
        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Please fix these and try again:"
                + "Notice in English: write the notice.");

        english.setValue("Closed <b>today</b>.");
        $(TextArea.class).withCaption("Notice in Polish (optional)").single().setValue("x".repeat(301));
        dates.get(0).setValue(TODAY);
        times.get(0).setValue(LocalTime.of(12, 0));
        times.get(1).setValue(LocalTime.of(9, 0));
        test(add).click();
        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Please fix these and try again:"
                + "Notice in English: use plain text only. Take out anything in < > and codes such as &amp;."
                + "Notice in Polish: keep it to 300 characters or fewer."
                + "Shown until: the end must be after the start.");

        english.setValue("Closed until 07:30 today.");
        $(TextArea.class).withCaption("Notice in Polish (optional)").single().clear();
        dates.get(0).setValue(TODAY.minusDays(1));
        times.get(1).setValue(LocalTime.of(7, 30));
        test(add).click();
        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Please fix these and try again:"
                + "Shown until: the end must be in the future.");

        dates.get(0).setValue(TODAY);
        times.get(0).setValue(LocalTime.of(7, 0));
        dates.get(1).setValue(TODAY.plusYears(2));
        test(add).click();
        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Please fix these and try again:"
                + "Shown until: a notice can show for a year at most.");

        assertThat(stored()).isEqualTo(before);
        assertThat(notices.current()).isEmpty();
    }

    @Test
    void onlyEditorsAndAdministratorsMaySetOrEndNotices() {
        NoticeForm form = new NoticeForm(SNOW, null, NoticeLevel.URGENT, TODAY, LocalTime.of(7, 0), TODAY,
                LocalTime.of(18, 0));
        SiteNotice added = add(SNOW, null, TODAY, LocalTime.of(7, 0), TODAY, LocalTime.of(18, 0));
        int before = stored();
        for (String who : List.of("provider", "manager", "frontdoor", "professional")) {
            SignedIn.as(accounts, who);
            assertThatThrownBy(() -> notices.add(form)).as(who).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> notices.endNow(added.id())).as(who).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> notices.currentAndScheduled()).as(who).isInstanceOf(NotPermittedException.class);
        }
        SignedIn.out();
        assertThatThrownBy(() -> notices.add(form)).isInstanceOf(RuntimeException.class);
        assertThat(stored()).isEqualTo(before);
        assertThat(notices.current()).extracting(SiteNotice::id).containsExactly(added.id());

        SignedIn.as(accounts, "admin");
        notices.endNow(added.id());
        assertThat(notices.current()).isEmpty();
    }
}
