package org.familyhub.feedback;

import java.util.UUID;

/** What a person gets back once their answer is stored: the "thank you" comes only after this. */
public record Receipt(UUID id, String reference) {
}
