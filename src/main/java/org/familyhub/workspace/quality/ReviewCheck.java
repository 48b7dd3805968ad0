package org.familyhub.workspace.quality;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.familyhub.directory.ListingSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Live listings past their review: the same six months after which the workspace calls a listing stale. */
@Component
class ReviewCheck implements QualityCheck {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewCheck(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public QualityKind kind() {
        return QualityKind.PAST_REVIEW;
    }

    @Override
    public boolean check(Consumer<List<Finding>> found) {
        Date before = Date.valueOf(ListingSummary.staleBefore(LocalDate.now(clock)));
        UUID after = new UUID(0, 0);
        List<Finding> page;
        do {
            page = jdbc.sql("""
                    select id, assured_date from service
                    where status = 'active' and (assured_date is null or assured_date < :before) and id > :after
                    order by id limit :size""")
                    .param("before", before).param("after", after).param("size", PAGE)
                    .query((row, n) -> finding(row.getObject(1, UUID.class), row.getDate(2))).list();
            found.accept(page);
            after = page.isEmpty() ? after : page.getLast().serviceId();
        } while (page.size() == PAGE);
        return true;
    }

    private Finding finding(UUID service, @Nullable Date assured) {
        return assured == null ? new Finding(service, kind(), "review", "quality.detail.neverChecked")
                : new Finding(service, kind(), "review", "quality.detail.lastChecked", assured.toLocalDate());
    }
}
