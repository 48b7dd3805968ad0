package org.familyhub.reporting;

import java.time.LocalDate;

import org.familyhub.PortalTest;
import org.familyhub.shared.Usage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage is counted in memory, added to the aggregate table in one batch, and never names anyone. */
@PortalTest
class UsageCounterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UsageCounter counter;
    @Autowired
    JdbcClient jdbc;

    private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

    @AfterEach
    void noBrowser() {
        request().removeHeader("User-Agent");
    }

    /** The test's own request (Spring's mock), whose user agent the counter reads. */
    private static MockHttpServletRequest request() {
        return (MockHttpServletRequest) ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
    }

    @Test
    void pageViewsAreCountedPerDayPageGroupAndLocalityAndAddedUpOnEachFlush() {
        request().addHeader("User-Agent", PHONE);
        counter.flush();
        long before = count("PAGE_VIEW", "usage-test", "crewe-nantwich");
        events.publishEvent(new Usage(Usage.Kind.PAGE_VIEW, "usage-test", "crewe-nantwich"));
        events.publishEvent(new Usage(Usage.Kind.PAGE_VIEW, "usage-test", "Crewe and Nantwich"));
        counter.flush();
        events.publishEvent(new Usage(Usage.Kind.PAGE_VIEW, "usage-test", "crewe-nantwich"));
        events.publishEvent(new Usage(Usage.Kind.PAGE_VIEW, "usage-test", "nowhere"));
        counter.flush();

        assertThat(count("PAGE_VIEW", "usage-test", "crewe-nantwich")).isEqualTo(before + 3);
        assertThat(count("PAGE_VIEW", "usage-test", "")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'usage_count'")
                .query(Long.class).single()).as("day, kind, group, locality and count only").isEqualTo(5);
    }

    @Test
    void aRobotsPageViewIsNotCounted() {
        request().addHeader("User-Agent", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)");
        events.publishEvent(new Usage(Usage.Kind.PAGE_VIEW, "robot-test", null));
        counter.flush();
        assertThat(count("PAGE_VIEW", "robot-test", "")).isZero();
    }

    @Test
    void robotsAndRequestsWithoutAUserAgentAreNotPeople() {
        assertThat(UsageCounter.isRobot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).isTrue();
        assertThat(UsageCounter.isRobot("curl/8.5.0")).isTrue();
        assertThat(UsageCounter.isRobot("")).isTrue();
        assertThat(UsageCounter.isRobot(PHONE)).isFalse();
        assertThat(UsageCounter.isRobot(null)).isFalse();
    }

    private long count(String kind, String group, String locality) {
        return jdbc.sql("select coalesce(sum(count), 0) from usage_count where day = ? and kind = ? and page_group = ?"
                        + " and locality_code = ?").params(TODAY, kind, group, locality).query(Long.class).single();
    }
}
