package nl.labspace.db.insight;

import static nl.labspace.db.insight.Table.A;
import static nl.labspace.db.insight.Table.B;
import static nl.labspace.db.insight.Table.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void aCellOfOneCompanyIsWithheldWithTheSmallestOtherPart() {
        Table t = new Table().many("NL", 1800).few("PV27", 500, A).many("PV28", 700).many("PV29", 600)
                .sum("NL", "PV27", "PV28", "PV29");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PV27", Withheld.FEW_COMPANIES, "PV29", Withheld.COMPLEMENTARY));
        assertNothingRecovered(t, withheld);
    }

    @Test
    void withoutSumsOnlyTheDisclosureRuleWithholds() {
        Table t = new Table().few("x", 10, A).few("y", 10, A, B).many("z", 10).empty("e").open("s", 4);

        assertThat(t.suppress()).containsOnlyKeys("x", "y");
    }

    @Test
    void twoHiddenPartsOfTheSameTwoCompaniesGetAThirdCompanyWithThem() {
        Table t = new Table().many("NL", 2000).few("PV27", 300, A, B).few("PV28", 200, A, B)
                .many("PV29", 900).many("PV30", 600).sum("NL", "PV27", "PV28", "PV29", "PV30");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsOnlyKeys("PV27", "PV28", "PV30");
        assertThat(withheld.get("PV30")).isEqualTo(Withheld.COMPLEMENTARY);
        assertNothingRecovered(t, withheld);
    }

    @Test
    void twoHiddenPartsOfThreeCompaniesTogetherNeedNoComplement() {
        Table t = new Table().many("NL", 2000).few("PV27", 300, A, B).few("PV28", 200, C)
                .many("PV29", 900).many("PV30", 600).sum("NL", "PV27", "PV28", "PV29", "PV30");

        assertThat(t.suppress()).containsOnlyKeys("PV27", "PV28");
    }

    @Test
    void aTotalWithheldAsComplementGetsOneOfItsPartsWithheld() {
        // PV27 is the cheapest complement of PV28 in NL; PV27 is then the sum of its shown COROP regions.
        Table t = new Table().many("NL", 1500).many("PV27", 400).few("PV28", 450, A).many("PV29", 650)
                .many("CR1", 150).many("CR2", 250).empty("PV27:unplaced")
                .sum("NL", "PV27", "PV28", "PV29").sum("PV27", "CR1", "CR2", "PV27:unplaced");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsOnlyKeys("PV28", "PV27", "CR1");
        assertNothingRecovered(t, withheld);
    }

    @Test
    void aTotalOfFewCompaniesKeepsItsPartsWithIt() {
        Table t = new Table().few("PV27", 400, A, B).few("CR1", 100, A).few("CR2", 300, B).empty("CR3")
                .sum("PV27", "CR1", "CR2", "CR3");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsOnlyKeys("PV27", "CR1", "CR2");
        assertNothingRecovered(t, withheld);
    }

    @Test
    void interlockingRegionPartitionsRevealNoWithheldCell() {
        Table t = interlockingCountry();

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsEntry("CR1", Withheld.FEW_COMPANIES).containsEntry("PV2:unplaced",
                Withheld.FEW_COMPANIES);
        assertNothingRecovered(t, withheld);
    }

    @Test
    void aQuarterAndItsMonthsAcrossRegionsRevealNoWithheldMonth() {
        Table t = new Table();
        String[] regions = {"PV1", "PV2", "PV3"};
        String[] months = {"2026-10", "2026-11", "2026-12"};
        long[][] values = {{300, 0, 250}, {100, 400, 350}, {500, 200, 0}};
        for (int r = 0; r < regions.length; r++) {
            for (int m = 0; m < months.length; m++) {
                String id = regions[r] + "|" + months[m];
                if (r == 1 && m == 0) {
                    t.few(id, values[r][m], A);
                } else if (values[r][m] == 0) {
                    t.empty(id);
                } else {
                    t.many(id, values[r][m]);
                }
            }
        }
        List<String> quarters = new ArrayList<>();
        for (int r = 0; r < regions.length; r++) {
            long quarter = 0;
            for (long v : values[r]) {
                quarter += v;
            }
            t.many(regions[r] + "|2026-Q4", quarter);
            quarters.add(regions[r] + "|2026-Q4");
            t.sum(regions[r] + "|2026-Q4", regions[r] + "|" + months[0], regions[r] + "|" + months[1],
                    regions[r] + "|" + months[2]);
        }
        for (int m = 0; m < months.length; m++) {
            long nl = values[0][m] + values[1][m] + values[2][m];
            t.many("NL|" + months[m], nl).sum("NL|" + months[m], "PV1|" + months[m], "PV2|" + months[m],
                    "PV3|" + months[m]);
        }
        t.many("NL|2026-Q4", 2100).sum("NL|2026-Q4", quarters.toArray(String[]::new))
                .sum("NL|2026-Q4", "NL|2026-10", "NL|2026-11", "NL|2026-12");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsEntry("PV2|2026-10", Withheld.FEW_COMPANIES);
        assertThat(withheld.keySet()).noneMatch(id -> id.startsWith("NL|"));
        assertNothingRecovered(t, withheld);
    }

    @Test
    void anEmptyCellIsShownAndNeverServesAsComplement() {
        Table t = new Table().many("T", 800).few("a", 500, A).empty("z").many("b", 300).sum("T", "a", "z", "b");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsOnlyKeys("a", "b");
        assertNothingRecovered(t, withheld);
    }

    @Test
    void aWithheldPartOfValueZeroDoesNotCoverAnother() {
        // b is one company asking 0 m²: T minus the shown parts would equal a exactly.
        Table t = new Table().many("T", 570).few("a", 500, A).few("b", 0, B).many("c", 70).sum("T", "a", "b", "c");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsOnlyKeys("a", "b", "c");
        assertNothingRecovered(t, withheld);
    }

    @Test
    void aWithheldZeroGetsTwoNonZeroPartsWithIt() {
        Table t = new Table().many("T", 600).few("a", 0, A).many("b", 100).many("c", 200).many("d", 300)
                .sum("T", "a", "b", "c", "d");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsOnlyKeys("a", "b", "c");
        assertNothingRecovered(t, withheld);
    }

    @Test
    void aPublicCellIsNeverWithheldSoTheTotalIsWhenNoOtherPartCan() {
        Table t = new Table().many("T", 900).few("need", 100, A).open("campus1", 300).open("campus2", 500)
                .sum("T", "need", "campus1", "campus2");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsOnlyKeys("need", "T");
        assertThat(withheld.get("T")).isEqualTo(Withheld.COMPLEMENTARY);
    }

    @Test
    void aSumThatOnlyPublicCellsCouldProtectIsRefused() {
        Table t = new Table().open("T", 900).few("need", 100, A).open("campus", 800).sum("T", "need", "campus");

        assertThatThrownBy(t::suppress).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T");
    }

    @Test
    void aDerivedRatioIsWithheldWithItsInput() {
        // demand-vs-pipeline = demand / public pipeline: declared as a Sum of its company input.
        Table t = new Table().many("NL", 1500).many("PV27", 400).few("PV28", 450, A).many("PV29", 650)
                .many("ratio|PV27", 250).many("ratio|PV29", 400).few("ratio|PV28", 300, A)
                .sum("NL", "PV27", "PV28", "PV29")
                .sum("ratio|PV27", "PV27").sum("ratio|PV28", "PV28").sum("ratio|PV29", "PV29");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsOnlyKeys("PV27", "PV28", "ratio|PV27", "ratio|PV28");
        assertThat(withheld.get("ratio|PV27")).isEqualTo(Withheld.COMPLEMENTARY);
    }

    @Test
    void aFigureAndItsFacetsAcrossRegionsRevealNoWithheldCell() {
        Table t = new Table();
        String[] facets = {"ML-I", "ML-II", "none"};
        long[][] v = {{120, 300, 800}, {90, 0, 450}, {60, 210, 1000}};
        for (int r = 0; r < 3; r++) {
            long all = 0;
            for (int f = 0; f < 3; f++) {
                String id = "PV" + r + "|" + facets[f];
                if (r == 1 && f == 0) {
                    t.few(id, v[r][f], A, B);
                } else if (v[r][f] == 0) {
                    t.empty(id);
                } else {
                    t.many(id, v[r][f]);
                }
                all += v[r][f];
            }
            t.many("PV" + r + "|all", all).sum("PV" + r + "|all", "PV" + r + "|ML-I", "PV" + r + "|ML-II",
                    "PV" + r + "|none");
        }
        for (String f : new String[] {"ML-I", "ML-II", "none", "all"}) {
            long nl = 0;
            for (int r = 0; r < 3; r++) {
                nl += t.cells.get("PV" + r + "|" + f).value();
            }
            t.many("NL|" + f, nl).sum("NL|" + f, "PV0|" + f, "PV1|" + f, "PV2|" + f);
        }
        t.sum("NL|all", "NL|ML-I", "NL|ML-II", "NL|none");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsEntry("PV1|ML-I", Withheld.FEW_COMPANIES);
        assertNothingRecovered(t, withheld);
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderOfCellsAndSums() {
        Table t = interlockingCountry();
        Map<String, Withheld> first = new HashMap<>(t.suppress());
        Random random = new Random(18);
        for (int i = 0; i < 50; i++) {
            List<Cell> cells = new ArrayList<>(t.cells.values());
            List<Sum> sums = new ArrayList<>(t.sums);
            Collections.shuffle(cells, random);
            Collections.shuffle(sums, random);

            assertThat(Suppression.apply(cells, sums)).isEqualTo(first);
        }
    }

    @Test
    void equalValuesAreBrokenByFewerCompaniesThenById() {
        Table t = new Table().many("T", 1300).few("a", 400, A).many("c", 300, 7).many("b", 300, 4)
                .many("d", 300, 4).sum("T", "a", "b", "c", "d");

        assertThat(t.suppress()).containsOnlyKeys("a", "b");
    }

    @Test
    void circularAndDuplicatedSumsEnd() {
        Table t = new Table().few("x", 10, A).many("y", 20).many("z", 30).many("w", 60)
                .sum("x", "y", "z").sum("y", "x", "z").sum("w", "x", "y", "z").sum("w", "x", "y", "z")
                .sum("x", "x");

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).containsKey("x");
    }

    /**
     * Every Sum at once: on random cubes of regions crossed with a breakdown and with months and quarters (where the
     * audit of one Sum at a time left a cell of few companies determined in about one cube of six), no combination of
     * Sums determines a cell withheld for few companies, unless it is 0.
     */
    @Test
    void noCombinationOfSumsDeterminesACellOfFewCompanies() {
        int attacked = 0;
        for (int seed = 1; seed <= 40; seed++) {
            Table t = RandomCube.of(new Random(seed), 4, 3, 1 + seed % 2);
            Map<String, Withheld> withheld = t.suppress();

            Set<String> determined = new Attacker(t, withheld).determined();

            attacked += withheld.size();
            assertThat(determined.stream()
                    .filter(id -> withheld.get(id) == Withheld.FEW_COMPANIES && t.cells.get(id).value() != 0).sorted().toList())
                    .as("seed %d", seed).isEmpty();
        }
        assertThat(attacked).as("the cubes have withheld cells").isGreaterThan(200);
    }

    @Test
    void aLargeRandomCubeEndsWithEverySumSafe() {
        Table t = RandomCube.of(new Random(7), 12, 40, 3);

        Map<String, Withheld> withheld = t.suppress();

        assertThat(withheld).isNotEmpty();
        assertThat(new Attacker(t, withheld).subtractionLeaks()).isEmpty();
    }

    private static void assertNothingRecovered(Table t, Map<String, Withheld> withheld) {
        Attacker attacker = new Attacker(t, withheld);
        assertThat(attacker.subtractionLeaks()).isEmpty();
        assertThat(attacker.determined()).isEmpty();
    }

    /** NL by provinces and by ROM areas, a ROM area by provinces, a province by COROP regions and its unplaced part. */
    private static Table interlockingCountry() {
        Table t = new Table();
        t.few("CR1", 120, A).many("CR2", 380).many("CR3", 240).many("PV1:unplaced", 90)
                .many("CR4", 310).many("CR5", 560).few("PV2:unplaced", 40, B)
                .many("PV3", 700).many("PV4", 450).many("NL:unplaced", 60);
        t.many("PV1", 830).sum("PV1", "CR1", "CR2", "CR3", "PV1:unplaced");
        t.many("PV2", 910).sum("PV2", "CR4", "CR5", "PV2:unplaced");
        t.many("ROM1", 1740).sum("ROM1", "PV1", "PV2");
        t.many("ROM2", 1150).sum("ROM2", "PV3", "PV4");
        t.many("NL", 2950).sum("NL", "PV1", "PV2", "PV3", "PV4", "NL:unplaced")
                .sum("NL", "ROM1", "ROM2", "NL:unplaced");
        return t;
    }
}
