package org.familyhub.frontdoor;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.familyhub.PortalTest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every field of "Ask for help" with bad input: a clear message on that field, and nothing stored. */
@PortalTest
class SelfReferralValidationTest {

    private static final String LONG = "x".repeat(2001);
    private static final String SCRIPT = "<script>alert('hi')</script>";

    @Autowired
    FrontDoor frontDoor;
    @Autowired
    HelpRequestRepository requests;

    static Stream<Arguments> badFields() {
        return Stream.of(
                bad("name", "empty", f -> with(f, "name", "  "), "frontdoor.error.required"),
                bad("name", "too long", f -> with(f, "name", "x".repeat(101)), "frontdoor.error.tooLong"),
                bad("name", "script", f -> with(f, "name", SCRIPT), "frontdoor.error.markup"),
                bad("children", "none", f -> children(f, List.of()), "frontdoor.error.noChildren"),
                bad("children", "eleven", f -> children(f, java.util.Collections.nCopies(11, new Child(3, null))),
                        "frontdoor.error.tooManyChildren"),
                bad("child.0.age", "missing", f -> children(f, List.of(new Child(null, null))), "frontdoor.error.required"),
                bad("child.0.age", "negative", f -> children(f, List.of(new Child(-1, null))), "frontdoor.error.age"),
                bad("child.0.age", "too old", f -> children(f, List.of(new Child(26, null))), "frontdoor.error.age"),
                bad("child.1.needs", "html", f -> children(f, List.of(new Child(2, null), new Child(5, "<b>loud</b>"))),
                        "frontdoor.error.markup"),
                bad("child.0.needs", "too long", f -> children(f, List.of(new Child(2, "x".repeat(501)))),
                        "frontdoor.error.tooLong"),
                bad("topics", "unknown code", f -> topics(f, Set.of("not-a-topic")), "frontdoor.error.topic"),
                bad("helpWanted", "empty", f -> with(f, "helpWanted", ""), "frontdoor.error.required"),
                bad("helpWanted", "too long", f -> with(f, "helpWanted", LONG), "frontdoor.error.tooLong"),
                bad("helpWanted", "script", f -> with(f, "helpWanted", "Help " + SCRIPT), "frontdoor.error.markup"),
                bad("postcode", "empty", f -> with(f, "postcode", null), "frontdoor.error.required"),
                bad("postcode", "not a postcode", f -> with(f, "postcode", "CREWE"), "frontdoor.error.postcode"),
                bad("postcode", "district only", f -> with(f, "postcode", "CW1"), "frontdoor.error.postcode"),
                bad("postcode", "outside the area", f -> with(f, "postcode", "M1 1AE"), "frontdoor.error.outsideArea"),
                bad("postcode", "html", f -> with(f, "postcode", "<i>CW1</i>"), "frontdoor.error.markup"),
                bad("contactMethods", "none", f -> methods(f, Set.of()), "frontdoor.error.contactMethod"),
                bad("email", "missing when e-mail chosen", f -> with(f, "email", ""), "frontdoor.error.required"),
                bad("email", "wrong format", f -> with(f, "email", "sam.example.org"), "frontdoor.error.email"),
                bad("email", "too long", f -> with(f, "email", "a".repeat(250) + "@example.org"), "frontdoor.error.tooLong"),
                bad("email", "markup", f -> with(f, "email", "<sam@example.org>"), "frontdoor.error.markup"),
                bad("phone", "missing when phone chosen", f -> with(f, "phone", null), "frontdoor.error.required"),
                bad("phone", "letters", f -> with(f, "phone", "call me maybe"), "frontdoor.error.phone"),
                bad("phone", "too few digits", f -> with(f, "phone", "01270 123"), "frontdoor.error.phone"),
                bad("phone", "landline for texts", f -> methods(f, Set.of(ContactMethod.TEXT)), "frontdoor.error.mobile"),
                bad("contactTimes", "too long", f -> with(f, "contactTimes", "x".repeat(201)), "frontdoor.error.tooLong"),
                bad("contactTimes", "script", f -> with(f, "contactTimes", SCRIPT), "frontdoor.error.markup"),
                bad("safeToLeaveMessage", "unanswered", f -> with(f, "safeToLeaveMessage", null), "frontdoor.error.choose"),
                bad("consentToShare", "unanswered", f -> with(f, "consentToShare", null), "frontdoor.error.choose"),
                bad("service", "unknown service", f -> with(f, "serviceId", UUID.randomUUID()), "frontdoor.error.service"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badFields")
    void aBadFieldGetsItsOwnMessageAndNothingIsStored(String field, String problem, UnaryOperator<SelfReferral> spoil,
            String messageKey) {
        long before = requests.count();
        SelfReferral form = spoil.apply(SampleRequests.selfReferral("valid@example.org"));

        assertThatThrownBy(() -> frontDoor.submit(form, "validation-" + UUID.randomUUID()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        invalid -> assertThat(invalid.errors()).containsEntry(field, messageKey));
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void everyMessageKeyHasEnglishAndPolishText() {
        badFields().map(arguments -> (String) arguments.get()[3]).distinct().forEach(key -> {
            assertThat(java.util.ResourceBundle.getBundle("vaadin-i18n/frontdoor", java.util.Locale.ROOT).getString(key))
                    .isNotBlank();
            assertThat(java.util.ResourceBundle.getBundle("vaadin-i18n/frontdoor", java.util.Locale.forLanguageTag("pl"))
                    .getString(key)).isNotBlank();
        });
    }

    @Test
    void theValidFormIsAccepted() {
        Submitted submitted = frontDoor.submit(SampleRequests.selfReferral("valid@example.org"), "valid-" + UUID.randomUUID());

        assertThat(submitted.reference()).matches("FH-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
        assertThat(requests.findByReference(submitted.reference())).isPresent();
    }

    private static Arguments bad(String field, String problem, UnaryOperator<SelfReferral> spoil, String key) {
        return arguments(field, problem, spoil, key);
    }

    private static SelfReferral with(SelfReferral f, String field, Object value) {
        return new SelfReferral(
                field.equals("name") ? (String) value : f.name(), f.children(), f.topics(),
                field.equals("helpWanted") ? (String) value : f.helpWanted(),
                field.equals("postcode") ? (String) value : f.postcode(), f.contactMethods(),
                field.equals("email") ? (String) value : f.email(),
                field.equals("phone") ? (String) value : f.phone(),
                field.equals("contactTimes") ? (String) value : f.contactTimes(),
                field.equals("safeToLeaveMessage") ? (Boolean) value : f.safeToLeaveMessage(),
                field.equals("consentToShare") ? (Boolean) value : f.consentToShare(),
                field.equals("serviceId") ? (UUID) value : f.serviceId(), f.website());
    }

    private static SelfReferral children(SelfReferral f, List<Child> children) {
        return new SelfReferral(f.name(), children, f.topics(), f.helpWanted(), f.postcode(), f.contactMethods(),
                f.email(), f.phone(), f.contactTimes(), f.safeToLeaveMessage(), f.consentToShare(), f.serviceId(),
                f.website());
    }

    private static SelfReferral topics(SelfReferral f, Set<String> topics) {
        return new SelfReferral(f.name(), f.children(), topics, f.helpWanted(), f.postcode(), f.contactMethods(),
                f.email(), f.phone(), f.contactTimes(), f.safeToLeaveMessage(), f.consentToShare(), f.serviceId(),
                f.website());
    }

    private static SelfReferral methods(SelfReferral f, Set<ContactMethod> methods) {
        return new SelfReferral(f.name(), f.children(), f.topics(), f.helpWanted(), f.postcode(), methods,
                f.email(), f.phone(), f.contactTimes(), f.safeToLeaveMessage(), f.consentToShare(), f.serviceId(),
                f.website());
    }
}
