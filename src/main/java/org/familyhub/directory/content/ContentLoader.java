package org.familyhub.directory.content;

import java.nio.file.Path;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.ServicesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a content directory into the directory in one transaction: everything is read and checked
 * first, and invalid content changes nothing.
 */
@Service
public class ContentLoader {

    private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    ContentLoader(EntityManager entityManager, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /**
     * @return how many records were inserted (zero when the content is already loaded)
     * @throws InvalidContentException naming each file, record and field at fault
     */
    @Transactional
    public int load(Path directory) {
        Content content = ContentReader.read(directory);
        List<String> problems = ContentValidator.validate(content);
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        ContentWriter.Written written = ContentWriter.write(entityManager, content);
        if (!written.services().isEmpty()) {
            events.publishEvent(new ServicesChanged(written.services()));
        }
        log.info("event=content-loaded dir={} services={} inserted={}", directory, content.services().size(),
                written.records());
        return written.records();
    }
}
