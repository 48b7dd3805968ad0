package org.familyhub.directory;

import java.util.List;

/**
 * One page of a list of services in name order, and where it sits in the whole list.
 *
 * @param page  from 1; a page asked for beyond the last is the last
 * @param size  services a page holds
 * @param total services in the whole list
 */
public record ServicePage(List<ServiceCard> services, int page, int size, long total) {

    public ServicePage {
        services = List.copyOf(services);
    }

    /** How many pages the whole list takes: at least one, even when it is empty. */
    public int pages() {
        return pagesFor(total, size);
    }

    /** The position in the whole list of the first service on this page, from 1 (0 when there are none). */
    public long first() {
        return services.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return services.isEmpty() ? 0 : first() + services.size() - 1;
    }

    /** The page to show for the one asked for: the first for nonsense, the last for one beyond it. */
    static int clamp(int asked, long total, int size) {
        return Math.min(Math.max(1, asked), pagesFor(total, size));
    }

    private static int pagesFor(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
