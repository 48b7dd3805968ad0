package org.familyhub.feedback.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.feedback.ResultsFilter;
import org.familyhub.feedback.SurveyResults;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/feedback/surveys/{id}/results.csv}: a survey's responses as CSV, with the same filters
 * as the results page ({@code version}, {@code service}, {@code locality}, {@code from}, {@code to}).
 * Managers and editors only; screened free text only; never contact details.
 */
@RestController
@RolesAllowed({Roles.EDITOR, Roles.MANAGER})
class ResultsCsvEndpoint {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final SurveyResults results;

    ResultsCsvEndpoint(SurveyResults results) {
        this.results = results;
    }

    @GetMapping("/api/feedback/surveys/{id}/results.csv")
    ResponseEntity<String> csv(@PathVariable String id, @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String service,
            @RequestParam(required = false) @Nullable String locality,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
        try {
            UUID surveyId = UUID.fromString(id);
            ResultsFilter filter = new ResultsFilter(version, service == null ? null : UUID.fromString(service),
                    locality == null || locality.isBlank() ? null : locality, date(from), date(to));
            String body = results.csv(surveyId, filter);
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("survey-" + surveyId + "-results.csv").build().toString())
                    .body(body);
        } catch (IllegalArgumentException | DateTimeParseException bad) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                    .body("Check the survey id, the service id and the dates (YYYY-MM-DD): " + bad.getMessage());
        }
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }
}
