/**
 * The front door's records (requests for help and their audit trail) and their repositories; internal
 * to the module.
 */
@NullMarked
package org.familyhub.frontdoor.domain;

import org.jspecify.annotations.NullMarked;
