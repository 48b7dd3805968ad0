package org.familyhub.search.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.familyhub.directory.Directory;
import org.familyhub.directory.IndexableService;
import org.familyhub.search.ChildcareDocuments;
import org.familyhub.search.CourseDocuments;
import org.familyhub.search.meaning.SentenceMeaning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The services index behind its alias. Writes go through the alias; a full reindex builds a new index
 * from the database and swaps the alias in one step, so searches never see an empty index.
 */
@Component
public class ServiceIndex {

    public static final String ALIAS = "services";
    private static final int BATCH = 500;
    private static final int BULK_ATTEMPTS = 3;
    private static final Duration BULK_RETRY_WAIT = Duration.ofSeconds(2);
    private static final Duration OLD_INDEX_GRACE = Duration.ofSeconds(2);
    private static final Duration MERGE_WAIT = Duration.ofMinutes(10);
    /** Under the search client's 30 s read timeout, so the engine's own answer arrives first. */
    static final Duration SHARD_START = Duration.ofSeconds(20);
    private static final long MERGE_POLL = 200;
    private static final Logger log = LoggerFactory.getLogger(ServiceIndex.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ReentrantLock updating = new ReentrantLock();
    private final ElasticsearchClient client;
    private final Directory directory;
    private final SentenceMeaning meaning;
    private final Clock clock;
    private final ObjectProvider<ChildcareDocuments> childcare;
    private final ObjectProvider<CourseDocuments> courses;
    private final IndexTurn turn;
    private final IndexWrites writes;
    private volatile boolean ready;
    private volatile boolean rebuilding;
    /** Services changed while a rebuild runs: written again once the alias points at the new index. */
    private final Set<UUID> changedDuringRebuild = ConcurrentHashMap.newKeySet();
    /**
     * Half-built indices a failed rebuild could not delete, because the engine had gone (killed, restarting): each is
     * deleted once the engine answers again, so a failure does not leave an index on disk for good. Only this node's
     * own are named here; another node's rebuild may be filling an index this node does not know, so indices are
     * never deleted by their name's pattern.
     */
    private final Set<String> leftBehind = ConcurrentHashMap.newKeySet();

    ServiceIndex(ElasticsearchClient client, Directory directory, SentenceMeaning meaning, Clock clock,
            ObjectProvider<ChildcareDocuments> childcare, ObjectProvider<CourseDocuments> courses, IndexTurn turn,
            IndexWrites writes) {
        this.client = client;
        this.writes = writes;
        this.turn = turn;
        this.childcare = childcare;
        this.courses = courses;
        this.directory = directory;
        this.meaning = meaning;
        this.clock = clock;
    }

    /**
     * Creates and fills the index from the database when the alias does not exist yet, or when it
     * points at an index built from another definition.
     */
    public void ensureExists() {
        if (ready) {
            return;
        }
        synchronized (this) {
            createOrUpgrade();
        }
    }

    /** The small words a search drops from what a listing must match ("where", "can", "help"), lower case. */
    public static Set<String> fillerWords() {
        return IndexDefinition.fillerWords();
    }

    /** Every word the synonym list knows, lower case ("skint", "weed"), which a search does not correct. */
    public static Set<String> synonymWords() {
        return IndexDefinition.synonymWords();
    }

    /** Every term of more than one word in the synonym list ("shouts at me"), lower case. */
    public static Set<String> synonymPhrases() {
        return IndexDefinition.synonymPhrases();
    }

    /** The synonym list's one-way rules: each input term ("partner hit me") and what it is read as ("domestic abuse"). */
    public static Map<String, String> oneWaySynonyms() {
        return IndexDefinition.oneWayRules();
    }

    /**
     * {@link #oneWaySynonyms()} with the terms of each right-hand side apart ("child sexual exploitation", "worried about
     * a child").
     */
    public static Map<String, List<String>> oneWaySynonymTerms() {
        return IndexDefinition.oneWayTerms();
    }

    /** The synonym list's two-way rules, each as its terms ("macc", "macclesfield"): words for the same thing. */
    public static List<List<String>> equivalentSynonyms() {
        return IndexDefinition.equivalents();
    }

    /** The Polish list's rules alone: each Polish phrase ("mnie bije", "dzieckiem") and the English words it is read as. */
    public static Map<String, List<String>> polishSynonymTerms() {
        return IndexDefinition.polishTerms();
    }

    private void createOrUpgrade() {
        if (ready) {
            return;
        }
        try {
            if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
                rebuild();
            } else if (!IndexDefinition.fingerprint().equals(builtFrom())) {
                log.info("event=search-definition-changed action=rebuild");
                rebuild();
            }
            ready = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a new index from every service in the database and points the alias at it. Changes that
     * arrive meanwhile go to the old index (searches stay current) and are written again after the swap,
     * since the new index may hold what it read before them.
     */
    public String rebuild() {
        return rebuild(() -> { });
    }

    synchronized String rebuild(Runnable beforeSwap) {
        long started = System.nanoTime();
        changedDuringRebuild.clear();
        rebuilding = true;
        String index = ALIAS + "-" + clock.instant().atZone(clock.getZone()).format(SUFFIX);
        boolean swapped = false;
        try {
            create(index);
            int indexed = 0;
            List<UUID> ids = directory.serviceIds();
            for (int from = 0; from < ids.size(); from += BATCH) {
                indexed += write(index, ids.subList(from, Math.min(ids.size(), from + BATCH)));
            }
            client.indices().refresh(r -> r.index(index));
            mergeSegments(index);
            beforeSwap.run();
            List<String> previous = aliasedIndices();
            client.indices().updateAliases(u -> {
                u.actions(a -> a.add(add -> add.index(index).alias(ALIAS)));
                previous.forEach(old -> u.actions(a -> a.remove(remove -> remove.index(old).alias(ALIAS))));
                return u;
            });
            swapped = true;
            writes.written();
            rebuilding = false;
            List<UUID> replay = List.copyOf(changedDuringRebuild);
            changedDuringRebuild.removeAll(replay);
            write(index, replay);
            waitForSearchesOnTheOldIndex();
            for (String old : previous) {
                client.indices().delete(d -> d.index(old));
            }
            deleteLeftBehind();
            ready = true;
            log.info("event=search-reindexed index={} services={} replayed={} ms={}", index, indexed, replay.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return index;
        } catch (IOException | RuntimeException e) {
            if (!swapped) {
                // Searches never left the old index; the half-built one would only take disk, rebuild after rebuild.
                log.warn("event=search-reindex-failed index={} cause={}", index, e.getClass().getSimpleName());
                deleteQuietly(index);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            rebuilding = false;
        }
    }

    /**
     * Creates the index and waits, a bounded time, for the engine to open it. An engine that will not place it (a
     * nearly full disk, allocation switched off) would otherwise hold the request until the client gives up, and the
     * portal would stop with a read timeout that names nothing.
     */
    private void create(String index) throws IOException {
        boolean started = client.indices().create(c -> c.withJson(new StringReader(IndexDefinition.json()))
                .index(index).timeout(t -> t.time(SHARD_START.toSeconds() + "s"))).shardsAcknowledged();
        if (!started) {
            throw new IllegalStateException("Elasticsearch did not open the new search index " + index + " within "
                    + SHARD_START.toSeconds() + " s: " + whyNotPlaced(index));
        }
    }

    /** The engine's own reasons, decider by decider (on a nearly full disk: the free space and the watermark). */
    private String whyNotPlaced(String index) {
        try {
            var explained = client.cluster().allocationExplain(a -> a.index(index).shard(0).primary(true));
            List<String> reasons = explained.nodeAllocationDecisions().stream()
                    .flatMap(node -> node.deciders().stream())
                    .map(decider -> decider.decider() + ": " + decider.explanation())
                    .toList();
            return reasons.isEmpty() ? String.valueOf(explained.allocateExplanation()) : String.join("; ", reasons);
        } catch (IOException | RuntimeException e) {
            return "the engine did not say why (" + e.getClass().getSimpleName() + ")";
        }
    }

    private void deleteQuietly(String index) {
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index));
            }
            leftBehind.remove(index);
        } catch (IOException | RuntimeException e) {
            leftBehind.add(index);
            log.warn("event=search-index-not-deleted index={} cause={} retry=every-minute", index,
                    e.getClass().getSimpleName());
        }
    }

