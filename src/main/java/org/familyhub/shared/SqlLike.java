package org.familyhub.shared;

/** LIKE patterns with LIKE's own wildcards ({@code %}, {@code _}) and its escape ({@code \}) taken literally. */
public final class SqlLike {

    private SqlLike() {
    }

    /** The text anywhere: {@code 50%_off} becomes {@code %50\%\_off%}. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
