package org.familyhub.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.familyhub.booking.domain.CourseRepository;
import org.familyhub.directory.Listings;
import org.familyhub.directory.SchoolTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demonstration: two Crewe programmes of the sample content get a course each, starting a few weeks from
 * today, when they have never had one, so a freshly started portal shows booking at work. Services that are not
 * the sample content's (other ids) are never touched; {@code familyhub.booking.sample-courses: false} turns it off.
 */
@Component
@Order(20) // after the sample content is loaded
class SampleCourses implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SampleCourses.class);

    private record Sample(UUID serviceId, String title, String venue, DayOfWeek day, LocalTime start, LocalTime end,
            int sessions, int capacity, int creche) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(UUID.fromString("4ed9ff90-f792-5469-9de6-1ffe6ebf8e22"), "Incredible Years: Crewe morning group",
                    "Monks Coppenhall Children's Centre, Crewe", DayOfWeek.TUESDAY, LocalTime.of(9, 30),
                    LocalTime.of(11, 30), 6, 12, 6),
            new Sample(UUID.fromString("9b8ee548-e990-5a46-a985-9916e468f47f"),
                    "Understanding Your Child: Crewe evening group", "Crewe Family Hub", DayOfWeek.THURSDAY,
                    LocalTime.of(18, 0), LocalTime.of(20, 0), 10, 10, 0));

    private final BookingProperties properties;
    private final CourseRepository courses;
    private final CourseSetup setup;
    private final Listings listings;
    private final SchoolTerms terms;
    private final Clock clock;

    SampleCourses(BookingProperties properties, CourseRepository courses, CourseSetup setup, Listings listings,
            SchoolTerms terms, Clock clock) {
        this.properties = properties;
        this.courses = courses;
        this.setup = setup;
        this.listings = listings;
        this.terms = terms;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.sampleCourses()) {
            return;
        }
        for (Sample sample : SAMPLES) {
            if (courses.anyForService(sample.serviceId())) {
                continue;
            }
            listings.summary(sample.serviceId()).ifPresent(service -> {
                setup.create(service, new NewCourse(service.id(), sample.title(), sample.venue(), "A family support worker",
                        firstDay(sample.day()), sample.sessions(), sample.start(), sample.end(), sample.capacity(),
                        sample.creche(), WhoMayBook.BOTH, null, null), Places.SYSTEM);
                LOG.info("event=sample-course-added service={}", service.id());
            });
        }
    }

    /** The first such weekday at least three weeks ahead that is not in a school holiday. */
    private LocalDate firstDay(DayOfWeek day) {
        LocalDate date = LocalDate.now(clock).plusWeeks(3).with(TemporalAdjusters.nextOrSame(day));
        while (terms.termDates().isHoliday(date)) {
            date = date.plusWeeks(1);
        }
        return date;
    }
}
