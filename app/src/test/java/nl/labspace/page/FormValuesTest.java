package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.labspace.web.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers typed into a form, in a Dutch or an English hand: read when one reading is possible, refused when not. */
class FormValuesTest {

    @ParameterizedTest
    @CsvSource({"325,325", "325.50,325.50", "'325,50',325.50", "0.5,0.5", "1250,1250", "'1250,5',1250.5"})
    void aNumberWithOneReadingIsRead(String typed, BigDecimal expected) {
        List<Violation> wrong = new ArrayList<>();

        assertThat(FormValues.decimal("rent", typed, wrong)).isEqualByComparingTo(expected);
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.250", "1,250", "1.250,50", "1,250.50", "12.345.678"})
    void aThousandsSeparatorIsRefusedNotGuessed(String typed) {
        List<Violation> wrong = new ArrayList<>();

        assertThat(FormValues.decimal("rent", typed, wrong)).isNull();
        assertThat(wrong).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("rent");
            assertThat(v.value()).isEqualTo(typed);
            assertThat(v.reason()).contains("without thousands separators");
        });
    }
}
