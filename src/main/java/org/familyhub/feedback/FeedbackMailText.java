package org.familyhub.feedback;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.familyhub.shared.PortalProperties;
import org.springframework.stereotype.Component;

/**
 * The words of the e-mails this module sends, from the feedback bundle. In English: we do not know
 * the reader's language when we write to them.
 */
@Component
class FeedbackMailText {

    private final ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/feedback", Locale.ROOT,
            FeedbackMailText.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
    private final String portalName;

    FeedbackMailText(PortalProperties portal) {
        this.portalName = portal.portalName();
    }

    String replySubject(String reference, String serviceName) {
        return format("feedback.mail.reply.subject", reference, serviceName);
    }

    String replyBody(String reference, String serviceName, String reply) {
        return format("feedback.mail.reply.body", reference, serviceName, reply, portalName);
    }

    String outcomeSubject() {
        return format("feedback.mail.outcome.subject", portalName);
    }

    String outcomeBody(String link) {
        return format("feedback.mail.outcome.body", link, portalName);
    }

    String upstreamSubject(String reference, String serviceName) {
        return format("feedback.mail.upstream.subject", reference, serviceName, portalName);
    }

    String upstreamBody(String serviceName, String page, String recordId, ProblemKind kind, String description) {
        return format("feedback.mail.upstream.body", serviceName, page, recordId,
                bundle.getString("feedback.problem.kind." + kind.name()), description, portalName);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(args);
    }
}
