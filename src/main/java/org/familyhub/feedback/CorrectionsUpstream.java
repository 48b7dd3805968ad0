package org.familyhub.feedback;

import java.time.Clock;
import java.util.Optional;

import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.feed.FeedListingChanged;
import org.familyhub.directory.feed.FeedPublisher;
import org.familyhub.feedback.domain.ProblemReport;
import org.familyhub.feedback.domain.ProblemReportRepository;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Corrections flow upstream: a problem report about a listing another publisher's feed gave us is passed to the
 * address that publisher registered for corrections, once the report is committed, and followed until the feed
 * sends a changed version of the listing. The publisher gets the listing, the kind of problem and the words, never the
 * reporter's address; words that look like personal details are not sent, until staff who have read them choose
 * to send them anyway ({@link ProblemReports#sendWithheld}), by the same e-mail.
 */
@Component
class CorrectionsUpstream {

    private static final Logger LOG = LoggerFactory.getLogger(CorrectionsUpstream.class);

    private final ProblemReportRepository reports;
    private final FeedImport feeds;
    private final Mail mail;
    private final FeedbackMailText text;
    private final FeedbackProperties properties;
    private final Clock clock;

    CorrectionsUpstream(ProblemReportRepository reports, FeedImport feeds, Mail mail, FeedbackMailText text,
            FeedbackProperties properties, Clock clock) {
        this.reports = reports;
        this.feeds = feeds;
        this.mail = mail;
        this.text = text;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProblemReported reported) {
        ProblemReport report = reports.findById(reported.reportId()).orElse(null);
        if (report == null || report.getUpstreamFeedName() != null) {
            return;
        }
        feeds.publisherOf(report.getServiceId()).ifPresent(publisher -> passOn(report, publisher));
    }

    /** Only reports already passed on are followed: a change before then is not the publisher answering. */
    @ApplicationModuleListener
    void on(FeedListingChanged changed) {
        reports.findByServiceIdAndStatusAndUpstreamSentAtNotNullAndUpstreamChangedAtNull(changed.serviceId(),
                ProblemStatus.OPEN).forEach(report -> report.publisherChanged(changed.feedId(), changed.changedAt()));
    }

    private void passOn(ProblemReport report, FeedPublisher publisher) {
        if (!PersonalData.find(report.getDescription()).isEmpty()) {
            report.withheldFrom(publisher.feedId(), publisher.feedName());
            LOG.info("Problem report {} not passed to feed {}: it may hold personal details", report.getReference(),
                    publisher.feedId());
            return;
        }
        send(report, publisher);
    }

    /** Where the listing's corrections go now, when it came from a feed that takes them. */
    Optional<FeedPublisher> publisherOf(ProblemReport report) {
        return feeds.publisherOf(report.getServiceId());
    }

    /** The e-mail the publisher gets: the listing, our page, their record id, the kind of problem and the words. */
    Email email(ProblemReport report, FeedPublisher publisher) {
        String page = UriComponentsBuilder.fromUri(properties.portalUrl()).path("/services/")
                .path(report.getServiceId().toString()).build().toUriString();
        return new Email(publisher.correctionsEmail(),
                text.upstreamSubject(report.getReference(), report.getServiceName()),
                text.upstreamBody(report.getServiceName(), page, publisher.externalId(), report.getKind(),
                        report.getDescription()));
    }

    /** Queues the e-mail through the outbox, in the caller's transaction, and marks the report passed on. */
    void send(ProblemReport report, FeedPublisher publisher) {
        mail.queue(email(report, publisher));
        report.passedOn(publisher.feedId(), publisher.feedName(), clock.instant());
        LOG.info("Problem report {} passed to feed {}", report.getReference(), publisher.feedId());
    }
}
