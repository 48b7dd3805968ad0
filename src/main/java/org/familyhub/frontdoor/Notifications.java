package org.familyhub.frontdoor;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.ServiceOwner;
import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.DateText;
import org.springframework.stereotype.Component;

/**
 * The e-mails a request causes, queued in the outbox inside the change that caused them. They never
 * carry what the family wrote: only the reference, the status and what happens next, because an
 * e-mail can be read by anyone with the family's phone. Those to the family name the request, so a
 * safeguarding flag raised later still stops them ({@link SafeguardingHold}).
 */
@Component
class Notifications {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final Mail mail;
    private final UserAccounts users;
    private final PortalProperties portal;
    private final DateText dates;

    Notifications(Mail mail, UserAccounts users, PortalProperties portal, DateText dates) {
        this.mail = mail;
        this.dates = dates;
        this.users = users;
        this.portal = portal;
    }

    /** The family's confirmation, when they gave an address and said we may e-mail them. */
    void received(HelpRequest request, LocalDate respondBy) {
        if (!emailsFamily(request)) {
            return;
        }
        Locale language = language(request);
        mail.queueToFamily(request.getId(), new Email(request.getFamilyEmail(),
                words(language, "frontdoor.mail.received.subject", request.getReference()),
                words(language, "frontdoor.mail.received.body", request.getReference(),
                        request.getKind() == RequestKind.CHILDCARE_BROKERAGE ? FrontDoor.FAMILY_INFORMATION_SERVICE
                                : "Family Front Door", dates.day(respondBy, language == POLISH ? POLISH : Locale.UK),
                        portal.frontDoorPhone(), portal.portalName())));
    }

    /** The provider's users (or, if none have an address, the service's own) hear of a new referral. */
    void newForProvider(HelpRequest request, ServiceOwner owner) {
        Set<String> addresses = new LinkedHashSet<>();
        users.withRole(Role.PROVIDER).stream()
                .filter(user -> owner.organisationId().equals(user.organisationId()))
                .map(PortalUser::email)
                .filter(email -> email != null && !email.isBlank())
                .forEach(addresses::add);
        if (addresses.isEmpty() && owner.email() != null) {
            addresses.add(owner.email());
        }
        addresses.forEach(address -> mail.queue(new Email(address,
                "New referral for " + owner.serviceName() + ": " + request.getReference(),
                """
                There is a new request for help for %s (reference %s).

                Sign in to %s and open your inbox to read it and accept or decline it.
                """.formatted(owner.serviceName(), request.getReference(), portal.portalName()))));
    }

    /** The referrer (the professional, or the family if they asked for e-mails) hears of each change. */
    void statusChanged(HelpRequest request) {
        String body = """
                Request %s is now: %s.%s

                %s
                """.formatted(request.getReference(), statusWords(request), reason(request), portal.portalName());
        String subject = "Update on request " + request.getReference();
        if (request.getReferrerEmail() != null) {
            mail.queue(new Email(request.getReferrerEmail(), subject, body));
        }
        if (request.getReferrerUserId() == null && emailsFamily(request)) {
            Locale language = language(request);
            String to = request.getTeam() != null ? request.getTeam() : request.getServiceName() != null
                    ? request.getServiceName() : words(language, "frontdoor.mail.aService");
            String reason = request.getStatus() == RequestStatus.DECLINED && request.getDeclineReason() != null
                    ? words(language, "frontdoor.mail.reason", request.getDeclineReason()) : "";
            mail.queueToFamily(request.getId(), new Email(request.getFamilyEmail(),
                    words(language, "frontdoor.mail.update.subject", request.getReference()),
                    words(language, "frontdoor.mail.update.body", request.getReference(),
                            words(language, "frontdoor.mail.status." + request.getStatus().name(), to), reason,
                            portal.portalName(), portal.frontDoorPhone())));
        }
    }

    /**
     * A safeguarding concern stops every message to the family (the flag's instruction is not to contact them);
     * one already queued is stopped by {@link SafeguardingHold} when its turn to be sent comes.
     */
    private static boolean emailsFamily(HelpRequest request) {
        return request.getFamilyEmail() != null && request.getContactMethods().contains(ContactMethod.EMAIL)
                && !request.isSafeguarding();
    }

    private static String statusWords(HelpRequest request) {
        return switch (request.getStatus()) {
            case RECEIVED -> "received";
            case ASSIGNED -> "passed to " + (request.getTeam() != null ? request.getTeam()
                    : request.getServiceName() != null ? request.getServiceName() : "a service");
            case ACCEPTED -> "accepted";
            case DECLINED -> "declined";
            case ALLOCATED -> "allocated to a worker";
            case CLOSED -> "closed";
        };
    }

    private static String reason(HelpRequest request) {
        return request.getStatus() == RequestStatus.DECLINED && request.getDeclineReason() != null
                ? "\n\nThe reason given: " + request.getDeclineReason() : "";
    }

    /** Polish for a family who asked in Polish; the bundle's root (English) otherwise. */
    private static Locale language(HelpRequest request) {
        return "pl".equals(request.getFamilyLanguage()) ? POLISH : Locale.ROOT;
    }

    /** The family's e-mail in the language they asked in, from the front door's bundle. */
    private static String words(Locale language, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/frontdoor", language,
                Notifications.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language).format(args);
    }
}
