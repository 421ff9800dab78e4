package org.recourse.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FuzzyDateTests {

    @Test
    void eachWrittenFormReadsBackToItsPrecision() {
        assertThat(FuzzyDate.parse("2007-03-14").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(FuzzyDate.parse("2007-03").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(FuzzyDate.parse("2007").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(FuzzyDate.parse("2000..2009").precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(FuzzyDate.parse("").precision()).isEqualTo(DatePrecision.UNKNOWN);
        for (String text : new String[] {"2007-03-14", "2007-03", "2007", "2000..2009", "2001-02-03..2004-05-06", ""}) {
            assertThat(FuzzyDate.parse(text).text()).isEqualTo(text);
        }
    }

    @Test
    void aMonthCoversItsWholeMonth() {
        FuzzyDate feb = FuzzyDate.parse("2008-02");
        assertThat(feb.from()).contains(LocalDate.of(2008, 2, 1));
        assertThat(feb.to()).contains(LocalDate.of(2008, 2, 29));
    }

    @Test
    void rangesOverlapYearsTheyMayFallIn() {
        FuzzyDate decade = FuzzyDate.parse("2000..2009");
        assertThat(decade.overlapsYears(2009, 2012)).isTrue();
        assertThat(decade.overlapsYears(2010, 2012)).isFalse();
        assertThat(FuzzyDate.UNKNOWN.overlapsYears(1900, 2100)).isFalse();
    }

    @Test
    void malformedOrBackwardDatesAreRefusedWithAReason() {
        assertThatThrownBy(() -> FuzzyDate.parse("20x7")).hasMessageContaining("not a date");
        assertThatThrownBy(() -> FuzzyDate.parse("2009..2000")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> FuzzyDate.parse("2007-13")).hasMessageContaining("not a date");
    }
}
