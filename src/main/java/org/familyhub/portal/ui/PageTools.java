package org.familyhub.portal.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/**
 * The tools above a page's content: listen, print, share, and (on a service) keep it on the shortlist.
 * Left out of print.
 */
class PageTools extends Div {

    private final @Nullable UUID serviceId;
    private final Span shortlistStatus = new Span();
    private @Nullable Button keep;

    PageTools(String contentId, @Nullable UUID serviceId, @Nullable String serviceName) {
        this.serviceId = serviceId;
        addClassNames("page-tools", "no-print");
        add(new ReadAloud(contentId));
        Button print = new Button(getTranslation("tools.print"), VaadinIcon.PRINT.create(),
                click -> click.getSource().getElement().executeJs("window.print()"));
        print.setId("print-page");
        Button share = new Button(getTranslation("tools.share"), VaadinIcon.LINK.create(),
                click -> click.getSource().getElement().executeJs("""
                        const url = window.location.href;
                        if (navigator.share) { navigator.share({ title: document.title, url: url }).catch(() => {}); }
                        else if (navigator.clipboard) { navigator.clipboard.writeText(url); }
                        return navigator.share ? '' : 'copied';""").then(String.class, result -> {
                            if ("copied".equals(result)) {
                                shortlistStatus.setText(getTranslation("tools.linkCopied"));
                            }
                        }));
        share.setId("share-page");
        Div buttons = new Div(print, share);
        buttons.addClassName("tool-buttons");
        if (serviceId != null) {
            keep = new Button();
            keep.setId("shortlist-toggle");
            keep.addClickListener(click -> toggle(serviceName));
            buttons.add(keep);
            Anchor view = new Anchor("shortlist", getTranslation("tools.seeShortlist"));
            view.addClassName("shortlist-link");
            buttons.add(view);
            showState();
        }
        shortlistStatus.getElement().setAttribute("role", "status");
        shortlistStatus.addClassName("tool-status");
        add(buttons, shortlistStatus);
    }

    private void toggle(@Nullable String name) {
        Shortlist shortlist = Shortlist.current();
        if (serviceId == null) {
            return;
        }
        if (shortlist.contains(serviceId)) {
            shortlist.remove(serviceId);
            shortlistStatus.setText(getTranslation("tools.removed", name));
        } else if (shortlist.add(serviceId)) {
            shortlistStatus.setText(getTranslation("tools.added", name));
        } else {
            shortlistStatus.setText(getTranslation("tools.full", Shortlist.MAX));
        }
        showState();
    }

    private void showState() {
        if (keep == null || serviceId == null) {
            return;
        }
        boolean kept = Shortlist.current().contains(serviceId);
        keep.setText(getTranslation(kept ? "tools.removeFromShortlist" : "tools.addToShortlist"));
        keep.setIcon(kept ? VaadinIcon.CHECK.create() : VaadinIcon.PLUS.create());
    }
}
