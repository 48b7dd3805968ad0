package org.familyhub.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** jsoup reads realistic pages from old council websites into the parts of a listing. */
class LegacyPageTest {

    static String page(String name) {
        try (InputStream in = LegacyPageTest.class.getResourceAsStream("/legacy-html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aModernCouncilPageWithAnAddressElementAndLinks() {
        LegacyPage page = LegacyPage.read(page("crewe-stay-and-play.html"));

        assertThat(page.title()).isEqualTo("Stay and Play at Gresty Brook");
        assertThat(page.description()).startsWith("<p>Our stay and play sessions are a chance")
                .contains("Sessions are free").doesNotContain("cookies").doesNotContain("Home");
        assertThat(page.phone()).isEqualTo("01270 685 500");
        assertThat(page.email()).isEqualTo("childrenscentres@cheshireeast.gov.uk");
        assertThat(page.venueName()).isEqualTo("Gresty Brook Children's Centre");
        assertThat(page.address()).isEqualTo("Brookhouse Drive");
        assertThat(page.town()).isEqualTo("Crewe");
        assertThat(page.postcode()).isEqualTo("CW2 6NA");
        assertThat(page.openingTimes())
                .isEqualTo("Monday 9:30am to 11:30am; Thursday 1pm to 2.30pm (term time only)");
    }

    @Test
    void anOldTableLayoutPageWithContactDetailsInPlainText() {
        LegacyPage page = LegacyPage.read(page("nantwich-toddler-group.html"));

        assertThat(page.title()).isEqualTo("Nantwich Toddler Group");
        assertThat(page.description()).contains("relaxed morning group").contains("£1.50")
                .doesNotContain("Venue").doesNotContain("Telephone");
        assertThat(page.phone()).isEqualTo("01270 624 512");
        assertThat(page.email()).isEqualTo("nantwichtoddlers@example.org.uk");
        assertThat(page.venueName()).isEqualTo("St Mary's Church Hall");
        assertThat(page.address()).isEqualTo("Church Lane");
        assertThat(page.town()).isEqualTo("Nantwich");
        assertThat(page.postcode()).isEqualTo("CW5 5RQ");
        assertThat(page.openingTimes()).isEqualTo("Wednesday 9.30 - 11.30; Friday 10.00 - 12.00");
    }

    @Test
    void aDefinitionListPageWhoseOnlyHeadingIsTheSiteName() {
        LegacyPage page = LegacyPage.read(page("macclesfield-dads-group.html"));

        assertThat(page.title()).isEqualTo("Dads' Group, Macclesfield");
        assertThat(page.description()).contains("fathers, step-dads and male carers")
                .doesNotContain("script").doesNotContain("onclick").doesNotContain("<img");
        assertThat(page.phone()).isEqualTo("01625 374 000");
        assertThat(page.email()).isEqualTo("dadsgroup@cheshireeast.gov.uk");
        assertThat(page.venueName()).isEqualTo("Macclesfield Children's Centre");
        assertThat(page.address()).isEqualTo("Hurdsfield Road");
        assertThat(page.town()).isEqualTo("Macclesfield");
        assertThat(page.postcode()).isEqualTo("SK10 2LW");
        assertThat(page.openingTimes()).isEqualTo("Saturdays 10am - 12pm (not bank holidays)");
    }
}
