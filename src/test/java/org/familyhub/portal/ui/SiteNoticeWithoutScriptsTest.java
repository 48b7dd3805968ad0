package org.familyhub.portal.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;

import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.workspace.NoticeLevel;
import org.familyhub.workspace.SiteNotice;
import org.familyhub.workspace.SiteNotices;
import org.familyhub.workspace.SiteNotices.NoticeForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site-wide notice (#18) is in the first HTML response, at the top of {@code <main>}, for a family whose
 * phone runs no scripts: a plain HTTP GET, as {@link PagesWithoutScriptsTest} reads pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class SiteNoticeWithoutScriptsTest {

    static final String SNOW = "All children's centres are closed today because of snow.";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    SiteNotices notices;

    private SiteNotice notice;

    @AfterEach
    void endTheNotice() {
        SignedIn.as(accounts, "editor");
        notices.endNow(notice.id());
        SignedIn.out();
    }

    @Test
    void theNoticeIsAtTheTopOfMainInTheFirstResponseOfEveryPublicPage() throws Exception {
        SignedIn.as(accounts, "editor");
        notice = notices.add(new NoticeForm(SNOW, null, NoticeLevel.URGENT, LocalDate.of(2026, 12, 2),
                LocalTime.of(7, 0), LocalDate.of(2026, 12, 2), LocalTime.of(20, 0)));
        SignedIn.out();

        for (String path : new String[] {"/", "/services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54", "/centres"}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", "text/html").header("Accept-Language", "en-GB").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Element main = Jsoup.parse(response.body()).selectFirst("#first-paint main#main-content");
            assertThat(main).as("%s has its content in the first response", path).isNotNull();
            Element section = main.selectFirst("section.site-notice");
            assertThat(section).as(path).isNotNull();
            assertThat(section.attr("aria-label")).isEqualTo("Urgent notice");
            assertThat(section.text()).isEqualTo("Urgent: " + SNOW);
            assertThat(main.child(0).select("section.site-notice")).as("%s: the notice comes first", path)
                    .containsExactly(section);
            assertThat(main.selectFirst("h1")).isNotNull();
        }
    }
}
