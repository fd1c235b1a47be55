package nl.labspace.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The legend's classes: equal steps with round bounds, every value in exactly the class whose range holds it. */
class ChoroplethBandsTest {

    @Test
    void fiveEqualStepsWithRoundBoundsCoverEveryValue() {
        List<Long> values = List.of(0L, 430L, 1_140L, 1_340L, 5_375L, 6_695L, 7_980L);
        ChoroplethBands bands = ChoroplethBands.of(values);

        assertThat(bands.bands()).extracting(ChoroplethBands.Band::from).containsExactly(0L, 1_600L, 3_200L, 4_800L, 6_400L);
        assertThat(bands.bands()).extracting(ChoroplethBands.Band::upTo).containsExactly(1_599L, 3_199L, 4_799L, 6_399L, 7_980L);
        for (long v : values) {
            ChoroplethBands.Band band = bands.bands().get(bands.bandOf(v));
            assertThat(v).as("value %d in %s", v, band).isBetween(band.from(), band.upTo());
        }
    }

    @Test
    void oneValueIsOneClassAndNoValueNone() {
        ChoroplethBands one = ChoroplethBands.of(List.of(250L, 250L));

        assertThat(one.bands()).containsExactly(new ChoroplethBands.Band(0, 250, 250));
        assertThat(one.bandOf(250L)).isZero();
        assertThat(one.bandOf(null)).isNull();
        assertThat(ChoroplethBands.of(List.of()).bands()).isEmpty();
    }

    @Test
    void smallRangesKeepDistinctBounds() {
        ChoroplethBands bands = ChoroplethBands.of(List.of(1L, 2L, 3L));

        assertThat(bands.bands()).extracting(ChoroplethBands.Band::from).doesNotHaveDuplicates().startsWith(1L);
        assertThat(bands.bands()).allSatisfy(b -> assertThat(b.from()).isLessThanOrEqualTo(b.upTo()));
        assertThat(bands.bandOf(3L)).isEqualTo(bands.bands().size() - 1);
    }
}
