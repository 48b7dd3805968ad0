package org.familyhub.folders;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.familyhub.PortalTest;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.frontdoor.Child;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.ProfessionalReferral;
import org.familyhub.frontdoor.Urgency;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A professional's folders against the real database and outbox, through the service and the views (no browser):
 * what is kept, what is refused, who sees what, what is sent and printed, and what the retention job deletes.
 */
@PortalTest
@ViewPackages(packages = "org.familyhub")
class FoldersTest extends SpringBrowserlessTest {

    /** Monks Coppenhall's stay and play, free, in Crewe. */
    static final UUID STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    /** Connexions Crewe. */
    static final UUID CONNEXIONS_CREWE = UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f");

    @Autowired
    Folders folders;
    @Autowired
    java.time.Clock clock;
    @Autowired
    FolderRetention retention;
    @Autowired
    FolderProperties properties;
    @Autowired
    UserAccounts users;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aProfessionalStartsRenamesFillsEmptiesAndDeletesAFolder() {
        professional();
        Folder folder = folders.create("  AB ref 1043 ");
        assertThat(folder.label()).isEqualTo("AB ref 1043");

        folders.add(folder.id(), STAY_AND_PLAY, "Mum prefers mornings");
        folders.add(folder.id(), CONNEXIONS_CREWE, null);
        folders.add(folder.id(), STAY_AND_PLAY, "again");
        folders.rename(folder.id(), "AB 1043");

        Folders.Contents contents = folders.contents(folder.id()).orElseThrow();
        assertThat(contents.folder().label()).isEqualTo("AB 1043");
        assertThat(contents.items()).extracting(FolderItem::serviceId).containsExactly(STAY_AND_PLAY, CONNEXIONS_CREWE);
        assertThat(contents.items().getFirst().note()).isEqualTo("Mum prefers mornings");
        assertThat(contents.entries()).extracting(e -> e.service().id()).containsExactly(STAY_AND_PLAY,
                CONNEXIONS_CREWE);

        folders.remove(folder.id(), STAY_AND_PLAY);
        assertThat(folders.contents(folder.id()).orElseThrow().items()).extracting(FolderItem::serviceId)
                .containsExactly(CONNEXIONS_CREWE);

        folders.delete(folder.id());
        assertThat(folders.folder(folder.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from folder_item where folder_id = ?").param(folder.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusalsSayWhyInPlainWords() {
        PortalUser me = professional();
        assertRefused(() -> folders.create("  "), "folders.refused.noLabel");
        assertRefused(() -> folders.create("x".repeat(81)), "folders.refused.labelTooLong");
        Folder folder = folders.create("CD");
        assertRefused(() -> folders.add(folder.id(), UUID.randomUUID(), null), "folders.refused.noService");
        assertRefused(() -> folders.add(folder.id(), STAY_AND_PLAY, "n".repeat(201)), "folders.refused.noteTooLong");

        List<UUID> services = jdbc.sql("select id from service order by id limit ?")
                .param(properties.itemsPerFolder() + 1).query(UUID.class).list();
        services.stream().limit(properties.itemsPerFolder()).forEach(service -> jdbc.sql(
                "insert into folder_item (folder_id, service_id, added_at) values (?, ?, now())")
                .params(folder.id(), service).update());
        assertRefused(() -> folders.add(folder.id(), services.getLast(), null), "folders.refused.tooManyItems");

        for (int i = 1; i < properties.foldersPerOwner(); i++) {
            jdbc.sql("insert into folder (id, owner, label, created_at, updated_at) values (?, ?, ?, now(), now())")
                    .params(UUID.randomUUID(), me.username(), "F" + i).update();
        }
        assertRefused(() -> folders.create("one too many"), "folders.refused.tooManyFolders");

        UI.getCurrent().navigate("folders");
        test($(TextField.class).id("folder-label")).setValue("one too many");
        test($(Button.class).id("folder-create")).click();
        assertThat(text()).contains("You already have 200 folders, the most you can keep.");
    }

    @Test
    void anotherProfessionalNeitherSeesNorChangesAFolderAndOtherRolesAreRefused() {
        professional();
        Folder mine = folders.create("EF");
        folders.add(mine.id(), STAY_AND_PLAY, null);

        professional();
        assertThat(folders.folder(mine.id())).isEmpty();
        assertThat(folders.mine(0, 20).folders()).isEmpty();
        assertRefused(() -> folders.rename(mine.id(), "mine now"), "folders.refused.notFound");
        assertRefused(() -> folders.add(mine.id(), CONNEXIONS_CREWE, null), "folders.refused.notFound");
        assertRefused(() -> folders.remove(mine.id(), STAY_AND_PLAY), "folders.refused.notFound");
        assertRefused(() -> folders.send(mine.id(), "someone@example.org", "en"), "folders.refused.notFound");
        assertRefused(() -> folders.delete(mine.id()), "folders.refused.notFound");
        UI.getCurrent().navigate("folders/" + mine.id());
        // Not found (Vaadin's 404 page), as for a folder that never was: the id tells nobody it exists.
        assertThat(ClassUtils.getUserClass(getCurrentView().getClass()).getSimpleName())
                .endsWith("RouteNotFoundError");
        assertThat(text()).doesNotContain("Folder: EF");

        SignedIn.as(users, "editor");
        assertThatThrownBy(() -> folders.mine(0, 20)).isInstanceOf(AccessDeniedException.class);
        SignedIn.out();
        assertThatThrownBy(() -> folders.create("GH")).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("select label from folder where id = ?").param(mine.id()).query(String.class).single())
                .isEqualTo("EF");
    }

    @Test
    void sendingQueuesOneEmailNamingEachServiceAndKeepsNoAddressWithoutConsent() {
        professional();
        Folder folder = folders.create("IJ");
        folders.add(folder.id(), STAY_AND_PLAY, "private note about the family");
        folders.add(folder.id(), CONNEXIONS_CREWE, null);
        String address = "family-" + UUID.randomUUID() + "@example.org";

        UI.getCurrent().navigate("folders/" + folder.id());
        test($(EmailField.class).id("folder-send-address")).setValue(address);
        test($(Button.class).id("folder-send")).click();

        assertThat(text()).contains("The folder was sent to " + address);
        List<SentEmail> sent = mailbox.to(address);
        assertThat(sent).hasSize(1);
        SentEmail email = sent.getFirst();
        assertThat(email.body()).contains("- " + name(STAY_AND_PLAY), "- " + name(CONNEXIONS_CREWE));
        assertThat(email.body()).contains("Cost: Free", "Where: ", "Crewe", "/shortlist?ids=" + STAY_AND_PLAY)
                .doesNotContain("IJ", "private note");
        Folder after = folders.folder(folder.id()).orElseThrow();
        assertThat(after.familyEmail()).isNull();
        assertThat(after.consentRecorded()).isFalse();
        assertThat(jdbc.sql("select count(*) from folder where family_email = ?").param(address)
                .query(Long.class).single()).isZero();
    }

    @Test
    void withConsentTheAddressIsKeptInPolishAndRemovedWhenConsentIsWithdrawn() {
        PortalUser me = professional();
        Folder folder = folders.create("KL");
        folders.add(folder.id(), STAY_AND_PLAY, null);
        String address = "rodzina-" + UUID.randomUUID() + "@example.org";

        UI.getCurrent().navigate("folders/" + folder.id());
        test($(EmailField.class).id("folder-send-address")).setValue(address);
        test($(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("folder-send-language"))
                .selectItem("Polish (polski)");
        test($(com.vaadin.flow.component.checkbox.Checkbox.class).id("folder-send-keep")).click();
        test($(Button.class).id("folder-send")).click();

        Folder kept = folders.folder(folder.id()).orElseThrow();
        assertThat(kept.familyEmail()).isEqualTo(address);
        assertThat(kept.familyLanguage()).isEqualTo("pl");
        assertThat(kept.consentBy()).isEqualTo(me.username());
        assertThat(kept.consentAt()).isNotNull();
        SentEmail email = mailbox.to(address).getFirst();
        assertThat(email.subject()).startsWith("Usługi polecane dla Ciebie");
        assertThat(email.body()).contains("Koszt");

        folders.send(folder.id(), "", "pl");
        assertThat(mailbox.to(address)).hasSize(2);

        UI.getCurrent().navigate("folders/" + folder.id());
        test($(Button.class).id("folder-withdraw-consent")).click();
        Folder withdrawn = folders.folder(folder.id()).orElseThrow();
        assertThat(withdrawn.familyEmail()).isNull();
        assertThat(withdrawn.familyLanguage()).isNull();
        assertThat(withdrawn.consentAt()).isNull();
        assertRefused(() -> folders.send(folder.id(), "", "en"), "folders.refused.address");
    }

    @Test
    void theFolderPageAndItsPrintableListShowEveryServiceWithCostTownAndNextSession() {
        professional();
        Folder folder = folders.create("MN");
        folders.add(folder.id(), STAY_AND_PLAY, "Ask for Jo");
        folders.add(folder.id(), CONNEXIONS_CREWE, null);
        List<String> names = List.of(name(STAY_AND_PLAY), name(CONNEXIONS_CREWE));

        UI.getCurrent().navigate("folders/" + folder.id());
        String page = text();
        assertThat(page).contains("Folder: MN", names.get(0), names.get(1), "Cost: Free", "Where: ", "Crewe",
                "Next sessions", "Your note: Ask for Jo", "Print");
        Anchor leaflet = $(Anchor.class).id("folder-leaflet");
        assertThat(leaflet.getHref()).isEqualTo("shortlist?ids=" + STAY_AND_PLAY + "," + CONNEXIONS_CREWE);

        UI.getCurrent().navigate("shortlist", QueryParameters.fromString(leaflet.getHref().substring(10)));
        // The shortlist's cards are drawn as HTML, not components: read the page as the browser gets it.
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(names.get(0), names.get(1),
                "services/" + STAY_AND_PLAY, "services/" + CONNEXIONS_CREWE).doesNotContain("Ask for Jo");
    }

    @Test
    void addingFromAServicePageStartsAFolderAndOffersItNextTime() {
        professional();
        UI.getCurrent().navigate("services/" + STAY_AND_PLAY);
        assertThat($(Anchor.class).id("add-to-folder").getHref()).isEqualTo("folders/add?service=" + STAY_AND_PLAY);

        UI.getCurrent().navigate("folders/add", QueryParameters.of("service", STAY_AND_PLAY.toString()));
        test($(TextField.class).id("folder-label")).setValue("OP");
        test($(TextField.class).id("folder-add-note")).setValue("Tuesdays");
        test($(Button.class).id("folder-create-and-add")).click();
        assertThat(text()).contains(name(STAY_AND_PLAY) + " is in OP.");

        UI.getCurrent().navigate("folders/add", QueryParameters.of("service", CONNEXIONS_CREWE.toString()));
        test($(Button.class).withText("Add to OP").single()).click();
        Folder folder = folders.mine(0, 1).folders().getFirst();
        assertThat(folder.label()).isEqualTo("OP");
        assertThat(folder.items()).isEqualTo(2);

        SignedIn.out();
        UI.getCurrent().navigate("services/" + STAY_AND_PLAY);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().startsWith("folders/add"));
    }

    @Test
    void theHomeListsTheFoldersNewestFirstAndTheReferralsWithTheirStatusInWords() {
        SignedIn.as(users, "professional");
        String reference = frontDoor.refer(new ProfessionalReferral(true, CONNEXIONS_CREWE, "Alex Family",
                List.of(new Child(15, null)), "CW1 3AB", "alex.family@example.org", "07700 900123",
                "Wants careers advice after leaving school early.", Urgency.SOON, LevelOfNeed.ADDITIONAL,
                "Alex Family (parent)", LocalDate.of(2026, 12, 1), false)).reference();
        String older = "QR-" + UUID.randomUUID().toString().substring(0, 8);
        String newer = "ST-" + UUID.randomUUID().toString().substring(0, 8);
        folders.create(older);
        folders.create(newer);

        UI.getCurrent().navigate("folders");
        String page = text();
        assertThat(page).contains("Your folders", "Your latest referrals", reference, "Received")
                .doesNotContain("RECEIVED");
        assertThat(page.indexOf(newer)).isLessThan(page.indexOf(older));
    }

    @Test
    void theHomeReadsTheLatestReferralsAPageAtATimeInTheOrderOfTheFullList() {
        SignedIn.as(users, "professional");
        for (String family : List.of("Blake Family", "Casey Family")) {
            frontDoor.refer(new ProfessionalReferral(true, CONNEXIONS_CREWE, family, List.of(new Child(14, null)),
                    "CW1 3AB", null, "07700 900124", "Wants careers advice.", Urgency.SOON, LevelOfNeed.ADDITIONAL,
                    family + " (parent)", LocalDate.of(2026, 12, 1), false));
        }

        List<String> all = frontDoor.myReferrals().stream().map(r -> r.reference()).toList();
        assertThat(frontDoor.myReferrals(0, 1)).extracting(r -> r.reference()).containsExactly(all.get(0));
        assertThat(frontDoor.myReferrals(1, 1)).extracting(r -> r.reference()).containsExactly(all.get(1));
        assertThat(frontDoor.myReferrals(0, 50)).hasSize(Math.min(50, all.size()));
    }

    @Test
    void theRetentionJobDeletesFoldersUntouchedForTheirPeriodAndKeepsTheRest() {
        professional();
        Folder old = folders.create("UV");
        folders.add(old.id(), STAY_AND_PLAY, null);
        Folder recent = folders.create("WX");
        Instant now = clock.instant();
        jdbc.sql("update folder set updated_at = ? where id = ?")
                .params(Timestamp.from(now.minus(properties.keptFor()).minus(Duration.ofDays(1))), old.id()).update();

        assertThat(retention.purge(now)).isGreaterThanOrEqualTo(1);

        assertThat(folders.folder(old.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from folder_item where folder_id = ?").param(old.id())
                .query(Long.class).single()).isZero();
        assertThat(folders.folder(recent.id())).isPresent();
    }

    /** A professional of their own, so each test sees only its own folders. */
    private static PortalUser professional() {
        return SignedIn.as(new PortalUser(UUID.randomUUID(), "pro-" + UUID.randomUUID(), "A Professional", null,
                Set.of(Role.PROFESSIONAL), null, Set.of()));
    }

    private String name(UUID service) {
        return jdbc.sql("select name from service where id = ?").param(service).query(String.class).single();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private static void assertRefused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(FolderRefused.class).hasMessage(key);
    }
}
