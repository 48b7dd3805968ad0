package org.familyhub.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Roles;
import org.familyhub.feedback.domain.Survey;
import org.familyhub.feedback.domain.SurveyRepository;
import org.familyhub.feedback.domain.SurveyResponseRepository;
import org.familyhub.feedback.domain.SurveyVersion;
import org.familyhub.feedback.domain.SurveyVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    Surveys(SurveyRepository surveys, SurveyVersionRepository versions, SurveyResponseRepository responses,
            CurrentUser currentUser, Clock clock) {
        this.surveys = surveys;
        this.versions = versions;
        this.responses = responses;
        this.currentUser = currentUser;
        this.clock = clock;
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

    /** The current version of a survey, by id or by a built-in survey's code: its public link. */
    public Optional<SurveyForm> form(String idOrCode) {
        return parse(idOrCode).flatMap(surveys::findById).or(() -> surveys.findByCode(idOrCode))
                .map(survey -> form(survey, current(survey)));
    }

    public SurveyForm builtIn(BuiltInSurvey which) {
        return form(which.code()).orElseThrow(() -> new IllegalStateException(
                "The built-in survey " + which.code() + " is missing"));
    }

    /** One exact version, whatever is current now. */
    public Optional<SurveyForm> version(UUID versionId) {
        return versions.findById(versionId).flatMap(v -> surveys.findById(v.getSurveyId()).map(s -> form(s, v)));
    }

    private SurveyVersion saveVersion(Survey survey, SurveyDraft draft, String editor) {
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

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
