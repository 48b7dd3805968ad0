/**
 * The directory's records in Open Referral UK (HSDS 3.0) terms and their repositories; internal to the
 * directory module, which exposes them only as the records of its public services.
 */
@NullMarked
package org.familyhub.directory.domain;

import org.jspecify.annotations.NullMarked;
