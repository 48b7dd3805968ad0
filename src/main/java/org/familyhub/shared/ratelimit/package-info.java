/**
 * The one rate limiter: token buckets, shared by every portal node through the database, for sign-in, the public
 * forms and the public APIs, each keyed on the client's address as {@code request.getRemoteAddr()} gives it (behind a trusted proxy, the
 * address the proxy saw; see {@code familyhub.security.trusted-proxies}).
 */
@NullMarked
package org.familyhub.shared.ratelimit;

import org.jspecify.annotations.NullMarked;
