package org.familyhub.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.Directory;
import org.familyhub.feedback.Results.Count;
import org.familyhub.feedback.Results.QuestionResult;
import org.familyhub.feedback.domain.Answer;
import org.familyhub.feedback.domain.AnswerRepository;
import org.familyhub.feedback.domain.Screening;
import org.familyhub.feedback.domain.Survey;
import org.familyhub.feedback.domain.SurveyRepository;
import org.familyhub.feedback.domain.SurveyResponse;
import org.familyhub.feedback.domain.SurveyResponseRepository;
import org.familyhub.feedback.domain.SurveyVersion;
import org.familyhub.feedback.domain.SurveyVersionRepository;
import org.familyhub.shared.SpreadsheetText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What respondents said, for managers and editors, and the query the report card will use. Counts are
 * per survey version, because a changed question is a different question. Free text appears only once
 * screened; contact details never appear.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.EDITOR, Roles.MANAGER})
public class SurveyResults {

    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final SurveyRepository surveys;
    private final SurveyVersionRepository versions;
    private final SurveyResponseRepository responses;
    private final AnswerRepository answers;
    private final Directory directory;
    private final Clock clock;

    SurveyResults(Directory directory, SurveyRepository surveys, SurveyVersionRepository versions, SurveyResponseRepository responses,
            AnswerRepository answers, Clock clock) {
        this.surveys = surveys;
        this.versions = versions;
        this.responses = responses;
        this.answers = answers;
        this.directory = directory;
        this.clock = clock;
    }

    public Results results(BuiltInSurvey survey, ResultsFilter filter) {
        return results(surveys.findByCode(survey.code()).orElseThrow().getId(), filter);
    }

    public Results results(UUID surveyId, ResultsFilter filter) {
        Selection selection = select(surveyId, filter);
        List<QuestionResult> questions = selection.version().getQuestions().stream()
                .map(q -> result(q, selection.answersByKey().getOrDefault(q.key(), List.of()))).toList();
        return new Results(surveyId, selection.version().getTitle(), selection.version().getVersion(),
                selection.versionNumbers(), filter, selection.responses().size(), questions);
    }

    /**
     * The same responses as {@link #results}, one row each, as CSV (RFC 4180): a column per question,
     * several choices joined with "; ", free text only once screened.
     */
    public String csv(UUID surveyId, ResultsFilter filter) {
        Selection selection = select(surveyId, filter);
        List<Question> questions = selection.version().getQuestions();
        Map<UUID, List<Answer>> byResponse = selection.answersByKey().values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(Answer::getResponseId));
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("response", "submitted_at", "version", "service_id",
                "locality", "page"));
        questions.forEach(q -> header.add(q.key()));
        row(csv, header);
        for (SurveyResponse response : selection.responses()) {
            List<String> cells = new ArrayList<>(List.of(response.getId().toString(),
                    response.getSubmittedAt().toString(), Integer.toString(selection.version().getVersion()),
                    Objects.toString(response.getServiceId(), ""), Objects.toString(response.getLocalityCode(), ""),
                    Objects.toString(response.getPageRoute(), "")));
            List<Answer> given = byResponse.getOrDefault(response.getId(), List.of());
            for (Question question : questions) {
                cells.add(given.stream().filter(a -> a.getQuestionKey().equals(question.key()))
                        .map(a -> question.type() == QuestionType.FREE_TEXT ? Objects.toString(a.shownText(), "")
                                : a.getAnswerValue())
                        .collect(Collectors.joining("; ")));
            }
            row(csv, cells);
        }
        return csv.toString();
    }

    private Selection select(UUID surveyId, ResultsFilter filter) {
        Survey survey = surveys.findById(surveyId)
                .orElseThrow(() -> new IllegalArgumentException("There is no survey " + surveyId));
        int number = filter.version() == null ? survey.getCurrentVersion() : filter.version();
        SurveyVersion version = versions.findBySurveyIdAndVersion(surveyId, number)
                .orElseThrow(() -> new IllegalArgumentException("Survey " + surveyId + " has no version " + number));
        ZoneId zone = clock.getZone();
        Instant from = filter.from() == null ? EARLIEST : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null ? LATEST : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<SurveyResponse> chosen = responses
                .findBySurveyVersionIdAndSubmittedAtGreaterThanEqualAndSubmittedAtLessThanOrderBySubmittedAt(
                        version.getId(), from, to).stream()
                .filter(r -> filter.serviceId() == null || filter.serviceId().equals(r.getServiceId()))
                .filter(r -> filter.localityCode() == null || filter.localityCode().equals(r.getLocalityCode()))
                .toList();
        Map<String, List<Answer>> byKey = chosen.isEmpty() ? Map.of()
                : answers.findByResponseIdIn(chosen.stream().map(SurveyResponse::getId).toList()).stream()
                        .collect(Collectors.groupingBy(Answer::getQuestionKey, LinkedHashMap::new, Collectors.toList()));
        List<Integer> numbers = versions.findBySurveyIdOrderByVersionDesc(surveyId).stream()
                .map(SurveyVersion::getVersion).toList();
        return new Selection(version, numbers, chosen, byKey);
    }

    private static QuestionResult result(Question question, List<Answer> given) {
        long answered = given.stream().map(Answer::getResponseId).distinct().count();
        if (question.type() == QuestionType.FREE_TEXT) {
            List<String> comments = given.stream().map(Answer::shownText).filter(Objects::nonNull).toList();
            long waiting = given.stream().filter(a -> a.getScreening() == Screening.PENDING).count();
            return new QuestionResult(question.key(), question.label(), question.type(), answered, List.of(), null,
                    comments, waiting);
        }
        Map<String, Long> tally = given.stream()
                .collect(Collectors.groupingBy(Answer::getAnswerValue, Collectors.counting()));
        List<Count> counts = question.values().stream().map(v -> new Count(v, tally.getOrDefault(v, 0L))).toList();
        Double average = question.type().isScale() && !given.isEmpty()
                ? given.stream().mapToInt(a -> Integer.parseInt(a.getAnswerValue())).average().orElse(0) : null;
        return new QuestionResult(question.key(), question.label(), question.type(), answered, counts, average,
                List.of(), 0);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(SurveyResults::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quoted, and never read by a spreadsheet as a formula (a comment could start with "="). */
    static String cell(String value) {
        return "\"" + SpreadsheetText.safe(value).replace("\"", "\"\"") + "\"";
    }

    private record Selection(SurveyVersion version, List<Integer> versionNumbers, List<SurveyResponse> responses,
            Map<String, List<Answer>> answersByKey) {
    }

    /** The services people gave feedback on in this survey, by name, for the results filter. */
    public List<ServiceAnswered> servicesAnswered(UUID surveyId) {
        return responses.findServiceIdsAnswered(surveyId).stream()
                .flatMap(id -> directory.service(id).map(s -> new ServiceAnswered(id, s.name())).stream())
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** A service with feedback: its id and name. */
    public record ServiceAnswered(UUID id, String name) {
    }

    /** Today in the portal's time zone, for the view's default period. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
