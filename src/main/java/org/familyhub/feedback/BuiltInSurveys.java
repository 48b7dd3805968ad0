package org.familyhub.feedback;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.feedback.domain.Survey;
import org.familyhub.feedback.domain.SurveyRepository;
import org.familyhub.feedback.domain.SurveyVersionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.familyhub.feedback.QuestionType.FREE_TEXT;
import static org.familyhub.feedback.QuestionType.SCALE_0_10;
import static org.familyhub.feedback.QuestionType.SCALE_1_5;
import static org.familyhub.feedback.QuestionType.SINGLE_CHOICE;
import static org.familyhub.feedback.QuestionType.YES_NO;

/**
 * Creates the built-in surveys on the first start, and any that are missing on later starts.
 * Existing ones are left alone: editors may have revised them. The English here is what is stored;
 * the Polish forms use the feedback bundle's {@code feedback.builtin.*} keys.
 */
@Component
// Before the sample content (which takes half a minute on a first start): every public page asks for the
// "was this page helpful" survey, and the web server already answers while the content loads.
@Order(BuiltInSurveys.ORDER)
class BuiltInSurveys implements ApplicationRunner {

    static final int ORDER = -10;
    private static final Logger LOG = LoggerFactory.getLogger(BuiltInSurveys.class);
    static final String SYSTEM = "system";
    static final List<String> GOALS = List.of("yes", "partly", "no");

    static final Map<BuiltInSurvey, SurveyDraft> DRAFTS = Map.of(
            BuiltInSurvey.SERVICE_FEEDBACK, new SurveyDraft("Tell us about this service",
                    "Your answers help us and the service improve. You do not need to give your name.",
                    Audience.FAMILIES, null, null, false, List.of(
                            new Question("helped", YES_NO, "Did this service help you?", null, true, List.of()),
                            new Question("ease", SCALE_1_5, "How easy was it to get this service?",
                                    "1 is very hard, 5 is very easy", false, List.of()),
                            new Question("comments", FREE_TEXT, "Anything else you want to tell us?",
                                    "Please do not include names, addresses or phone numbers.", false,
                                    List.of()))),
            BuiltInSurvey.PAGE_HELPFUL, new SurveyDraft("Was this page helpful?", null, Audience.FAMILIES, null,
                    null, false, List.of(
                            new Question("helpful", YES_NO, "Was this page helpful?", null, true, List.of()),
                            new Question("comment", FREE_TEXT, "What was missing or wrong?",
                                    "Please do not include personal details.", false, List.of()))),
            BuiltInSurvey.OUTCOME, new SurveyDraft("Are things better for your family?",
                    "You recently had help through the Family Directory. Four short questions tell us whether it worked.",
                    Audience.FAMILIES, null, null, false, List.of(
                            new Question("confidence_before", SCALE_0_10,
                                    "Before the help, how confident did you feel as a parent?",
                                    "0 is not at all, 10 is very confident", true, List.of()),
                            new Question("confidence_after", SCALE_0_10,
                                    "And now, how confident do you feel as a parent?",
                                    "0 is not at all, 10 is very confident", true, List.of()),
                            new Question("goals_met", SINGLE_CHOICE, "Were your goals met?", null, true, GOALS),
                            new Question("recommend", YES_NO, "Would you recommend it to another family?",
                                    null, true, List.of()),
                            new Question("comments", FREE_TEXT, "Anything else you want to tell us?",
                                    "Please do not include names, addresses or phone numbers.", false,
                                    List.of()))),
            BuiltInSurvey.PRACTITIONER, new SurveyDraft("Finding and referring to services",
                    "For professionals who work with families: how well does the directory work for you?",
                    Audience.PRACTITIONERS, null, null, true, List.of(
                            new Question("find_ease", SCALE_1_5, "How easy is it to find the right service?",
                                    "1 is very hard, 5 is very easy", true, List.of()),
                            new Question("refer_ease", SCALE_1_5, "How easy is it to refer a family to it?",
                                    "1 is very hard, 5 is very easy", true, List.of()),
                            new Question("improve", FREE_TEXT, "What would make it easier?", null, false,
                                    List.of()))),
            BuiltInSurvey.LOCAL_OFFER, new SurveyDraft("Tell us about the Local Offer",
                    "Tell us what works and what is missing in the Local Offer for children and young people with "
                            + "special educational needs and disabilities. We read every comment. We publish comments, "
                            + "without names, with what we did about them.",
                    Audience.FAMILIES, null, null, false, List.of(
                            new Question("comment", FREE_TEXT, "What would you like to tell us?",
                                    "Please do not include names, addresses or phone numbers.", true, List.of()))));

    private final SurveyRepository surveys;
    private final SurveyVersionRepository versions;
    private final Clock clock;

    BuiltInSurveys(SurveyRepository surveys, SurveyVersionRepository versions, Clock clock) {
        this.surveys = surveys;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (BuiltInSurvey which : BuiltInSurvey.values()) {
            if (surveys.findByCode(which.code()).isEmpty()) {
                SurveyDraft draft = DRAFTS.get(which);
                Survey survey = surveys.save(new Survey(UUID.randomUUID(), which.code(), draft.title(),
                        draft.audience(), clock.instant(), SYSTEM));
                versions.save(Surveys.nextVersion(survey, draft, SYSTEM, clock.instant()));
                LOG.info("Created the built-in survey {}", which.code());
            }
        }
    }
}
