package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Numbers, money and dates as each language writes them. */
class FormatsTest {

    static final Formats DUTCH = new Formats(Languages.DUTCH);
    static final Formats ENGLISH = new Formats(Languages.ENGLISH);

    @Test
    void areasAndMoneyInDutch() {
        assertThat(DUTCH.m2(121_225)).isEqualTo("121.225\u00a0m²");
        assertThat(DUTCH.euro(new BigDecimal("325"))).isEqualTo("€\u00a0325");
        assertThat(DUTCH.euro(new BigDecimal("1325.50"))).isEqualTo("€\u00a01.325,50");
        assertThat(DUTCH.euro(new BigDecimal("335.5"))).isEqualTo("€\u00a0335,50");
        assertThat(DUTCH.euro(new BigDecimal("325.00"))).isEqualTo("€\u00a0325");
        assertThat(DUTCH.euro(335.05)).isEqualTo("€\u00a0335,05");
        assertThat(DUTCH.euro(1250L)).isEqualTo("€\u00a01.250");
        assertThat(DUTCH.km(12.46)).isEqualTo("12,5\u00a0km");
    }

    @Test
    void areasAndMoneyInEnglish() {
        assertThat(ENGLISH.m2(121_225)).isEqualTo("121,225\u00a0m²");
        assertThat(ENGLISH.euro(new BigDecimal("325"))).isEqualTo("€325");
        assertThat(ENGLISH.euro(new BigDecimal("335.5"))).isEqualTo("€335.50");
        assertThat(ENGLISH.euro(new BigDecimal("1325.00"))).isEqualTo("€1,325");
        assertThat(ENGLISH.euro(1325.5)).isEqualTo("€1,325.50");
        assertThat(ENGLISH.km(12.46)).isEqualTo("12.5\u00a0km");
    }

    @Test
    void monthsAndDaysInWords() {
        assertThat(DUTCH.month(LocalDate.of(2027, 5, 1))).isEqualTo("mei 2027");
        assertThat(ENGLISH.month(LocalDate.of(2027, 5, 1))).isEqualTo("May 2027");
        assertThat(DUTCH.shortMonth("2027-06")).isEqualTo("jun 2027");
        assertThat(DUTCH.shortMonth("2027-10")).isEqualTo("okt 2027");
        assertThat(ENGLISH.shortMonth("2027-06")).isEqualTo("Jun 2027");
        assertThat(ENGLISH.shortMonth(LocalDate.of(2027, 10, 1))).isEqualTo("Oct 2027");
        assertThat(DUTCH.shortMonth("not a month")).isEqualTo("not a month");
        assertThat(DUTCH.shortMonth(null)).isEmpty();
        assertThat(DUTCH.date(LocalDate.of(2026, 12, 3))).isEqualTo("3 december 2026");
        assertThat(ENGLISH.date(LocalDate.of(2026, 12, 3))).isEqualTo("3 December 2026");
    }

    @Test
    void theBrowsersLanguageIsTheDefaultAndOnlyOursAreChosen() {
        assertThat(PageLocale.fromHeader("en-US,en;q=0.9,nl;q=0.8")).contains(Languages.ENGLISH);
        assertThat(PageLocale.fromHeader("fr-FR,nl;q=0.5,en;q=0.4")).contains(Languages.DUTCH);
        assertThat(PageLocale.fromHeader("fr-FR")).isEmpty();
        assertThat(PageLocale.fromHeader("not a header;;q=x")).isEmpty();
    }

    @Test
    void theLanguageSwitchGoesBackOnlyToAPageOfThisSite() {
        assertThat(LanguageController.localPath("/search?containment=ML-II")).isEqualTo("/search?containment=ML-II");
        assertThat(LanguageController.localPath("//evil.example")).isEqualTo("/");
        assertThat(LanguageController.localPath("https://evil.example")).isEqualTo("/");
        assertThat(LanguageController.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(LanguageController.localPath(null)).isEqualTo("/");
    }
}
