package org.familyhub.frontdoor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestStatusTest {

    @Test
    void aClosedRequestCannotMoveAndAWorkerIsOnlyAllocatedOnceAccepted() {
        assertThat(RequestStatus.CLOSED.next()).isEmpty();
        assertThat(RequestStatus.RECEIVED.next()).doesNotContain(RequestStatus.ALLOCATED);
        assertThat(RequestStatus.ACCEPTED.next()).contains(RequestStatus.ALLOCATED);
        assertThat(RequestStatus.DECLINED.next()).containsExactlyInAnyOrder(RequestStatus.ASSIGNED, RequestStatus.CLOSED);
    }
}
