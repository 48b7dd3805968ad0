package org.familyhub.frontdoor;

import java.util.List;
import java.util.Map;

/**
 * One page of an inbox.
 *
 * @param total    how many requests match the filter in all
 * @param page     the page shown, from 1
 * @param byStatus how many requests each status holds under the same filter, status aside
 */
public record InboxPage(List<RequestSummary> requests, long total, int page, int pageSize,
        Map<RequestStatus, Long> byStatus) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
