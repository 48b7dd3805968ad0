package org.familyhub.reporting.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.reporting.Period;
import org.familyhub.reporting.ReportCardFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reporting/report-card.csv} and {@code .pdf}: the report card for scripts and board papers, for
 * managers, admins and editors. Parameters: {@code locality} (a code; none for the whole area) and a period, one of
 * {@code month=2026-07}, {@code quarter=2026-Q3}, {@code year=2026} or {@code from=2026-07-01&to=2026-07-31}.
 */
@RestController
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
class ReportCardEndpoint {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportCardFiles files;

    ReportCardEndpoint(ReportCardFiles files) {
        this.files = files;
    }

    @GetMapping("/api/reporting/report-card.csv")
    ResponseEntity<?> csv(@RequestParam(required = false) @Nullable String locality,
            @RequestParam(required = false) @Nullable String month, @RequestParam(required = false) @Nullable String quarter,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        try {
            Period period = period(month, quarter, year, from, to);
            String place = blankToNull(locality);
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment(ReportCardFiles.fileName(place, period) + ".csv"))
                    .body(files.csv(place, period));
        } catch (IllegalArgumentException | DateTimeParseException bad) {
            return badRequest(bad);
        }
    }

    @GetMapping("/api/reporting/report-card.pdf")
    ResponseEntity<?> pdf(@RequestParam(required = false) @Nullable String locality,
            @RequestParam(required = false) @Nullable String month, @RequestParam(required = false) @Nullable String quarter,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        try {
            Period period = period(month, quarter, year, from, to);
            String place = blankToNull(locality);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment(ReportCardFiles.fileName(place, period) + ".pdf"))
                    .body(files.pdf(place, period));
        } catch (IllegalArgumentException | DateTimeParseException bad) {
            return badRequest(bad);
        }
    }

    static Period period(@Nullable String month, @Nullable String quarter, @Nullable String year,
            @Nullable String from, @Nullable String to) {
        if (month != null) {
            return Period.month(YearMonth.parse(month));
        }
        if (quarter != null) {
            String[] parts = quarter.toUpperCase(java.util.Locale.ROOT).split("-Q");
            if (parts.length != 2 || !parts[1].matches("[1-4]")) {
                throw new IllegalArgumentException("A quarter is written like 2026-Q3");
            }
            return Period.quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
        if (year != null) {
            return Period.year(Integer.parseInt(year));
        }
        if (from != null && to != null) {
            return Period.custom(LocalDate.parse(from), LocalDate.parse(to));
        }
        throw new IllegalArgumentException("Choose a period: month, quarter, year, or from and to");
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }

    private static ResponseEntity<String> badRequest(Exception bad) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                .body("Check the locality and the period (month=2026-07, quarter=2026-Q3, year=2026 or"
                        + " from=2026-07-01&to=2026-07-31): " + bad.getMessage());
    }
}
