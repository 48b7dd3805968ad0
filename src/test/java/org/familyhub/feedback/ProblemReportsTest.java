package org.familyhub.feedback;

import java.util.List;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class ProblemReportsTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

    @Autowired
    ProblemReports reports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aWrongPhoneNumberBecomesATaskAnEditorResolvesWithAReply() {
        String parent = "parent-" + UUID.randomUUID() + "@example.org";
        String reference = reports.report(new NewProblemReport(MONKS_STAY_AND_PLAY, ProblemKind.WRONG_PHONE,
                "The number is now 01270 000 999", parent, "problem-test", null));

        SignedIn.as(accounts, "editor");
        ProblemTask task = reports.open().stream().filter(t -> t.reference().equals(reference)).findFirst().orElseThrow();
        assertThat(task.serviceId()).isEqualTo(MONKS_STAY_AND_PLAY);
        assertThat(task.serviceName()).isEqualTo("Stay and Play at Monks Coppenhall");
        assertThat(task.kind()).isEqualTo(ProblemKind.WRONG_PHONE);
        assertThat(task.canReply()).isTrue();

        ProblemTask closed = reports.close(task.id(), ProblemStatus.RESOLVED, "Phoned the centre",
                "Thank you, we have corrected the phone number.");

        assertThat(closed.status()).isEqualTo(ProblemStatus.RESOLVED);
        assertThat(closed.closedBy()).isEqualTo("editor");
        assertThat(closed.replied()).isTrue();
        assertThat(reports.open()).extracting(ProblemTask::reference).doesNotContain(reference);
        assertThat(reports.recentlyClosed()).extracting(ProblemTask::reference).contains(reference);
        SentEmail reply = mailbox.to(parent).getFirst();
        assertThat(reply.subject()).contains(reference).contains("Stay and Play at Monks Coppenhall");
        assertThat(reply.body()).contains("Thank you, we have corrected the phone number.");
        assertThat(jdbc.sql("select reporter_email from problem_report where reference = ?").param(reference)
                .query(String.class).optional()).as("the address is forgotten once replied").isEmpty();
        assertThatThrownBy(() -> reports.close(task.id(), ProblemStatus.DISMISSED, null, null))
                .hasMessageContaining("already resolved");
    }

    @Test
    void aReportWithoutAnAddressIsDismissedWithoutAnyEmail() {
        String reference = reports.report(new NewProblemReport(MONKS_STAY_AND_PLAY, ProblemKind.CLOSED,
                "I think it closed in the summer", null, "problem-test-2", null));
        SignedIn.as(accounts, "editor");
        ProblemTask task = reports.open().stream().filter(t -> t.reference().equals(reference)).findFirst().orElseThrow();
        long mails = jdbc.sql("select count(*) from outgoing_email").query(Long.class).single();

        ProblemTask closed = reports.close(task.id(), ProblemStatus.DISMISSED, "Still running on Tuesdays",
                "This reply has nowhere to go");

        assertThat(closed.replied()).isFalse();
        assertThat(jdbc.sql("select count(*) from outgoing_email").query(Long.class).single()).isEqualTo(mails);
    }

    @Test
    void badReportsAreTurnedDownWithEveryProblemAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from problem_report").query(Long.class).single();

        assertThatThrownBy(() -> reports.report(new NewProblemReport(MONKS_STAY_AND_PLAY, null,
                "<b>closed</b>", "not-an-address", "problem-bad", null)))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(Problem.of("kind", "feedback.error.required"),
                                Problem.of("description", "feedback.error.markup"),
                                Problem.of("email", "feedback.error.email")));
        assertThatThrownBy(() -> reports.report(new NewProblemReport(UUID.randomUUID(), ProblemKind.OTHER, "Wrong",
                null, "problem-bad", null))).hasMessageContaining("feedback.error.noService");
        assertThatThrownBy(() -> reports.report(new NewProblemReport(MONKS_STAY_AND_PLAY, ProblemKind.OTHER, " ",
                null, "problem-bad", null))).hasMessageContaining("feedback.error.required");
        reports.report(new NewProblemReport(MONKS_STAY_AND_PLAY, ProblemKind.OTHER, "spam", null, "problem-bad",
                "robot was here"));

        assertThat(jdbc.sql("select count(*) from problem_report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void onlyEditorsSeeAndCloseTheTasks() {
        String reference = reports.report(new NewProblemReport(MONKS_STAY_AND_PLAY, ProblemKind.WRONG_TIMES,
                "It starts at 10 now", null, "problem-roles", null));
        UUID id = UUID.fromString(jdbc.sql("select id from problem_report where reference = ?").param(reference)
                .query(String.class).single());

        Denied.when(() -> reports.open());
        Denied.when(() -> reports.close(id, ProblemStatus.RESOLVED, null, null));
        for (String user : List.of("manager", "provider", "professional", "frontdoor", "admin")) {
            SignedIn.as(accounts, user);
            Denied.when(() -> reports.open());
            Denied.when(() -> reports.close(id, ProblemStatus.RESOLVED, null, null));
        }
        assertThat(jdbc.sql("select status from problem_report where id = ?").param(id.toString()).query(String.class).single())
                .isEqualTo("OPEN");
    }
}
