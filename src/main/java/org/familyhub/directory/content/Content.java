package org.familyhub.directory.content;

import java.util.List;

import org.familyhub.directory.content.HsdsDocuments.Area;
import org.familyhub.directory.content.HsdsDocuments.Service;
import org.familyhub.directory.content.HsdsDocuments.TaxonomyDocument;

/** Everything read from a content directory, each service remembering the file it came from. */
record Content(Area area, List<TaxonomyDocument> taxonomies, List<SourcedService> services) {

    record SourcedService(String file, Service service) {
    }
}
