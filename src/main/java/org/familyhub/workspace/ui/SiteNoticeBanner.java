package org.familyhub.workspace.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.familyhub.shared.ui.PageNoticeSection;
import org.familyhub.workspace.NoticeLevel;
import org.familyhub.workspace.SiteNotice;
import org.familyhub.workspace.SiteNotices;

/**
 * The site-wide notices shown now, at the top of every page: a labelled region each, its level in words
 * ("Urgent:") as well as in colour, the text in the page's language (English, marked as such, when no Polish
 * was written). Plain text only: set as text, never as HTML.
 */
@org.springframework.stereotype.Component
class SiteNoticeBanner implements PageNoticeSection {

    private final SiteNotices notices;

    SiteNoticeBanner(SiteNotices notices) {
        this.notices = notices;
    }

    @Override
    public List<Component> create(String route) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.UK : ui.getLocale();
        return notices.current().stream().map(notice -> (Component) banner(notice, locale)).toList();
    }

    private static Section banner(SiteNotice notice, Locale locale) {
        boolean urgent = notice.level() == NoticeLevel.URGENT;
        Section section = new Section();
        section.addClassNames("site-notice", urgent ? "site-notice-urgent" : "site-notice-information");
        section.getElement().setAttribute("aria-label",
                section.getTranslation(urgent ? "notice.region.urgent" : "notice.region.information"));
        Span level = new Span(section.getTranslation(urgent ? "notice.level.urgent" : "notice.level.information"));
        level.addClassName("site-notice-level");
        Span text = new Span(notice.text(locale));
        text.addClassName("site-notice-text");
        Paragraph line = new Paragraph(level, new Span(" "), text);
        if (notice.englishOnlyFor(locale)) {
            text.getElement().setAttribute("lang", "en");
            Span note = new Span(" " + section.getTranslation("notice.inEnglish"));
            note.addClassName("site-notice-note");
            line.add(note);
        }
        section.add(line);
        return section;
    }
}
