package org.familyhub.directory.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.content.Content.SourcedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a content directory into the directory in one transaction: the whole set is checked, its area and
 * taxonomies written, then every service goes through {@link ServiceImport} with the strict
 * {@link ServiceImport.Rules#CONTENT} rules. Any problem rolls everything back, so invalid content changes nothing.
 */
@Service
class ContentLoader {

    private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

    private final EntityManager entityManager;
    private final ServiceImport imports;

    ContentLoader(EntityManager entityManager, ServiceImport imports) {
        this.entityManager = entityManager;
        this.imports = imports;
    }

    /**
     * @return how many records were inserted: area, taxonomy and term records, and services (zero when the
     *         content is already loaded)
     * @throws InvalidContentException naming each file, record and field at fault
     */
    @Transactional
    public int load(Path directory) {
        Content content = ContentReader.read(directory);
        List<String> problems = new ArrayList<>(ContentValidator.validate(content));
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        int records = ContentWriter.writeReferenceData(entityManager, content);
        List<ServiceImport.Checked> services = new ArrayList<>();
        for (SourcedService sourced : content.services()) {
            ServiceImport.Checked checked = imports.check(sourced.service(), ServiceImport.Rules.CONTENT);
            checked.errors().forEach(error -> problems.add(sourced.file() + ": service '" + sourced.service().name()
                    + "' (" + sourced.service().id() + "): " + error));
            services.add(checked);
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        long added = imports.writeAll(services).stream().filter(ServiceImport.Written::added).count();
        log.info("event=content-loaded dir={} services={} inserted={} services-added={}", directory,
                content.services().size(), records + added, added);
        return records + (int) added;
    }
}
