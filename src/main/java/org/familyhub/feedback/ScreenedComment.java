package org.familyhub.feedback;

import java.time.Instant;

/**
 * A free-text answer an editor has screened: the text as it may be shown (approved as written, or the
 * editor's redaction), never the original of a redacted one.
 */
public record ScreenedComment(long answerId, String text, Instant submittedAt) {
}
