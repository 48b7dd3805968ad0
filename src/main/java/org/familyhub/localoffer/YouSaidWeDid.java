package org.familyhub.localoffer;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Roles;
import org.familyhub.feedback.BuiltInSurvey;
import org.familyhub.feedback.ScreenedComment;
import org.familyhub.feedback.ScreenedComments;
import org.familyhub.localoffer.domain.YouSaidWeDidEntry;
import org.familyhub.localoffer.domain.YouSaidWeDidRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "You said, we did" (Children and Families Act 2014 s.30(5)-(6)): families comment on the Local Offer through
 * the feedback module's Local Offer survey; an editor screens each comment as for any feedback; then an editor
 * writes the council's response and publishes the two together. Only screened comments can be published.
 */
@Service
public class YouSaidWeDid {

    /** The Local Offer survey's only question. */
    public static final String QUESTION = "comment";
    /** The longest response. */
    public static final int MAX = 2000;
    /** How many screened comments the editors' page considers at once (newest first). */
    static final int WINDOW = 200;

    private static final Logger LOG = LoggerFactory.getLogger(YouSaidWeDid.class);

    private final YouSaidWeDidRepository entries;
    private final ScreenedComments comments;
    private final CurrentUser currentUser;
    private final Clock clock;

    YouSaidWeDid(YouSaidWeDidRepository entries, ScreenedComments comments, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.comments = comments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The published entries, newest first; anyone may read them. */
    @Transactional(readOnly = true)
    public PublishedResponse.Page published(int page, int size) {
        long total = entries.count();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int shown = Math.min(Math.max(1, page), pages);
        List<PublishedResponse> list = entries.findAllByOrderByPublishedAtDescIdAsc(PageRequest.of(shown - 1, size))
                .map(e -> new PublishedResponse(e.getYouSaid(), e.getReceivedOn(), e.getWeDid(), e.getPublishedAt()))
                .toList();
        return new PublishedResponse.Page(list, shown, size, total);
    }

    /** Screened comments about the Local Offer that have no published response yet, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.EDITOR)
    public List<ScreenedComment> waiting() {
        List<ScreenedComment> screened = comments.latest(BuiltInSurvey.LOCAL_OFFER, QUESTION, WINDOW);
        if (screened.isEmpty()) {
            return List.of();
        }
        Set<Long> answered = Set.copyOf(entries.answered(screened.stream().map(ScreenedComment::answerId).toList()));
        return screened.stream().filter(c -> !answered.contains(c.answerId())).toList();
    }

    /**
     * Publishes a screened comment with the council's response.
     *
     * @throws InvalidLocalOfferException when the response is missing, too long or has markup, or the comment is
     *                                    not a screened Local Offer comment, or already has a response; nothing
     *                                    is stored
     */
    @Transactional
    @RolesAllowed(Roles.EDITOR)
    public PublishedResponse publish(long answerId, @Nullable String weDid) {
        Map<String, String> errors = new LinkedHashMap<>();
        String response = PlainAnswer.check("weDid", weDid, MAX, true, errors);
        ScreenedComment comment = comments.find(BuiltInSurvey.LOCAL_OFFER, answerId).orElse(null);
        if (comment == null) {
            errors.put("comment", "localoffer.error.notScreened");
        } else if (entries.existsByAnswerId(answerId)) {
            errors.put("comment", "localoffer.error.alreadyAnswered");
        }
        if (!errors.isEmpty()) {
            throw new InvalidLocalOfferException(errors);
        }
        Instant now = clock.instant();
        YouSaidWeDidEntry entry = entries.save(new YouSaidWeDidEntry(UUID.randomUUID(), answerId, comment.text(),
                comment.submittedAt().atZone(clock.getZone()).toLocalDate(), response,
                currentUser.require().username(), now));
        LOG.info("event=you-said-we-did-published answer={}", answerId);
        return new PublishedResponse(entry.getYouSaid(), entry.getReceivedOn(), entry.getWeDid(),
                entry.getPublishedAt());
    }
}
