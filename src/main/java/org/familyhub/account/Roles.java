package org.familyhub.account;

/** The role names as constants, for {@code @RolesAllowed(Roles.EDITOR)}. Same names as {@link Role}. */
public final class Roles {

    public static final String PROFESSIONAL = "PROFESSIONAL";
    public static final String PROVIDER = "PROVIDER";
    public static final String FRONT_DOOR = "FRONT_DOOR";
    public static final String EDITOR = "EDITOR";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
