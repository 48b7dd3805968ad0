package org.familyhub.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.familyhub.PortalTest;
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
    JdbcClient jdbc;

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
}
