package org.familyhub.directory.content;

import org.familyhub.directory.domain.ServiceRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fills an empty directory from the content directory when the portal first starts. */
@Component
@Order(0)
class FirstStartContent implements ApplicationRunner {

    private final ContentProperties properties;
    private final ContentLoader loader;
    private final ServiceRepository services;

    FirstStartContent(ContentProperties properties, ContentLoader loader, ServiceRepository services) {
        this.properties = properties;
        this.loader = loader;
        this.services = services;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.loadOnStart() && services.count() == 0) {
            loader.load(properties.dir());
        }
    }
}
