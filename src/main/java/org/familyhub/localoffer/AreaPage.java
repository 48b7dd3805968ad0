package org.familyhub.localoffer;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One page of the published services in an area of the Local Offer, by name.
 *
 * @param page  from 1
 * @param total services in the whole area
 */
public record AreaPage(LocalOfferArea area, List<Entry> services, int page, int size, long total) {

    public AreaPage {
        services = List.copyOf(services);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** A service in the list, with its answer to "who is it for". */
    public record Entry(UUID serviceId, String name, @Nullable String whoFor) {
    }
}
