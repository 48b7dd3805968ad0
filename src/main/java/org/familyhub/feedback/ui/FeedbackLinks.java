package org.familyhub.feedback.ui;

import static org.familyhub.account.Role.EDITOR;
import static org.familyhub.account.Role.MANAGER;
import static org.familyhub.account.Role.PROFESSIONAL;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.RoleLinks;
import org.familyhub.feedback.BuiltInSurvey;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** Header links to the feedback pages, for the people whose work they are. */
@Component
class FeedbackLinks extends RoleLinks {

    FeedbackLinks(CurrentUser currentUser) {
        super(currentUser,
                shown(new SiteLink("feedback.link.problems", ProblemReportsView.ROUTE, 60), EDITOR),
                shown(new SiteLink("feedback.link.comments", ModerationView.ROUTE, 61), EDITOR),
                shown(new SiteLink("feedback.link.surveys", SurveysView.ROUTE, 62), EDITOR, MANAGER),
                shown(new SiteLink("feedback.link.practitioner", "feedback/" + BuiltInSurvey.PRACTITIONER.code(), 63),
                        PROFESSIONAL));
    }
}
