package org.familyhub.workspace.quality;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.shared.SavedWords;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quality tasks table: a run records what it found (a finding known again keeps its first date and its
 * dismissal), then forgets what it no longer finds; editors read the open tasks a page at a time and dismiss them.
 */
@Component
@Transactional
public class QualityTaskStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    QualityTaskStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records one page of findings of run {@code run}. */
    void record(List<Finding> findings, UUID run) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Finding finding : findings) {
            jdbc.sql("""
                    insert into quality_task (id, service_id, kind, detail_key, details, found_at, last_run)
                    values (:id, :service, :kind, :key, :details, :now, :run)
                    on duplicate key update details = values(details), last_run = values(last_run)""")
                    .param("id", UUID.randomUUID()).param("service", finding.serviceId())
                    .param("kind", finding.kind().name()).param("key", finding.detailKey())
                    .param("details", finding.details().stored()).param("now", now).param("run", run).update();
        }
    }

    /** Forgets the findings of this kind that run {@code run} did not make again: they were fixed. */
    int closeUnseen(QualityKind kind, UUID run) {
        return jdbc.sql("delete from quality_task where kind = ? and last_run <> ?").params(kind.name(), run).update();
    }

    /** The open tasks, by kind then oldest first, {@code size} from {@code offset}. */
    @Transactional(readOnly = true)
    public List<QualityTask> open(int offset, int size) {
        return jdbc.sql("""
                select t.id, t.service_id, s.name, t.kind, t.details, t.found_at, t.detail_key from quality_task t
                join service s on s.id = t.service_id where t.dismissed_at is null
                order by t.kind, t.found_at, t.id limit :size offset :offset""")
                .param("size", size).param("offset", offset)
                .query((row, n) -> new QualityTask(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), QualityKind.valueOf(row.getString(4)), SavedWords.read(row.getString(5)),
                        row.getTimestamp(6).toInstant(), other(QualityKind.valueOf(row.getString(4)), row.getString(7))))
                .list();
    }

    /** A duplicate's detail key is the other listing's id. */
    private static @Nullable UUID other(QualityKind kind, String detailKey) {
        if (kind != QualityKind.DUPLICATE) {
            return null;
        }
        try {
            return UUID.fromString(detailKey);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** How many open tasks of each kind, every kind present (zero when none). */
    @Transactional(readOnly = true)
    public Map<QualityKind, Integer> openCounts() {
        Map<QualityKind, Integer> counts = new EnumMap<>(QualityKind.class);
        for (QualityKind kind : QualityKind.values()) {
            counts.put(kind, 0);
        }
        jdbc.sql("select kind, count(*) from quality_task where dismissed_at is null group by kind")
                .query((row, n) -> counts.put(QualityKind.valueOf(row.getString(1)), row.getInt(2))).list();
        return counts;
    }

    /** Dismisses an open task; false when there is no such open task (someone else dismissed it first). */
    public boolean dismiss(UUID task, String by, String reason) {
        return jdbc.sql("""
                update quality_task set dismissed_at = ?, dismissed_by = ?, dismissed_reason = ?
                where id = ? and dismissed_at is null""")
                .params(Timestamp.from(clock.instant()), by, reason, task).update() == 1;
    }
}
