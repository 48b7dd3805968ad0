package org.familyhub.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
        assertThat(SpreadsheetText.safe("=HYPERLINK(\"https://evil.example\",\"Click\")"))
                .isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Click\")");
        assertThat(SpreadsheetText.safe("+44 1270 555 200")).isEqualTo("'+44 1270 555 200");
        assertThat(SpreadsheetText.safe("-1+1")).isEqualTo("'-1+1");
        assertThat(SpreadsheetText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(SpreadsheetText.safe("Stay and Play = fun")).isEqualTo("Stay and Play = fun");
        assertThat(SpreadsheetText.safe("")).isEmpty();
        assertThat(SpreadsheetText.original("'Tis the season")).isEqualTo("'Tis the season");
    }

    @Test
    void whatWasMadeSafeReadsBackExactly() {
        for (String text : List.of("=1+1", "+44 1270", "-", "'", "''", "'=1", "'Tis", "plain", "", "@", "''=x")) {
            assertThat(SpreadsheetText.original(SpreadsheetText.safe(text))).as(text).isEqualTo(text);
        }
    }
}
