package org.familyhub.oruk;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The standard's page envelope. {@code size} is the number of items on this page, as HSDS defines it
 * (not the {@code per_page} asked for: the last page is usually shorter); a page beyond the last is
 * empty rather than an error, so a client can simply count up until {@code last_page}. The contents are
 * written even when empty: an empty page is still a page.
 */
record Page<T>(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
        boolean empty, @JsonInclude(JsonInclude.Include.ALWAYS) List<T> contents) {

    /** The requested page of a complete list. */
    static <T> Page<T> of(List<T> all, int page, int perPage) {
        int from = (int) Math.min((long) (page - 1) * perPage, all.size());
        int to = Math.min(from + perPage, all.size());
        return of(all.size(), page, perPage, all.subList(from, to));
    }

    /** A page whose contents were fetched already, out of {@code total}. */
    static <T> Page<T> of(long total, int page, int perPage, List<T> contents) {
        int pages = (int) ((total + perPage - 1) / perPage);
        return new Page<>(total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(), contents);
    }

    /** The same page with its items turned into what is published (ids into records). */
    <R> Page<R> withContents(List<R> published) {
        return new Page<>(totalItems, totalPages, pageNumber, published.size(), firstPage, lastPage, published.isEmpty(),
                published);
    }
}
