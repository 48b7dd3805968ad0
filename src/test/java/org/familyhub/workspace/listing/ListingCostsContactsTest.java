package org.familyhub.workspace.listing;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familyhub.workspace.listing.ListingVenuesTest.contentListings;

/**
 * Costs, languages, contacts and other phones read from every listing in {@code content/services} and applied
 * back change nothing; a price or language set in the editor is written as content files write one; bad amounts,
 * e-mails and phones are refused.
 */
class ListingCostsContactsTest {

    @Test
    void everyContentListingRoundTripsUnchanged() throws IOException {
        int priced = 0;
        int languages = 0;
        for (HsdsDocuments.Service listing : contentListings()) {
            JsonNode before = ServiceDocumentJson.JSON.valueToTree(listing);
            ListingCosts.Costs costs = ListingCosts.read(listing);
            priced += costs.prices().size();
            languages += ListingLanguages.read(listing).size();
            List<ListingContacts.Phone> phones = ListingContacts.otherPhones(listing);
            HsdsDocuments.Service after = ListingContacts.applyPhones(
                    ListingContacts.applyContacts(ListingLanguages.apply(ListingCosts.apply(listing, costs),
                            ListingLanguages.read(listing)), ListingContacts.contacts(listing)), phones, phones);
            assertThat((Object) ServiceDocumentJson.JSON.valueToTree(after)).as(listing.name()).isEqualTo(before);
        }
        assertThat(priced).as("content prices are shown as prices").isGreaterThan(5);
        assertThat(languages).isGreaterThan(180);
    }

    @Test
    void contentPricesAreReadAsAmountAndWhatTheyArePer() throws IOException {
        HsdsDocuments.Service listing = withPrice("£1.50 per family");
        ListingCosts.Price price = ListingCosts.read(listing).prices().getFirst();
        assertThat(price.amount()).isEqualByComparingTo("1.5");
        assertThat(price.per()).isEqualTo("per family");
        assertThat(price.option()).isEqualTo("Entry");
        assertThat(ListingCosts.read(free()).free()).isTrue();
    }

    @Test
    void aPriceAndAFreeListingMadeInTheEditorAreWrittenAsContentWritesThem() throws IOException {
        HsdsDocuments.Service content = withPrice("£1.50 per family");
        ListingCosts.Price changed = new ListingCosts.Price(null, "Entry", new BigDecimal("1.50"), "per family");
        HsdsDocuments.Service made = ListingCosts.apply(free(), new ListingCosts.Costs(false, List.of(changed)));
        HsdsDocuments.CostOption written = made.costOptions().getFirst();
        assertThat(written).usingRecursiveComparison().ignoringFields("id")
                .isEqualTo(content.costOptions().getFirst());

        ListingCosts.Price session = new ListingCosts.Price(null, "Entry", new BigDecimal("2.5"), "per session");
        assertThat(session.words()).isEqualTo("£2.50 per session");
        assertThat(new ListingCosts.Price(null, null, new BigDecimal("10.00"), null).words()).isEqualTo("£10");

        HsdsDocuments.Service madeFree = ListingCosts.apply(content, new ListingCosts.Costs(true, List.of()));
        assertThat(madeFree.costOptions()).singleElement().usingRecursiveComparison().ignoringFields("id")
                .isEqualTo(free().costOptions().getFirst());
        assertThat(ListingCosts.apply(content, new ListingCosts.Costs(false, List.of())).costOptions())
                .as("all removed: the listing says nothing of cost").isEmpty();
    }

    @Test
    void amountsOutsideZeroToTenThousandOrWithPartsOfPenceAreRefused() {
        for (String bad : List.of("-1", "10000", "2.505", "9999.999")) {
            assertThat(new ListingCosts.Price(null, null, new BigDecimal(bad), "per session").amountAllowed())
                    .as(bad).isFalse();
        }
        for (String good : List.of("0", "2.5", "2.50", "9999.99")) {
            assertThat(new ListingCosts.Price(null, null, new BigDecimal(good), null).amountAllowed()).as(good)
                    .isTrue();
        }
        assertThat(new ListingCosts.Price(null, null, null, null).amountAllowed()).as("neither amount nor words")
                .isFalse();
    }

