package org.familyhub.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one rule each for what a listing gives families (e-mail, phone, web address, status, postcode), which the
 * listing form, content files and feed imports share: good inputs as people type them, and junk refused.
 */
class ValueObjectsTest {

    @Test
    void anEmailAddressNeedsSomethingBeforeTheAtAndADottedDomain() {
        for (String bad : List.of("bookings", "a@b", "a b@c.org", "@example.org", "1/12/2026", "bookings@example",
                "bookings@@example.org", "bookings@example.org.", "<bookings@example.org>", "", "   ")) {
            assertThat(EmailAddress.parse(bad)).as(bad).isEmpty();
        }
        assertThat(EmailAddress.parse(null)).isEmpty();
        assertThat(EmailAddress.parse(" bookings@example.org ")).map(EmailAddress::value)
                .contains("bookings@example.org");
        for (String good : List.of("family.hub+crewe@cheshireeast.gov.uk", "info@sure-start.org.uk", "A@B.CO")) {
            assertThat(EmailAddress.parse(good)).as(good).isPresent();
        }
        assertThat(EmailAddress.allowedOrBlank("")).isTrue();
        assertThat(EmailAddress.allowedOrBlank("bookings")).isFalse();
        assertThatThrownBy(() -> new EmailAddress("bookings")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPhoneNumberIsAUkNumberAsFamiliesTypeItWithItsSpacingTidied() {
        for (String bad : List.of("1/12/2026", "12345", "01270 000", "call us", "+1 212 555 0100", "", "01270 1234567",
                "+44 1270 12", "01270 123456 ext 2", "0800-CALL-NOW", "++44 1270 123456")) {
            assertThat(PhoneNumber.parse(bad)).as(bad).isEmpty();
        }
        assertThat(PhoneNumber.parse(null)).isEmpty();
        for (String good : List.of("0300 000 017", "01270 000 010", "07700 900123", "+44 1270 123456", "111",
                "116 123", "(01625) 000-018", "01270123456", "020 7946 0000")) {
            assertThat(PhoneNumber.parse(good)).as(good).map(PhoneNumber::display).contains(good);
        }
        assertThat(PhoneNumber.parse("  01270   123456 ")).map(PhoneNumber::display).contains("01270 123456");
        assertThat(PhoneNumber.parse("+44 (0)1270 123456")).as("+44 with the 0 kept is 12 digits").isEmpty();
        assertThat(PhoneNumber.parse("(01625) 000-018")).map(PhoneNumber::digits).contains("01625000018");
        assertThat(PhoneNumber.parse("+44 1270 123456")).map(PhoneNumber::digits).contains("+441270123456");
    }

    @Test
    void aWebAddressIsHttpOrHttpsWithAHost() {
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,hi",
                "www.example.org", "example.org/club", "ftp://example.org", "https://", "http:///club",
                "mailto:bookings@example.org", "https://exa mple.org", "1/12/2026", "http://localhost:8080/api", "")) {
            assertThat(WebAddress.parse(bad)).as(bad).isEmpty();
        }
        assertThat(WebAddress.parse(null)).isEmpty();
        for (String good : List.of("https://example.org", "http://example.org/club?day=mon#times",
                "HTTPS://Example.org/Path", "https://feeds.example.org:8443/api/oruk")) {
            assertThat(WebAddress.parse(good)).as(good).map(WebAddress::value).contains(good);
        }
        assertThat(WebAddress.parse(" https://example.org ")).map(WebAddress::value).contains("https://example.org");
    }

    @Test
    void aServiceStatusIsOneOfHsdsCodesWithItsWordsKey() {
        assertThat(ServiceStatus.values()).extracting(ServiceStatus::code)
                .containsExactly("active", "temporarily closed", "inactive", "defunct");
        assertThat(ServiceStatus.ofCode("temporarily closed")).contains(ServiceStatus.TEMPORARILY_CLOSED);
        assertThat(ServiceStatus.TEMPORARILY_CLOSED.messageKey()).isEqualTo("service.status.temporarily_closed");
        for (String bad : List.of("Active", "closed", "temporarily_closed", "")) {
            assertThat(ServiceStatus.ofCode(bad)).as(bad).isEmpty();
        }
        assertThat(ServiceStatus.ofCode(null)).isEmpty();
    }

    @Test
    void aFullPostcodeNeedsItsInwardCodeWhereANearMeSearchTakesADistrict() {
        assertThat(Postcode.parseFull("cw1  3ab")).map(Postcode::toString).contains("CW1 3AB");
        assertThat(Postcode.parseFull("CW1")).isEmpty();
        assertThat(Postcode.parse("CW1")).map(Postcode::toString).contains("CW1");
        for (String bad : List.of("1/12/2026", "CW1 3A", "Crewe", "")) {
            assertThat(Postcode.parseFull(bad)).as(bad).isEmpty();
        }
    }
}
