package org.familyhub.shared.ui;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which page numbers a list's page links show: the first, the last and the two either side of the current one,
 * so a list of 5,000 pages has seven links, not 5,000.
 */
public final class PageNumbers {

    private static final int NEARBY = 2;

    private PageNumbers() {
    }

    /** @param page the current page, from 1; @param pages how many there are */
    public static SortedSet<Integer> shown(int page, int pages) {
        TreeSet<Integer> numbers = new TreeSet<>();
        numbers.add(1);
        numbers.add(Math.max(1, pages));
        for (int n = Math.max(1, page - NEARBY); n <= Math.min(pages, page + NEARBY); n++) {
            numbers.add(n);
        }
        return numbers;
    }
}
