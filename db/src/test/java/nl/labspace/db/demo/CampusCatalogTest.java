package nl.labspace.db.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CampusCatalogTest {

    private final List<DemoCampus> campuses = CampusCatalog.load();
    private final Map<String, DemoCampus> byId =
            campuses.stream().collect(Collectors.toMap(DemoCampus::id, Function.identity()));

    @Test
    void everyCampusOfTheDataFileHasAProfile() {
        assertThat(campuses).hasSize(26);
        assertThat(byId).hasSize(26);
        assertThat(byId.get("leiden-bio-science-park").provinceCode()).isEqualTo("PV28");
        assertThat(byId.get("leiden-bio-science-park").lon()).isEqualTo(4.465);
        assertThat(byId.get("leiden-bio-science-park").lat()).isEqualTo(52.1687);
    }

    @Test
    void focusTagsAreOneToThreeCodesOfTheSchemasSectorDomain() {
        List<String> vocabulary = sectorDomain();
        assertThat(vocabulary).hasSize(10);
        for (DemoCampus campus : campuses) {
            assertThat(campus.sectors()).as(campus.id()).hasSizeBetween(1, 3).doesNotHaveDuplicates()
                    .isSubsetOf(vocabulary);
            assertThat(campus.facilities()).as(campus.id()).isNotEmpty().allMatch(f -> !f.isBlank());
        }
    }

    @Test
    void focusTagsFollowTheCampusesSpecialisation() {
        assertThat(byId.get("utrecht-science-park-bilthoven").sectors()).contains("vaccines");
        assertThat(byId.get("brightlands-campus-greenport-venlo").sectors()).containsExactly("food-nutrition");
        assertThat(byId.get("kennispark-twente").sectors()).contains("medtech");
        assertThat(byId.get("biotech-campus-delft").sectors()).contains("industrial-biotech");
    }

    @Test
    void sizeWeightsRankLeidenAndUtrechtLargePivotParkMediumVenloSmall() {
        int largest = campuses.stream().mapToInt(DemoCampus::sizeWeight).max().orElseThrow();
        int smallest = campuses.stream().mapToInt(DemoCampus::sizeWeight).min().orElseThrow();
        assertThat(byId.get("leiden-bio-science-park").sizeWeight()).isEqualTo(largest);
        assertThat(byId.get("utrecht-science-park").sizeWeight()).isEqualTo(largest);
        assertThat(byId.get("brightlands-campus-greenport-venlo").sizeWeight()).isEqualTo(smallest);
        assertThat(byId.get("pivot-park").sizeWeight()).isStrictlyBetween(smallest, largest);
    }

    private static List<String> sectorDomain() {
        String schema = CampusCatalog.resource("db/migration/V1__marketplace_schema.sql");
        Matcher domain = Pattern.compile("CREATE DOMAIN sector_code AS text CHECK \\(VALUE IN \\(([^)]*)\\)\\)").matcher(schema);
        assertThat(domain.find()).as("sector_code domain in V1").isTrue();
        return Pattern.compile("'([a-z-]+)'").matcher(domain.group(1)).results().map(m -> m.group(1)).toList();
    }
}
