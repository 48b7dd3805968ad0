package org.familyhub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void aLinkWithAWholeIdReadsAsThatId() {
        UUID id = UUID.fromString("4ed9ff90-f792-5469-9de6-1ffe6ebf8e22");
        assertThat(Ids.parse(id.toString())).contains(id);
        assertThat(Ids.parse("4ED9FF90-F792-5469-9DE6-1FFE6EBF8E22")).contains(id);
    }

    @Test
    void anythingElseIsNotFoundRatherThanAnError() {
        assertThat(Ids.parse("")).isEmpty();
        assertThat(Ids.parse("crewe")).isEmpty();
        assertThat(Ids.parse("1-1-1-1-1")).as("UUID.fromString would take this").isEmpty();
        assertThat(Ids.parse("4ed9ff90-f792-5469-9de6-1ffe6ebf8e2")).as("one character short").isEmpty();
        assertThat(Ids.parse("4ed9ff90-f792-5469-9de6-1ffe6ebf8e2z")).isEmpty();
    }
}
