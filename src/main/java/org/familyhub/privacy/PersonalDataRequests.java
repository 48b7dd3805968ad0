package org.familyhub.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.shared.DateText;
import org.familyhub.shared.privacy.PersonQuery;
import org.familyhub.shared.privacy.PersonalDataHolder;
import org.familyhub.shared.privacy.PersonalRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access and erasure for administrators: finds a person across every module, exports what was found (JSON
 * with every field, or a readable page), or erases it. Each step checks the caller is an administrator and is
 * recorded in the audit in the same transaction as what it did.
 */
@Service
public class PersonalDataRequests {

    /** The most records one module returns for a search: a person has a handful; a name may match many. */
    public static final int LIMIT_PER_AREA = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<PersonalDataHolder> holders;
    private final PrivacyAudit audit;
    private final CurrentUser currentUser;
    private final DateText dates;
    private final Clock clock;
    private final TransactionTemplate transactions;

    PersonalDataRequests(List<PersonalDataHolder> holders, PrivacyAudit audit, CurrentUser currentUser,
            DateText dates, Clock clock, TransactionTemplate transactions) {
        this.holders = holders;
        this.audit = audit;
        this.currentUser = currentUser;
        this.dates = dates;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Everything held about the person the text names; empty when it is too short to name anyone. */
    public Optional<Findings> search(String typed) {
        String actor = administrator();
        return PersonQuery.of(typed).map(query -> transactions.execute(status -> {
            Findings findings = find(query);
            audit.record(clock.instant(), actor, PrivacyAction.SEARCHED, query, findings.counts(), null);
            return findings;
        }));
    }

    private Findings find(PersonQuery query) {
        List<Findings.Area> areas = new ArrayList<>();
        for (PersonalDataHolder holder : holders) {
            List<PersonalRecord> records = holder.find(query, LIMIT_PER_AREA);
            if (!records.isEmpty()) {
                areas.add(new Findings.Area(holder.area(), records));
            }
        }
        return new Findings(query, List.copyOf(areas));
    }

    /** Every record and every field, machine-readable (UTF-8 JSON). */
    public byte[] json(Findings findings) {
        record(PrivacyAction.EXPORTED_JSON, findings, null);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("exportedAt", clock.instant().toString());
        document.put("searchedBy", findings.query().by().name().toLowerCase(Locale.ROOT));
        List<Map<String, Object>> areas = new ArrayList<>();
        for (Findings.Area area : findings.areas()) {
            List<Map<String, Object>> records = new ArrayList<>();
            for (PersonalRecord record : area.records()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("kind", record.kind());
                item.put("id", record.id());
                item.put("reference", record.reference());
                item.put("at", record.at() == null ? null : record.at().toString());
                item.put("safeguarding", record.safeguarding());
                item.put("fields", record.fields());
                records.add(item);
            }
            areas.add(Map.of("area", area.name(), "records", records));
        }
        document.put("areas", areas);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    /** A printable page in plain English with British dates: what the person receives. */
    public byte[] readable(Findings findings) {
        record(PrivacyAction.EXPORTED_READABLE, findings, null);
        Instant now = clock.instant();
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en-GB"><head><meta charset="utf-8"><title>Information we hold about you</title>
                <style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}
                dt{font-weight:bold}dd{margin:0 0 .5rem 0}section{break-inside:avoid}</style></head><body>
                <h1>Information we hold about you</h1>
                """);
        page.append("<p>Made on ").append(when(now)).append(". It lists ").append(findings.total())
                .append(findings.total() == 1 ? " record" : " records").append(".</p>\n");
        if (findings.isEmpty()) {
            page.append("<p>We found nothing about you.</p>\n");
        }
        for (Findings.Area area : findings.areas()) {
            page.append("<h2>").append(escape(area.name())).append("</h2>\n");
            for (PersonalRecord record : area.records()) {
                page.append("<section><h3>").append(escape(record.kind()));
                if (record.at() != null) {
                    page.append(", ").append(when(record.at()));
                }
                page.append("</h3>\n<dl>");
                if (record.reference() != null) {
                    page.append("<dt>Reference</dt><dd>").append(escape(record.reference())).append("</dd>");
                }
                record.fields().forEach((label, value) -> page.append("<dt>").append(escape(label)).append("</dt><dd>")
                        .append(escape(value)).append("</dd>"));
                page.append("</dl></section>\n");
            }
        }
        page.append("</body></html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String when(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        return dates.date(day, Locale.UK) + " at " + dates.dateTime(at, Locale.UK).substring(
                dates.dateTime(at, Locale.UK).lastIndexOf(' ') + 1);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /**
     * Erases everything found, in one transaction with its audit line. A reason is required when any record is
     * under safeguarding (the council may need to keep those; the administrator says why not).
     *
     * @throws IllegalArgumentException when a reason is needed and missing
     */
    public int erase(Findings findings, @Nullable String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (findings.anySafeguarding() && why == null) {
            throw new IllegalArgumentException("A reason is needed to erase records under safeguarding.");
        }
        String actor = administrator();
        Integer erased = transactions.execute(status -> {
            Instant now = clock.instant();
            Map<String, Set<String>> ids = findings.idsByArea();
            int count = 0;
            for (PersonalDataHolder holder : holders) {
                count += holder.erase(ids.getOrDefault(holder.area(), Set.of()), actor, now);
            }
            audit.record(now, actor, PrivacyAction.ERASED, findings.query(), findings.counts(), why);
            return count;
        });
        return erased == null ? 0 : erased;
    }

    /** The newest lines of the audit, for the screen. */
    public List<AuditEntry> recentAudit(int newest) {
        administrator();
        return audit.recent(newest);
    }

    private void record(PrivacyAction action, Findings findings, @Nullable String reason) {
        audit.record(clock.instant(), administrator(), action, findings.query(), findings.counts(), reason);
    }

    private String administrator() {
        PortalUser user = currentUser.require();
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator may search, export or erase personal data.");
        }
        return user.username();
    }
}
