package org.familyhub.directory.content;

import java.util.List;

import org.familyhub.directory.content.HsdsDocuments.Area;
import org.familyhub.directory.content.HsdsDocuments.Service;
import org.familyhub.directory.content.HsdsDocuments.TaxonomyDocument;
import org.familyhub.directory.content.HsdsDocuments.TermDatesDocument;

/**
 * Everything read from a content directory, each service remembering the file it came from; the term dates
 * are optional (none on record: term-time sessions run every week).
 */
record Content(Area area, List<TaxonomyDocument> taxonomies, List<SourcedService> services,
        TermDatesDocument termDates) {

    record SourcedService(String file, Service service) {
    }
}
