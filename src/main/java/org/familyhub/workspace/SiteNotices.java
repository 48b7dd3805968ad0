package org.familyhub.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familyhub.account.PortalUser;
import org.familyhub.workspace.domain.SiteNoticeRecord;
import org.familyhub.workspace.domain.SiteNoticeRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site-wide notice editors set for urgent news (#18): plain text in English and, when written, Polish,
 * shown on every public page between its start and end. Pages read the notices from memory
 * ({@link #current()}), refreshed at most every {@link #FRESH} and at once when a notice is saved on this node,
 * so a busy morning of snow closures costs no database read per page view. Another node sees a change within
 * {@link #FRESH}.
 */
@Service
public class SiteNotices {

    /** How long the notices read for pages are used before they are read again. */
    static final Duration FRESH = Duration.ofSeconds(30);
    /** A line or two on a phone: long enough for "closed today, snow", short enough to read at a glance. */
    public static final int MAX_LENGTH = 300;
    /** Urgent news is short-lived; a longer-lasting message belongs on a page of its own. */
    static final Duration LONGEST = Duration.ofDays(366);
    /** Anything that looks like a tag or an entity: notices are shown as plain text, so markup would show raw. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&[a-zA-Z]+;|&#[0-9a-fA-FxX]+;");
    private static final Logger LOG = LoggerFactory.getLogger(SiteNotices.class);

    private final SiteNoticeRepository notices;
    private final WorkspaceAccess access;
    private final Clock clock;
    private final TransactionTemplate reading;
    private volatile @Nullable Remembered remembered;

    private record Remembered(List<SiteNotice> notices, long readAt) {
    }

    SiteNotices(SiteNoticeRepository notices, WorkspaceAccess access, Clock clock,
            PlatformTransactionManager transactions) {
        this.notices = notices;
        this.access = access;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** What an editor enters: dates and 24-hour times in the council's zone; Polish may be left empty. */
    public record NoticeForm(@Nullable String english, @Nullable String polish, @Nullable NoticeLevel level,
            @Nullable LocalDate startDate, @Nullable LocalTime startTime, @Nullable LocalDate endDate,
            @Nullable LocalTime endTime) {
    }

    /** The notices shown now, urgent ones first, for any visitor: from memory, never a database read per page. */
    public List<SiteNotice> current() {
        Instant now = clock.instant();
        return notShownYetOrShowing().stream().filter(notice -> notice.showsAt(now))
                .sorted(Comparator.comparing(SiteNotice::level)).toList();
    }

    private List<SiteNotice> notShownYetOrShowing() {
        Remembered known = remembered;
        if (known != null && System.nanoTime() - known.readAt() < FRESH.toNanos()) {
            return known.notices();
        }
        List<SiteNotice> read = Objects.requireNonNull(reading.execute(status -> unended()));
        remembered = new Remembered(read, System.nanoTime());
        return read;
    }

    /** Current and scheduled notices, for the editors' screen. */
    @Transactional(readOnly = true)
    public List<SiteNotice> currentAndScheduled() {
        access.editor();
        return unended();
    }

    private List<SiteNotice> unended() {
        return notices.findTop50ByEndsAtAfterOrderByStartsAtAsc(clock.instant()).stream()
                .map(SiteNotices::notice).toList();
    }

    /** Adds a notice, or refuses it with every problem and saves nothing. */
    @Transactional
    public SiteNotice add(NoticeForm form) {
        PortalUser editor = access.editor();
        List<String> problems = new ArrayList<>();
        String english = plain(form.english(), "english", true, problems);
        String polish = plain(form.polish(), "polish", false, problems);
        Instant starts = at(form.startDate(), form.startTime(), "start", problems);
        Instant ends = at(form.endDate(), form.endTime(), "end", problems);
        if (form.level() == null) {
            problems.add("notice.problem.level");
        }
        Instant now = clock.instant();
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            problems.add("notice.problem.endBeforeStart");
        } else if (ends != null && !ends.isAfter(now)) {
            problems.add("notice.problem.endPassed");
        } else if (ends != null && ends.isAfter(now.plus(LONGEST))) {
            problems.add("notice.problem.endTooFar");
        }
        if (!problems.isEmpty()) {
            throw new InvalidNoticeException(problems);
        }
        SiteNoticeRecord saved = notices.save(new SiteNoticeRecord(UUID.randomUUID(), Objects.requireNonNull(english),
                polish, Objects.requireNonNull(form.level()).name(), Objects.requireNonNull(starts),
                Objects.requireNonNull(ends), editor.username(), now));
        forget();
        LOG.info("event=site-notice-added notice={} level={} starts={} ends={}", saved.getId(), saved.getLevel(),
                saved.getStartsAt(), saved.getEndsAt());
        return notice(saved);
    }

    /** Ends a notice at once; one that has not started yet is cancelled (it was never shown). */
    @Transactional
    public void endNow(UUID id) {
        access.editor();
        notices.findById(id).ifPresent(record -> {
            Instant now = clock.instant();
            if (record.getStartsAt().isAfter(now)) {
                notices.delete(record);
            } else {
                record.endAt(now);
            }
            LOG.info("event=site-notice-ended notice={}", id);
        });
        forget();
    }

    /** Pages read the notices again on their next view; called on every save on this node. */
    void forget() {
        remembered = null;
    }

    private static @Nullable String plain(@Nullable String text, String field, boolean required,
            List<String> problems) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                problems.add("notice.problem." + field + "Empty");
            }
            return null;
        }
        if (trimmed.length() > MAX_LENGTH) {
            problems.add("notice.problem." + field + "TooLong");
        }
        if (MARKUP.matcher(trimmed).find()) {
            problems.add("notice.problem." + field + "Markup");
        }
        return trimmed;
    }

    private @Nullable Instant at(@Nullable LocalDate date, @Nullable LocalTime time, String field,
            List<String> problems) {
        if (date == null || time == null) {
            problems.add("notice.problem." + field + "Missing");
            return null;
        }
        // In the council's zone; a time skipped by the clocks going forward moves on by the gap.
        return ZonedDateTime.of(date, time, clock.getZone()).toInstant();
    }

    private static SiteNotice notice(SiteNoticeRecord record) {
        return new SiteNotice(record.getId(), record.getEnglish(), record.getPolish(),
                NoticeLevel.valueOf(record.getLevel()), record.getStartsAt(), record.getEndsAt(), record.getSetBy(),
                record.getSetAt());
    }
}
