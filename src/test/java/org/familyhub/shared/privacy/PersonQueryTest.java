package org.familyhub.shared.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What an administrator types is read as the one thing it can be, in the form the tables are searched by. */
class PersonQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "' Jo.Bloggs@Example.ORG '|EMAIL|jo.bloggs@example.org",
            "07700 900123|PHONE|07700900123",
            "+44 7700 900123|PHONE|07700900123",
            "+44 (0)7700-900-123|PHONE|07700900123",
            "0044 1270 123456|PHONE|01270123456",
            "fh 7k3q 9p2m|REFERENCE|FH-7K3Q-9P2M",
            "7K3Q9P2M|REFERENCE|FH-7K3Q-9P2M",
            "bk-7k3q-9p2m|REFERENCE|BK-7K3Q-9P2M",
            "p-ab23cd|REFERENCE|P-AB23CD",
            "fh wrqj ehax|REFERENCE|FH-WRQJ-EHAX",
            "BK-WRQJ-EHAX|REFERENCE|BK-WRQJ-EHAX",
            "Jo Anne Mary|NAME|Jo Anne Mary",
            "Jo Bloggs|NAME|Jo Bloggs",
            "Samantha|NAME|Samantha"})
    void readsWhatWasTyped(String typed, PersonQuery.By by, String value) {
        assertThat(PersonQuery.of(typed)).contains(new PersonQuery(by, value));
    }

    @ParameterizedTest
    @CsvSource({"''", "'  '", "Jo"})
    void tooLittleFindsNobody(String typed) {
        assertThat(PersonQuery.of(typed)).isEmpty();
    }
}
