package org.familyhub.search.index;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the index exists when the portal starts, and rebuilds it when started with
 * {@code --reindex} (a full reindex behind the alias, with no downtime).
 */
@Component
@Order(10)
class IndexOnStart implements ApplicationRunner {

    private final ServiceIndex index;

    IndexOnStart(ServiceIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("reindex")) {
            index.rebuild();
        } else {
            index.ensureExists();
        }
    }
}