    @Test
    void aLanguageChosenHasItsCodeAndOneTypedInHasItsNameOnly() throws IOException {
        HsdsDocuments.Service listing = free();
        List<ListingLanguages.Spoken> spoken = new ArrayList<>(ListingLanguages.read(listing));
        spoken.add(ListingLanguages.Spoken.named("polish"));
        spoken.add(ListingLanguages.Spoken.named("Makaton"));
        HsdsDocuments.Service after = ListingLanguages.apply(listing, spoken);
        HsdsDocuments.Language polish = contentListings().stream()
                .flatMap(s -> HsdsDocuments.list(s.languages()).stream()).filter(l -> "pl".equals(l.code()))
                .findFirst().orElseThrow();
        assertThat(after.languages().get(after.languages().size() - 2)).usingRecursiveComparison()
                .ignoringFields("id").isEqualTo(polish);
        assertThat(after.languages().getLast().name()).isEqualTo("Makaton");
        assertThat(after.languages().getLast().code()).isNull();
        assertThat(ListingLanguages.read(ListingLanguages.apply(after, spoken.subList(0, spoken.size() - 2))))
                .isEqualTo(ListingLanguages.read(listing));
    }

    @Test
    void otherPhonesComeAfterTheFormsPhoneAndContactsHaveNoName() throws IOException {
        HsdsDocuments.Service listing = contentListings().stream().filter(s -> HsdsDocuments.list(s.phones())
                .size() == 2).findFirst().orElseThrow();
        List<ListingContacts.Phone> read = ListingContacts.otherPhones(listing);
        List<ListingContacts.Phone> wanted = new ArrayList<>(read);
        wanted.add(new ListingContacts.Phone(null, "0300 000 099", "Bookings"));
        HsdsDocuments.Service after = ListingContacts.applyPhones(listing, read, wanted);
        assertThat(after.phones()).hasSize(3);
        assertThat(after.phones().getFirst()).isEqualTo(listing.phones().getFirst());
        assertThat(after.phones().getLast().type()).isEqualTo("voice");
        assertThat(ListingContacts.applyPhones(after, ListingContacts.otherPhones(after), List.of()).phones())
                .containsExactly(listing.phones().getFirst());

        HsdsDocuments.Service withContact = ListingContacts.applyContacts(listing,
                List.of(new ListingContacts.Contact(null, "Bookings", "bookings@example.org", null)));
        assertThat(withContact.contacts()).singleElement().satisfies(c -> {
            assertThat(c.name()).isNull();
            assertThat(c.title()).isEqualTo("Bookings");
        });
    }

    @Test
    void aContactsOwnPhoneIsWrittenAsHsdsNestsItAndReadBack() throws IOException {
        HsdsDocuments.Service listing = free();
        HsdsDocuments.Service withPhone = ListingContacts.applyContacts(listing,
                List.of(new ListingContacts.Contact(null, "Bookings", "bookings@example.org", "01270 000 099")));
        HsdsDocuments.Contact contact = withPhone.contacts().getFirst();
        assertThat(contact.phones()).singleElement().satisfies(phone -> {
            assertThat(phone.number()).isEqualTo("01270 000 099");
            assertThat(phone.type()).isEqualTo("voice");
            assertThat(phone.id()).as("the contact's id, as the directory stores it").isEqualTo(contact.id());
        });
        assertThat(withPhone.phones()).as("never one of the service's phones").isEqualTo(listing.phones());
        assertThat(ListingContacts.contacts(withPhone)).singleElement()
                .extracting(ListingContacts.Contact::phone).isEqualTo("01270 000 099");

        ListingContacts.Contact read = ListingContacts.contacts(withPhone).getFirst();
        HsdsDocuments.Service without = ListingContacts.applyContacts(withPhone,
                List.of(new ListingContacts.Contact(read.id(), "Bookings", "bookings@example.org", null)));
        assertThat(without.contacts().getFirst().phones()).as("no number, no phones").isNull();
    }

    private static HsdsDocuments.Service withPrice(String words) throws IOException {
        return contentListings().stream().filter(s -> HsdsDocuments.list(s.costOptions()).stream()
                .anyMatch(c -> words.equals(c.amountDescription()))).findFirst().orElseThrow();
    }

    private static HsdsDocuments.Service free() throws IOException {
        return contentListings().stream().filter(s -> ListingCosts.read(s).free()).findFirst().orElseThrow();
    }
}