    /** Deletes the half-built indices a failed rebuild left, now that the engine may answer again. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void deleteLeftBehind() {
        List.copyOf(leftBehind).forEach(this::deleteQuietly);
    }

    /**
     * A new index is written in many small segments (13 at 100,000 services), and every search reads each of them.
     * Merged into one before the alias points at it, a search costs the engine a fifth to a quarter less
     * (SearchCostProbe at 100,045 services: 159–165 → 118–125 ms of CPU for "stay and play crewe", free, and 74 → 57–60
     * for "help with toddler tantrums"). The merge can take longer than a request may wait, so it
     * runs as a task the rebuild follows; if it has not finished in {@link #MERGE_WAIT}, the index is used as it is and
     * the merge goes on. Later changes are merged by the engine's own policy, as the index is far below the size where
     * it would leave a merged segment alone.
     */
    void mergeSegments(String index) throws IOException {
        long started = System.nanoTime();
        String task = client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L).waitForCompletion(false))
                .task();
        boolean done = task == null;
        while (!done && System.nanoTime() - started < MERGE_WAIT.toNanos()) {
            done = client.tasks().get(t -> t.taskId(task)).completed();
            if (!done) {
                try {
                    Thread.sleep(MERGE_POLL);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        log.info("event=search-index-merged index={} done={} ms={}", index, done,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A search that resolved the alias just before the swap may still be reading the old index; deleting
     * it under that search fails it ("all shards failed"). Searches take milliseconds, so a short grace is plenty.
     */
    private static void waitForSearchesOnTheOldIndex() {
        try {
            Thread.sleep(OLD_INDEX_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Brings the documents of these services up to date: indexed when active or temporarily closed, removed otherwise. */
    public void update(Collection<UUID> ids) {
        ensureExists();
        if (rebuilding) {
            changedDuringRebuild.addAll(ids);
        }
        // One update at a time, each reading the services only once it holds the turn: two deliveries racing
        // (an import's event and an edit's right after it) could otherwise write an older reading last, and the
        // index would keep it until the next change. This node's own turn first, then the cluster's.
        updating.lock();
        try {
            turn.take(() -> write(ALIAS, List.copyOf(ids)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.written();
            updating.unlock();
        }
    }

    /**
     * Writes only the weeks of meetings in these services' documents, for the daily roll ({@code MeetingsMoved}): the
     * rest of a document, its meaning above all, is as it was, so a roll of the whole directory costs no embeddings.
     * A document not there yet is left alone; its first full write brings its meetings.
     */
    public void updateMeetings(Collection<UUID> ids) {
        ensureExists();
        if (rebuilding) {
            changedDuringRebuild.addAll(ids);
        }
        updating.lock();
        try {
            turn.take(() -> writeMeetings(List.copyOf(ids)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.written();
            updating.unlock();
        }
    }

    private void writeMeetings(List<UUID> ids) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        int written = 0;
        for (IndexableService service : directory.indexable(ids)) {
            if (ServiceDocuments.FINDABLE.contains(service.status())) {
                Map<String, Object> meetings = ServiceDocuments.meetings(service);
                bulk.operations(op -> op.update(u -> u.index(ALIAS).id(service.id().toString())
                        .action(a -> a.doc(meetings))));
                written++;
            }
        }
        if (written == 0) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : client.bulk(bulk.build()).items()) {
            if (item.error() != null && item.status() != 404) {
                failures.add(item.id() + ": " + item.error().reason());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("The search index refused " + failures.size() + " update(s): " + failures);
        }
    }

    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(ALIAS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.written();
        }
    }

    private int write(String index, List<UUID> ids) throws IOException {
        if (ids.isEmpty()) {
            return 0;
        }
        List<IndexableService> services = directory.indexable(ids);
        Set<UUID> absent = new HashSet<>(ids);
        List<IndexableService> active = new ArrayList<>();
        for (IndexableService service : services) {
            absent.remove(service.id());
            if (ServiceDocuments.FINDABLE.contains(service.status())) {
                active.add(service);
            } else {
                absent.add(service.id());
            }
        }
        List<float[]> meanings = meaning.ofTexts(active.stream().map(ServiceDocuments::meaningText).toList());
        ChildcareDocuments facts = childcare.getIfAvailable();
        Map<UUID, ChildcareDocuments.Facts> childcareFacts = facts == null || active.isEmpty() ? Map.of()
                : facts.of(active.stream().map(IndexableService::id).toList());
        CourseDocuments courseFacts = courses.getIfAvailable();
        Map<UUID, List<CourseDocuments.Window>> coursePlaces = courseFacts == null || active.isEmpty() ? Map.of()
                : courseFacts.withPlaces(active.stream().map(IndexableService::id).toList());
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (int i = 0; i < active.size(); i++) {
            IndexableService service = active.get(i);
            Map<String, Object> document = ServiceDocuments.document(service, meanings.get(i),
                    childcareFacts.get(service.id()), coursePlaces.getOrDefault(service.id(), List.of()));
            bulk.operations(op -> op.index(w -> w.index(index).id(service.id().toString()).document(document)));
        }
        int indexed = active.size();
        absent.forEach(id -> bulk.operations(op -> op.delete(d -> d.index(index).id(id.toString()))));
        BulkResponse response = bulkWithRetries(bulk.build());
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            boolean missingDelete = item.status() == 404 && item.operationType().jsonValue().equals("delete");
            if (item.error() != null && !missingDelete) {
                failures.add(item.id() + ": " + item.error().reason());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("The search index refused " + failures.size() + " document(s): " + failures);
        }
        return indexed;
    }

    /**
     * A batch written again when the engine did not answer in time (a full rebuild at 100,000 services on a busy
     * machine met a 30 s timeout on one batch of {@value #BATCH}, and the whole rebuild failed): writing a document
     * by its id again only replaces it, so a batch that did land is harmless to repeat.
     */
    private BulkResponse bulkWithRetries(BulkRequest request) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.bulk(request);
            } catch (IOException e) {
                if (attempt >= BULK_ATTEMPTS) {
                    throw e;
                }
                log.warn("event=search-bulk-retry attempt={} cause={}", attempt, e.getClass().getSimpleName());
                try {
                    Thread.sleep(BULK_RETRY_WAIT.toMillis() * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The definition fingerprint the aliased index was built from, or empty when it has none. */
    private String builtFrom() throws IOException {
        return client.indices().getMapping(m -> m.index(ALIAS)).result().values().stream()
                .map(mapping -> mapping.mappings().meta())
                .filter(meta -> meta != null && meta.containsKey("definition"))
                .map(meta -> meta.get("definition").to(String.class))
                .findFirst().orElse("");
    }

    private List<String> aliasedIndices() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
            return List.of();
        }
        return List.copyOf(client.indices().getAlias(a -> a.name(ALIAS)).result().keySet());
    }
}
