package org.familyhub.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Roles;
import org.familyhub.feedback.domain.Survey;
import org.familyhub.feedback.domain.SurveyRepository;
import org.familyhub.feedback.domain.SurveyResponseRepository;
import org.familyhub.feedback.domain.SurveyVersion;
import org.familyhub.feedback.domain.SurveyVersionRepository;
import org.familyhub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The survey engine: editors and managers define surveys, every save makes a new version, and the
 * public forms read the current version. Reading a form needs no role; defining one does.
 */
@Service
@Transactional(readOnly = true)
public class Surveys {

    private final SurveyRepository surveys;
    private final SurveyVersionRepository versions;
    private final SurveyResponseRepository responses;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final Map<BuiltInSurvey, Remembered> builtIns = new ConcurrentHashMap<>();

    /** How long a built-in survey's form is used before it is read again. */
    static final Duration BUILT_IN_FRESH = Duration.ofSeconds(30);

    private record Remembered(SurveyForm form, long readAt) {
    }

    Surveys(SurveyRepository surveys, SurveyVersionRepository versions, SurveyResponseRepository responses,
            CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions) {
        this.surveys = surveys;
        this.versions = versions;
        this.responses = responses;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @RolesAllowed({Roles.EDITOR, Roles.MANAGER})
    public List<SurveyOverview> list() {
        LocalDate today = LocalDate.now(clock);
        return surveys.findAllByOrderByTitle().stream().map(survey -> {
            SurveyVersion current = current(survey);
            return new SurveyOverview(survey.getId(), survey.getCode(), survey.getTitle(), survey.getAudience(),
                    current.getVersion(), current.getOpensOn(), current.getClosesOn(), current.isOpenOn(today),
                    responses.countBySurveyId(survey.getId()));
        }).toList();
    }

    /** A new survey, as version 1. */
    @Transactional
    @RolesAllowed({Roles.EDITOR, Roles.MANAGER})
    public UUID define(SurveyDraft draft) {
        String editor = currentUser.require().username();
        Survey survey = surveys.save(new Survey(UUID.randomUUID(), null, draft.title(), draft.audience(),
                clock.instant(), editor));
        saveVersion(survey, draft, editor);
        return survey.getId();
    }

    /** Saves the draft as the survey's next version; answers already given keep the version they answered. */
    @Transactional
    @RolesAllowed({Roles.EDITOR, Roles.MANAGER})
    public int revise(UUID surveyId, SurveyDraft draft) {
        Survey survey = surveys.findById(surveyId)
                .orElseThrow(() -> new IllegalArgumentException("There is no survey " + surveyId));
        return saveVersion(survey, draft, currentUser.require().username()).getVersion();
    }

    /** The current version, for editing. */
    @RolesAllowed({Roles.EDITOR, Roles.MANAGER})
    public Optional<SurveyDraft> draft(UUID surveyId) {
        return surveys.findById(surveyId).map(this::current).map(v -> new SurveyDraft(v.getTitle(), v.getIntro(),
                v.getAudience(), v.getOpensOn(), v.getClosesOn(), v.isAllowContact(), v.getQuestions()));
    }

    /**
     * A built-in survey's current form, asked for by every public page (the "was this page helpful" question) and
     * every service page: kept {@link #BUILT_IN_FRESH} after it is read, so a page view reads no survey from the
     * database. A new version saved here is seen at once; one saved by another portal node within that time.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public SurveyForm builtIn(BuiltInSurvey which) {
        Remembered remembered = builtIns.get(which);
        if (remembered != null && System.nanoTime() - remembered.readAt() < BUILT_IN_FRESH.toNanos()) {
            return remembered.form();
        }
        SurveyForm form = Objects.requireNonNull(reading.execute(status -> form(which.code()).orElseThrow(
                () -> new IllegalStateException("The built-in survey " + which.code() + " is missing"))));
        builtIns.put(which, new Remembered(form, System.nanoTime()));
        return form;
    }

    /** The current version of a survey, by id or by a built-in survey's code: its public link. */
    public Optional<SurveyForm> form(String idOrCode) {
        return Ids.parse(idOrCode).flatMap(surveys::findById).or(() -> surveys.findByCode(idOrCode))
                .map(survey -> form(survey, current(survey)));
    }

    /** One exact version, whatever is current now. */
    public Optional<SurveyForm> version(UUID versionId) {
        return versions.findById(versionId).flatMap(v -> surveys.findById(v.getSurveyId()).map(s -> form(s, v)));
    }

    private SurveyVersion saveVersion(Survey survey, SurveyDraft draft, String editor) {
        builtIns.clear();
        return versions.save(nextVersion(survey, draft, editor, clock.instant()));
    }

    /** The draft as the survey's next version (static: the built-in surveys are created without a user). */
    static SurveyVersion nextVersion(Survey survey, SurveyDraft draft, String editor, java.time.Instant at) {
        int number = survey.nextVersion(draft.title(), draft.audience());
        return new SurveyVersion(UUID.randomUUID(), survey.getId(), number, draft.title(),
                AnswerRules.blankToNull(draft.intro()), draft.audience(), draft.opensOn(), draft.closesOn(),
                draft.allowContact(), draft.questions(), at, editor);
    }

    private SurveyVersion current(Survey survey) {
        return versions.findBySurveyIdAndVersion(survey.getId(), survey.getCurrentVersion())
                .orElseThrow(() -> new IllegalStateException("Survey " + survey.getId() + " has no current version"));
    }

    private SurveyForm form(Survey survey, SurveyVersion version) {
        return new SurveyForm(survey.getId(), survey.getCode(), version.getId(), version.getVersion(),
                version.getTitle(), version.getIntro(), version.getAudience(), version.isAllowContact(),
                version.isOpenOn(LocalDate.now(clock)), version.getQuestions());
    }
}
