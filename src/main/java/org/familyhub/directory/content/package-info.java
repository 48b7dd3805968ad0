/**
 * How HSDS 3.0 fully nested service documents enter the directory, whichever way they come: start-up content
 * (area, taxonomies and services), the workspace and other publishers' feeds all go through
 * {@link org.familyhub.directory.content.ServiceImport}. Other modules see only that entry point and the document
 * records ({@link org.familyhub.directory.content.HsdsDocuments} and their JSON form,
 * {@link org.familyhub.directory.content.ServiceDocumentJson}); each carries {@code @NamedInterface("content")}.
 */
@NullMarked
package org.familyhub.directory.content;

import org.jspecify.annotations.NullMarked;
