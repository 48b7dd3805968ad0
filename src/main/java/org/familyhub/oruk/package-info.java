/**
 * The Open Referral UK (HSDS 3.0) read API at {@code /api/oruk}: the directory's published services as
 * the standard describes them, for other councils' and national services' feeds. Public, read-only,
 * cached, rate-limited per client. See {@code docs/oruk-api.md}.
 */
@NullMarked
package org.familyhub.oruk;

import org.jspecify.annotations.NullMarked;
