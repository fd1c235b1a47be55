package nl.labspace.db.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoSettingsTest {

    private static final YearMonth MONTH = YearMonth.of(2027, 1);

    @Test
    void scaleZeroIsRefusedNamingTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DemoSettings(1, 0, MONTH))
                .withMessageContaining("scale").withMessageContaining("was 0.0");
    }

    @Test
    void negativeScaleIsRefusedNamingTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DemoSettings(1, -0.5, MONTH))
                .withMessageContaining("scale").withMessageContaining("was -0.5");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void scaleThatIsNoFiniteNumberIsRefused(double scale) {
        assertThatIllegalArgumentException().isThrownBy(() -> new DemoSettings(1, scale, MONTH))
                .withMessageContaining("was " + scale);
    }

    @Test
    void firstMonthIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new DemoSettings(1, 1.0, null))
                .withMessageContaining("firstMonth");
    }

    @Test
    void anyPositiveScaleIsAccepted() {
        assertThat(new DemoSettings(7, 0.01, MONTH).scale()).isEqualTo(0.01);
        assertThat(new DemoSettings(7, 3.0, MONTH).scale()).isEqualTo(3.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 31})
    void extraCampusesOutsideZeroToThirtyAreRefusedNamingTheValue(int extra) {
        assertThatIllegalArgumentException().isThrownBy(() -> new DemoSettings(1, 1.0, MONTH, extra))
                .withMessageContaining("extra campuses").withMessageContaining("was " + extra);
    }

    @Test
    void withoutExtraCampusesTheSettingsAreTheRealCampusesOnly() {
        assertThat(new DemoSettings(7, 1.0, MONTH)).isEqualTo(new DemoSettings(7, 1.0, MONTH, 0));
        assertThat(new DemoSettings(7, 1.0, MONTH, SyntheticCampuses.MAX).extraCampuses()).isEqualTo(30);
    }
}
