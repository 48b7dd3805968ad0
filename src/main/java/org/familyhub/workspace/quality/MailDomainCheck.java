package org.familyhub.workspace.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live listings whose e-mail address, or one of whose contacts' addresses, is at a domain with no mail servers, so
 * a family's message would never arrive. Needs DNS: when a domain cannot be looked up (offline, DNS down) the whole check is skipped and the
 * earlier findings are kept, never closed or failed on a guess.
 */
@Component
class MailDomainCheck implements QualityCheck {

    private static final String DOMAIN = "lower(substring_index(email, '@', -1))";
    /** Every domain a live listing or one of its contacts writes to, each once. */
    private static final String DOMAINS = "select " + DOMAIN + " d from service where status = 'active'"
            + " and email like '%_@_%' union select lower(substring_index(c.email, '@', -1)) from contact c"
            + " join service s on s.id = c.service_id where s.status = 'active' and c.email like '%_@_%'";

    private final JdbcClient jdbc;
    private final MailServers mailServers;
    private final boolean enabled;

    MailDomainCheck(JdbcClient jdbc, MailServers mailServers, QualityProperties properties) {
        this.jdbc = jdbc;
        this.mailServers = mailServers;
        this.enabled = properties.mailDomains();
    }

    @Override
    public QualityKind kind() {
        return QualityKind.NO_MAIL_DOMAIN;
    }

    @Override
    public boolean check(Consumer<List<Finding>> found) {
        if (!enabled || !mailServers.answering()) {
            return false;
        }
        String after = "";
        List<String> domains;
        do {
            domains = jdbc.sql("select d from (" + DOMAINS + ") x where d > :after order by d limit :size")
                    .param("after", after).param("size", PAGE).query(String.class).list();
            List<Finding> findings = new ArrayList<>();
            for (String domain : domains) {
                MailServers.Answer answer = mailServers.of(domain);
                if (answer == MailServers.Answer.CANNOT_TELL) {
                    return false;
                }
                if (answer == MailServers.Answer.NO) {
                    findings.addAll(listingsAt(domain));
                }
            }
            found.accept(findings);
            after = domains.isEmpty() ? after : domains.getLast();
        } while (domains.size() == PAGE);
        return true;
    }

    private List<Finding> listingsAt(String domain) {
        List<Finding> findings = new ArrayList<>(jdbc.sql("select id, email from service where status = 'active'"
                        + " and email like '%_@_%' and " + DOMAIN + " = ?").param(domain)
                .query((row, n) -> new Finding(row.getObject(1, UUID.class), kind(), domain,
                        "quality.detail.mailDomain", row.getString(2), domain))
                .list());
        findings.addAll(jdbc.sql("""
                        select s.id, c.id, c.email, coalesce(c.title, c.department, c.name, '') from contact c
                        join service s on s.id = c.service_id where s.status = 'active' and c.email like '%_@_%'
                        and lower(substring_index(c.email, '@', -1)) = ?""").param(domain)
                .query((row, n) -> new Finding(row.getObject(1, UUID.class), kind(),
                        "contact " + row.getObject(2, UUID.class) + " " + domain,
                        "quality.detail.contactMailDomain", row.getString(4), row.getString(3), domain))
                .list());
        return findings;
    }
}
