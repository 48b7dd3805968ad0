package org.familyhub.frontdoor;

import java.util.Objects;

import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.frontdoor.domain.HelpRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and move a request. A front-door worker: requests in the localities they cover (a
 * childcare brokerage request only once it is flagged as a safeguarding concern). The Family Information
 * Service (editors): brokerage requests, anywhere in the area, with the front door's moves. A provider:
 * requests passed to one of their organisation's services. Nobody else, whatever the screen shows: the
 * inbox asks here before it reads or changes anything.
 */
final class RequestAccess {

    private RequestAccess() {
    }

    static boolean canSee(PortalUser user, HelpRequest request) {
        return isFrontDoorFor(user, request) || isProviderFor(user, request);
    }

    /** The front door for the request's locality, or for a brokerage request the Family Information Service. */
    static boolean isFrontDoorFor(PortalUser user, HelpRequest request) {
        boolean brokerage = request.getKind() == RequestKind.CHILDCARE_BROKERAGE;
        return (user.has(Role.FRONT_DOOR) && user.covers(request.getLocalityCode())
                        && (!brokerage || request.isSafeguarding()))
                || (brokerage && user.has(Role.EDITOR));
    }

    static boolean isProviderFor(PortalUser user, HelpRequest request) {
        return user.has(Role.PROVIDER) && user.organisationId() != null
                && Objects.equals(user.organisationId(), request.getOrganisationId());
    }

    static void requireSee(PortalUser user, HelpRequest request) {
        if (!canSee(user, request)) {
            throw new AccessDeniedException("This request is not in your inbox");
        }
    }

    static void requireFrontDoor(PortalUser user, HelpRequest request) {
        if (!isFrontDoorFor(user, request)) {
            throw new AccessDeniedException("Only the front door for this locality can do this");
        }
    }
}
