/**
 * The listing editor's model: the parts of an Open Referral service document the form edits beyond
 * {@link org.familyhub.workspace.ListingForm} (topics and other taxonomy terms, venues and their sessions),
 * each read from the whole document and applied back to it so that everything else is kept, and a listing
 * made here has exactly the shape of one loaded from {@code content/}.
 */
@NullMarked
package org.familyhub.workspace.listing;

import org.jspecify.annotations.NullMarked;
