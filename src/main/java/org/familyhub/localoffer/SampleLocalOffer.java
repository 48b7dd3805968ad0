package org.familyhub.localoffer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familyhub.directory.ServiceOwners;
import org.familyhub.localoffer.domain.LocalOfferAnswers;
import org.familyhub.localoffer.domain.LocalOfferAnswersRepository;
import org.familyhub.localoffer.domain.YouSaidWeDidEntry;
import org.familyhub.localoffer.domain.YouSaidWeDidRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.familyhub.localoffer.LocalOfferQuestion.ACCESSIBILITY;
import static org.familyhub.localoffer.LocalOfferQuestion.FAMILIES_INVOLVED;
import static org.familyhub.localoffer.LocalOfferQuestion.GETTING_STARTED;
import static org.familyhub.localoffer.LocalOfferQuestion.NEXT_STAGE;
import static org.familyhub.localoffer.LocalOfferQuestion.SEND_SUPPORT;
import static org.familyhub.localoffer.LocalOfferQuestion.STAFF_TRAINING;
import static org.familyhub.localoffer.LocalOfferQuestion.WHO_FOR;

/**
 * A demonstration: Local Offer answers for a handful of the sample content's SEND services, and two published
 * "You said, we did" entries, so a freshly started portal's Local Offer is not empty. A service that already has
 * answers, or is not in the directory (a council's own content has other ids), is left alone; the entries are
 * added only while there are none. {@code familyhub.localoffer.sample-content: false} turns it off.
 */
