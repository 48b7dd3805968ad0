package org.familyhub.localoffer.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.feedback.ScreenedComment;
import org.familyhub.localoffer.InvalidLocalOfferException;
import org.familyhub.localoffer.YouSaidWeDid;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.MainLayout;

/**
 * The editors' side of "You said, we did" ({@code /workspace/local-offer/comments}): screened comments about
 * the Local Offer still without a response, each with a box for what the council did and "Publish". Comments
 * are screened first on the feedback module's comments page, as every free-text answer is.
 */
@Route(value = LocalOfferCommentsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Roles.EDITOR)
class LocalOfferCommentsView extends Article implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "workspace/local-offer/comments";

    private final YouSaidWeDid youSaidWeDid;
    private final DateText dates;
    private final Paragraph status = new Paragraph();

    LocalOfferCommentsView(YouSaidWeDid youSaidWeDid, DateText dates) {
        this.youSaidWeDid = youSaidWeDid;
        this.dates = dates;
        addClassName("local-offer-comments");
        status.addClassNames("notice", "notice-info");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        status.setVisible(false);
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("localoffer.comments.title")),
                new Paragraph(getTranslation("localoffer.comments.intro")),
                new Paragraph(new Anchor("workspace/feedback/comments", getTranslation("localoffer.comments.screen")),
                        new com.vaadin.flow.component.Text(" · "),
                        new Anchor(YouSaidWeDidView.ROUTE, getTranslation("localoffer.comments.public"))),
                status);
        List<ScreenedComment> waiting = youSaidWeDid.waiting();
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("localoffer.comments.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("said-list");
        int number = 0;
        for (ScreenedComment comment : waiting) {
            number++;
            TextArea weDid = new TextArea(getTranslation("localoffer.comments.weDid", number));
            weDid.setMaxLength(YouSaidWeDid.MAX);
            weDid.setWidthFull();
            weDid.setManualValidation(true);
            Button publish = new Button(getTranslation("localoffer.comments.publish", number));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.addClickListener(click -> {
                try {
                    youSaidWeDid.publish(comment.answerId(), weDid.getValue());
                    render();
                    status.setText(getTranslation("localoffer.comments.published"));
                    status.setVisible(true);
                } catch (InvalidLocalOfferException invalid) {
                    Map<String, String> errors = invalid.errors();
                    String key = errors.getOrDefault("weDid", errors.values().iterator().next());
                    weDid.setErrorMessage(getTranslation(key));
                    weDid.setInvalid(true);
                    weDid.focus();
                }
            });
            ListItem item = new ListItem(new H2(getTranslation("localoffer.comments.comment", number,
                    dates.dateTime(comment.submittedAt(), getLocale()))), quoted(comment.text()), weDid,
                    publish);
            list.add(item);
        }
        add(list);
    }

    private static Paragraph quoted(String text) {
        Paragraph comment = new Paragraph(text);
        comment.addClassName("quoted-comment");
        return comment;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("localoffer.comments.title");
    }
}
