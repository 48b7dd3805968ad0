package org.familyhub.feedback.ui;

import java.util.ArrayList;
import java.util.List;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.feedback.BuiltInSurvey;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** Header links to the feedback pages, for the people whose work they are. */
@Component
class FeedbackLinks implements SiteLink.Source {

    private final CurrentUser currentUser;

    FeedbackLinks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<SiteLink> links() {
        PortalUser user = currentUser.get().orElse(null);
        List<SiteLink> links = new ArrayList<>();
        if (user == null) {
            return links;
        }
        if (user.has(Role.EDITOR)) {
            links.add(new SiteLink("feedback.link.problems", ProblemReportsView.ROUTE, 60));
            links.add(new SiteLink("feedback.link.comments", ModerationView.ROUTE, 61));
        }
        if (user.has(Role.EDITOR) || user.has(Role.MANAGER)) {
            links.add(new SiteLink("feedback.link.surveys", SurveysView.ROUTE, 62));
        }
        if (user.has(Role.PROFESSIONAL)) {
            links.add(new SiteLink("feedback.link.practitioner", "feedback/" + BuiltInSurvey.PRACTITIONER.code(), 63));
        }
        return links;
    }
}
