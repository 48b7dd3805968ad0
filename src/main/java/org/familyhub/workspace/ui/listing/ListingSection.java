package org.familyhub.workspace.ui.listing;

import java.util.List;

import org.familyhub.directory.content.HsdsDocuments;

/** A part of the listing editor: reads its fields from the document and applies them back to it. */
public interface ListingSection {

    void read(HsdsDocuments.Service document);

    HsdsDocuments.Service applyTo(HsdsDocuments.Service document);

    /** What the editor must fix before saving, each shown beside its field too; empty when all is well. */
    List<String> problems();

    void setEditable(boolean editable);
}
