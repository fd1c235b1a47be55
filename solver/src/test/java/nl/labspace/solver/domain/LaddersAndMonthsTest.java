package nl.labspace.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class LaddersAndMonthsTest {

    @Test
    void aHigherContainmentClassHostsALowerOneButNotTheReverse() {
        assertThat(Containment.ML_II.covers(Containment.ML_I)).isTrue();
        assertThat(Containment.ML_II.covers(Containment.ML_II)).isTrue();
        assertThat(Containment.ML_I.covers(Containment.ML_II)).isFalse();
        assertThat(Containment.fromCode(null)).isEqualTo(Containment.NONE);
        assertThat(Containment.fromCode("ML-III")).isEqualTo(Containment.ML_III);
        assertThatThrownBy(() -> Containment.fromCode("BSL-2")).hasMessageContaining("'BSL-2'");
    }

    @Test
    void gmpGradeAIsTheStrictest() {
        assertThat(GmpGrade.A.covers(GmpGrade.D)).isTrue();
        assertThat(GmpGrade.D.covers(GmpGrade.C)).isFalse();
        assertThat(GmpGrade.fromCode("none")).isEqualTo(GmpGrade.NONE);
        assertThatThrownBy(() -> GmpGrade.fromCode("E")).hasMessageContaining("'E'");
    }

    @Test
    void aTermOccupiesWholeMonthsInclusive() {
        MonthRange lease = MonthRange.ofTerm(YearMonth.of(2027, 3), 12);
        assertThat(lease.last()).isEqualTo(YearMonth.of(2028, 2));
        assertThat(lease.months()).isEqualTo(12);
        assertThat(lease.overlaps(new MonthRange(YearMonth.of(2028, 2), YearMonth.of(2028, 5)))).isTrue();
        assertThat(lease.overlaps(new MonthRange(YearMonth.of(2028, 3), YearMonth.of(2028, 5)))).isFalse();
        assertThatThrownBy(() -> new MonthRange(YearMonth.of(2027, 5), YearMonth.of(2027, 4)))
                .hasMessageContaining("ends before it starts");
    }
}
