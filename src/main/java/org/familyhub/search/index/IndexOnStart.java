package org.familyhub.search.index;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the index exists when the portal starts, and rebuilds it when started with
 * {@code --reindex} (a full reindex behind the alias, with no downtime).
 *
 * <p>A search engine that does not answer at the start (an external one still starting, or the embedded one dying
 * while the sample content is loaded) does not stop the portal: families search the database meanwhile, as they do
 * whenever the engine is down, and the index is made in the background once the engine answers, waiting as the
 * {@link OutboxRetry} does (twice as long after each try, up to two minutes). Before, the start failed and the portal
 * exited ("Application run failed"). A {@code --reindex} asked for and failing still stops the start, for the
 * operator who asked to see why.
 */
@Component
@Order(10)
class IndexOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexOnStart.class);

    private final ServiceIndex index;
    private final Duration firstWait;

    @Autowired
    IndexOnStart(ServiceIndex index) {
        this(index, OutboxRetry.FIRST_WAIT);
    }

    IndexOnStart(ServiceIndex index, Duration firstWait) {
        this.index = index;
        this.firstWait = firstWait;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("reindex")) {
            index.rebuild();
        } else if (!ensured()) {
            Thread.ofVirtual().name("search-index-at-start").start(this::keepTrying);
        }
    }

    private boolean ensured() {
        try {
            index.ensureExists();
            return true;
        } catch (RuntimeException engineDown) {
            log.warn("event=search-index-not-ready cause={} meanwhile=database-search",
                    engineDown.getClass().getSimpleName());
            return false;
        }
    }

    private void keepTrying() {
        Duration wait = firstWait;
        try {
            do {
                Thread.sleep(wait);
                wait = OutboxRetry.longer(wait);
            } while (!ensured());
            log.info("event=search-index-ready after=start-failed");
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
