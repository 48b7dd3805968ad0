package org.familyhub.account;

/**
 * What a signed-in person may do. Parents, carers and young people never need an account.
 * Use the names in {@link Roles} on {@code @RolesAllowed}.
 */
public enum Role {
    /** Health visitors, teachers, social workers, the voluntary sector: signpost and refer families. */
    PROFESSIONAL,
    /** Runs services for one organisation: keeps its listings right, handles its referrals. */
    PROVIDER,
    /** The triage team for requests for help, in the localities they cover. */
    FRONT_DOOR,
    /** The Family Information Service: keeps every listing accurate, publishes. */
    EDITOR,
    /** Managers and commissioners: the report card and survey results. */
    MANAGER,
    /** Runs the portal: users, search index, feeds. */
    ADMIN
}
