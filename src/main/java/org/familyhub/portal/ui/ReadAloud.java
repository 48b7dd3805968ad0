package org.familyhub.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "Listen to this page": the browser's own speech synthesis reads the page's content aloud, in the
 * page's language; nothing is sent to any other service. Parents told us "I cannot read so could
 * not see any written information".
 */
class ReadAloud extends Div {

    ReadAloud(String contentId) {
        addClassNames("read-aloud", "no-print");
        Button play = new Button(getTranslation("readAloud.play"), VaadinIcon.PLAY.create());
        Button stop = new Button(getTranslation("readAloud.stop"), VaadinIcon.STOP.create());
        play.addClassName("read-aloud-play");
        stop.addClassName("read-aloud-stop");
        play.addClickListener(click -> play.getElement().executeJs("""
                if (!('speechSynthesis' in window)) { alert($2); return; }
                const content = document.getElementById($0);
                if (!content) { return; }
                const text = Array.from(content.querySelectorAll('h1,h2,h3,p,li,dt,dd'))
                    .filter(e => !e.closest('.no-print') && e.offsetParent !== null)
                    .map(e => e.innerText.trim()).filter(t => t.length > 0).join('.\\n');
                window.speechSynthesis.cancel();
                const utterance = new SpeechSynthesisUtterance(text);
                utterance.lang = $1;
                window.speechSynthesis.speak(utterance);""", contentId,
                getLocale() != null && "pl".equals(getLocale().getLanguage()) ? "pl-PL" : "en-GB",
                getTranslation("readAloud.unsupported")));
        stop.addClickListener(click -> stop.getElement().executeJs(
                "if ('speechSynthesis' in window) { window.speechSynthesis.cancel(); }"));
        add(play, stop);
    }
}