@Component
@Order(20) // after the sample content is loaded
class SampleLocalOffer implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SampleLocalOffer.class);
    static final String SAMPLE = "sample-content";

    record Sample(UUID serviceId, Set<LocalOfferArea> areas, Map<LocalOfferQuestion, String> answers) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample(UUID.fromString("b45ad79e-6860-567d-8e9e-24cf186ab2a0"), Set.of(LocalOfferArea.SOCIAL_CARE),
                    answers("Parents and carers of autistic children and young people aged 0 to 18 in Crewe and "
                                    + "Nantwich. You do not need a diagnosis, and you can come while you wait for an assessment.",
                            "We are parents too. We share what has worked for us, invite speakers on sleep, school and "
                                    + "benefits, and run a calm Saturday session with sensory toys and a quiet room.",
                            "Our volunteers have autism awareness training and safeguarding training every year.",
                            "The community room is on the ground floor with an accessible toilet. Lights can be dimmed "
                                    + "and there is a quiet space. Tell us if your child needs anything else.",
                            "Just come along. If you would like someone to meet you at the door, phone or e-mail first.",
                            "The group is run by parents. Families choose the speakers and the Saturday activities.",
                            "Parents who have been through it share what helped when their child started school, "
                                    + "changed school or moved to college.")),
            new Sample(UUID.fromString("5d422850-10a0-5b3f-9542-12e5f71a7aa1"),
                    Set.of(LocalOfferArea.EDUCATION, LocalOfferArea.PREPARING_FOR_ADULTHOOD),
                    answers("Children and young people aged 0 to 25 with SEND, and their parents and carers, anywhere "
                                    + "in Cheshire East. It is free, confidential and independent of the council.",
                            "We give advice on SEN support in school, education, health and care (EHC) needs "
                                    + "assessments and plans, reviews, appeals and exclusions. We can come to meetings with you.",
                            "Our advisers are trained to the national IASS standards and in SEND law.",
                            "We can talk by phone, e-mail, video call or in person. We can arrange an interpreter, "
                                    + "including British Sign Language.",
                            "Phone or e-mail us. You can also ask a professional to refer you, with your agreement.",
                            "Young people can contact us themselves from the age of 16. We ask every family what "
                                    + "they thought of our help.",
                            "We help young people and families prepare for the move to secondary school, college, "
                                    + "training or work, and for annual reviews from Year 9.")),
            new Sample(UUID.fromString("aa8272a1-fe9a-51e8-a3fd-b7ae5f6fb967"), Set.of(LocalOfferArea.SOCIAL_CARE),
                    answers("Disabled children and young people aged 5 to 18 who live in Cheshire East, in the school "
                                    + "holidays. It is a short break for them and for their families.",
                            "Every child has a plan made with their family. Staff support children one to one or "
                                    + "two to one when they need it, and activities are adapted for each child.",
                            "Staff are trained in moving and handling, Makaton, medicines, epilepsy care and "
                                    + "positive behaviour support.",
                            "The school building is fully accessible, with a changing places toilet, a hoist and "
                                    + "a sensory room.",
                            "Ask your social worker or the Short Breaks team. Families can also ask for a place "
                                    + "through the council's short breaks offer.",
                            "Families meet the team before the first day and tell us what works for their child. "
                                    + "We ask families and children what they enjoyed at the end of each holiday.",
                            "Older young people try new activities in the community, like travelling by bus with staff.")),
            new Sample(UUID.fromString("547c2459-8806-5e5f-bdb2-6096293bbac6"), Set.of(LocalOfferArea.HEALTH),
                    answers("Children and young people aged 0 to 18 with SEND or a disability, with their families, in "
                                    + "and around Congleton.",
                            "Sessions are quieter, with fewer people in the pool, warmer water and staff in the "
                                    + "water to help. There is no need to be able to swim.",
                            "Instructors have swimming teaching qualifications and disability swimming training.",
                            "There is a changing places room with a hoist, a pool hoist, step-free access and "
                                    + "parking close to the door.",
                            "Book by phone. Tell us what your child needs when you book.",
                            "Parents and carers can come in the water with their child.",
                            "Children who are ready can move into our inclusive swimming lessons.")));

    record SampleComment(String youSaid, int daysAgo, String weDid, int publishedDaysAgo) {
    }

    static final List<SampleComment> COMMENTS = List.of(
            new SampleComment("It was hard to find out which holiday clubs take disabled children. The information "
                    + "was spread over lots of websites.", 60,
                    "We asked every holiday club that takes disabled children to answer the Local Offer questions. "
                            + "You can now find them together under Social care.", 30),
            new SampleComment("I did not know that young people could get help from SENDIASS after they turn 16.", 40,
                    "We added \"Preparing for adulthood\" to the Local Offer, with services for young people up "
                            + "to 25, and SENDIASS explains what it offers young people themselves.", 14));

    private final LocalOfferAnswersRepository answers;
    private final YouSaidWeDidRepository entries;
    private final ServiceOwners owners;
    private final boolean enabled;
    private final Clock clock;
    private final LocalOfferListing listing;

    SampleLocalOffer(LocalOfferAnswersRepository answers, YouSaidWeDidRepository entries, ServiceOwners owners,
            @Value("${familyhub.localoffer.sample-content:true}") boolean enabled, Clock clock,
            LocalOfferListing listing) {
        this.listing = listing;
        this.answers = answers;
        this.entries = entries;
        this.owners = owners;
        this.enabled = enabled;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        Instant now = clock.instant();
        List<UUID> added = new ArrayList<>();
        for (Sample sample : SAMPLES) {
            if (owners.of(sample.serviceId()).isPresent() && !answers.existsById(sample.serviceId())) {
                LocalOfferAnswers stored = new LocalOfferAnswers(sample.serviceId());
                stored.answer(sample.areas(), new EnumMap<>(sample.answers()), SAMPLE, now);
                answers.save(stored);
                added.add(sample.serviceId());
            }
        }
        if (entries.count() == 0) {
            LocalDate today = LocalDate.now(clock);
            for (SampleComment comment : COMMENTS) {
                entries.save(new YouSaidWeDidEntry(UUID.randomUUID(), null, comment.youSaid(),
                        today.minusDays(comment.daysAgo()), comment.weDid(), SAMPLE,
                        now.minus(Duration.ofDays(comment.publishedDaysAgo()))));
            }
        }
        if (!added.isEmpty()) {
            answers.flush();
            listing.relist(added);
            LOG.info("event=local-offer-sample answers-added={}", added.size());
        }
    }

    private static Map<LocalOfferQuestion, String> answers(String whoFor, String support, String training,
            String access, String start, @Nullable String families, @Nullable String next) {
        Map<LocalOfferQuestion, String> all = new EnumMap<>(LocalOfferQuestion.class);
        all.put(WHO_FOR, whoFor);
        all.put(SEND_SUPPORT, support);
        all.put(STAFF_TRAINING, training);
        all.put(ACCESSIBILITY, access);
        all.put(GETTING_STARTED, start);
        if (families != null) {
            all.put(FAMILIES_INVOLVED, families);
        }
        if (next != null) {
            all.put(NEXT_STAGE, next);
        }
        return all;
    }
}
