package org.familyhub.shared.outbound;

import java.net.URI;
import java.nio.charset.Charset;

import org.jspecify.annotations.Nullable;

/**
 * What an address answered, after any redirects.
 *
 * @param uri     the address that answered (the last one, after redirects)
 * @param status  its HTTP status
 * @param body    the body, at most the size asked for
 * @param charset the charset the answer declared, if any
 */
public record Fetched(URI uri, int status, byte[] body, @Nullable Charset charset) {
}
