/**
 * The portal's plain HTTP files: calendar files, printable PDF leaflets, {@code sitemap.xml} and
 * {@code robots.txt}. Public, read-only, for published services only.
 */
@NullMarked
package org.familyhub.portal.web;

import org.jspecify.annotations.NullMarked;
