/**
 * The listing editor's sections: each reads its part of the draft's whole document and applies its changes back,
 * leaving the rest as it was. Every field is labelled and every section has a heading.
 */
@NullMarked
package org.familyhub.workspace.ui.listing;

import org.jspecify.annotations.NullMarked;
