package org.familyhub.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.ReferenceData.TopicForm;
import org.familyhub.directory.ReferenceData.TopicRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A topic, place or venue edited on one node reaches the in-memory tables of every other node within seconds. */
@PortalTest
class ReferenceDataWatchTest {

    @Autowired
    ReferenceData referenceData;
    @Autowired
    ReferenceDataWatch watch;
    @Autowired
    TermNames termNames;
    @Autowired
    SchoolTerms schoolTerms;
    @Autowired
    Directory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** The autumn term of 2026 as the sample loads it: Thursday 3 September to Friday 18 December. */
    static final UUID AUTUMN_2026 = UUID.fromString("e65fde56-73bd-5d1f-a7dc-8f679e3545f7");

    @Test
    void anotherNodeHearsOfEachCommittedChangeOnceAndOfARefusedOneNever() {
        List<Object> heard = new ArrayList<>();
        ReferenceDataWatch otherNode = new ReferenceDataWatch(jdbc, heard::add);
        otherNode.check(); // it has just read its tables

        String code = referenceData.addTopic(new TopicForm("Watch test " + java.util.UUID.randomUUID().toString().substring(0, 8), null,
                null, null));
        otherNode.check();
        assertThat(heard).hasSize(1).first().isInstanceOf(ReferenceDataChanged.class);

        otherNode.check();
        assertThat(heard).as("nothing changed since").hasSize(1);

        assertThatThrownBy(() -> referenceData.addTopic(new TopicForm(" ", null, null, null)))
                .isInstanceOf(InvalidListingException.class);
        otherNode.check();
        assertThat(heard).as("a refused change counts nothing").hasSize(1);

        TopicRecord added = referenceData.topics().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow();
        referenceData.retireTopic(added.id());
        otherNode.check();
        assertThat(heard).hasSize(2);
    }

    @Test
    void aTopicRenamedOnAnotherNodeIsReadAgainHereAtTheNextCheck() {
        String code = termNames.topics(Locale.UK).keySet().iterator().next();
        String name = termNames.topic(code, Locale.UK).text();
        watch.check();
        try {
            // What another node's administrator did: the name, and the count, in one transaction there.
            jdbc.sql("update taxonomy_term set name = 'Renamed elsewhere' where code = ?").param(code).update();
            ReferenceDataWatch.count(jdbc);
            watch.check();

            assertThat(termNames.topic(code, Locale.UK).text()).isEqualTo("Renamed elsewhere");
        } finally {
            jdbc.sql("update taxonomy_term set name = ? where code = ?").params(name, code).update();
            ReferenceDataWatch.count(jdbc);
            watch.check();
        }
    }

    @Test
    void termDatesChangedOnAnotherNodeAreReadAgainHereAtTheNextCheckAndAChangeHereIsHeardThere() {
        LocalDate lastWeekOfTerm = LocalDate.of(2026, 12, 15);
        assertThat(schoolTerms.termDates().isHoliday(lastWeekOfTerm)).as("kept as loaded").isFalse();
        watch.check();
        try {
            jdbc.sql("update school_term set ends_on = '2026-12-11' where id = ?").param(AUTUMN_2026.toString())
                    .update();
            ReferenceDataWatch.count(jdbc);
            watch.check();

            assertThat(schoolTerms.termDates().isHoliday(lastWeekOfTerm)).isTrue();
        } finally {
            jdbc.sql("update school_term set ends_on = '2026-12-18' where id = ?").param(AUTUMN_2026.toString())
                    .update();
            ReferenceDataWatch.count(jdbc);
            watch.check();
        }
        assertThat(schoolTerms.termDates().isHoliday(lastWeekOfTerm)).isFalse();

        List<Object> heard = new ArrayList<>();
        ReferenceDataWatch otherNode = new ReferenceDataWatch(jdbc, heard::add);
        otherNode.check();
        SignedIn.as(accounts, "admin");
        try {
            schoolTerms.change(AUTUMN_2026, new SchoolTerms.TermForm("Autumn term 2026", LocalDate.of(2026, 9, 3),
                    LocalDate.of(2026, 12, 18), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30)));
        } finally {
            SignedIn.out();
        }
        otherNode.check();
        assertThat(heard).as("a term saved here is heard on the other nodes").hasSize(1);
    }

    @Test
    void aLocalityRenamedOnAnotherNodeIsListedByItsNewNameAfterTheNextCheck() {
        LocalitySummary first = directory.localities().getFirst();
        String name = jdbc.sql("select name from locality where code = ?").param(first.code()).query(String.class)
                .single();
        watch.check();
        try {
            jdbc.sql("update locality set name = 'Renamed elsewhere' where code = ?").param(first.code()).update();
            ReferenceDataWatch.count(jdbc);
            watch.check();

            assertThat(directory.localities()).extracting(LocalitySummary::name).contains("Renamed elsewhere")
                    .doesNotContain(name);
        } finally {
            jdbc.sql("update locality set name = ? where code = ?").params(name, first.code()).update();
            ReferenceDataWatch.count(jdbc);
            watch.check();
        }
        assertThat(directory.localities()).extracting(LocalitySummary::name).contains(name);
    }
}
