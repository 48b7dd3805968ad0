package org.familyhub.feedback.ui;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {

    @Test
    void barsAreAsLongAsTheirShareOfTheLargestAndLabelsAreEscaped() {
        String svg = BarChart.svg("Did it <help>?", List.of(new BarChart.Bar("Yes & more", 4),
                new BarChart.Bar("No", 2), new BarChart.Bar("Not sure", 0)));

        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-label=\"Did it &lt;help&gt;?\"")
                .contains("<title>Did it &lt;help&gt;?</title>").contains(">Yes &amp; more</text>")
                .doesNotContain("<help>");
        assertThat(svg).contains("width=\"280\" height=\"18\"").contains("width=\"140\" height=\"18\"")
                .contains("width=\"0\" height=\"18\"");
    }

    @Test
    void sharesArePercentagesOfTheWhole() {
        assertThat(BarChart.percent(1, 3)).isEqualTo("33%");
        assertThat(BarChart.percent(0, 0)).isEqualTo("0%");
    }
}
