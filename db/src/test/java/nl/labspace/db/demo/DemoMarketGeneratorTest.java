package nl.labspace.db.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.WithdrawReason;
import org.junit.jupiter.api.Test;

class DemoMarketGeneratorTest {

    static final long SEED = 20261123L;
    static final YearMonth FIRST_MONTH = YearMonth.of(2027, 1);

    private final DemoMarketGenerator generator = new DemoMarketGenerator();
    private final DemoMarket market = generator.generate(settings(SEED, 1.0));

    static DemoSettings settings(long seed, double scale) {
        return new DemoSettings(seed, scale, FIRST_MONTH);
    }

    @Test
    void theSameSeedGivesTheSameMarket() {
        DemoMarket again = generator.generate(settings(SEED, 1.0));
        new DemoMarketGenerator().generate(settings(99, 0.5)); // no state may leak from one run into the next

        assertThat(again).isEqualTo(market);
        assertThat(new DemoMarketGenerator().generate(settings(SEED, 1.0))).isEqualTo(market);
    }

    @Test
    void anotherSeedGivesAnotherMarketWithOtherIds() {
        DemoMarket other = generator.generate(settings(SEED + 1, 1.0));

        assertThat(other).isNotEqualTo(market);
        assertThat(other.units()).isNotEqualTo(market.units());
        assertThat(other.needs()).isNotEqualTo(market.needs());
        assertThat(ids(other)).doesNotContainAnyElementsOf(ids(market));
    }

    @Test
    void scaleOneIsAboutFourHundredUnitsAndThreeHundredNeeds() {
        assertThat(market.campuses()).hasSize(26);
        assertThat(market.units()).hasSize(400);
        assertThat(market.needs()).hasSizeBetween(270, 340);
        assertThat(market.companies()).hasSizeBetween(220, 340);
        assertThat(market.leases()).hasSizeBetween(10, 40);
    }

    @Test
    void aQuarterScaleGivesAboutAQuarterOfTheRows() {
        DemoMarket quarter = generator.generate(settings(SEED, 0.25));

        assertThat(ratio(quarter.units().size(), market.units().size())).isBetween(0.22, 0.28);
        assertThat(ratio(quarter.needs().size(), market.needs().size())).isBetween(0.18, 0.32);
        assertThat(ratio(quarter.companies().size(), market.companies().size())).isBetween(0.18, 0.32);
        assertThat(ratio(rows(quarter), rows(market))).isBetween(0.2, 0.3);
    }

    @Test
    void everyReferenceResolvesAndEveryCompanyHasANeed() {
        Set<String> campuses = market.campuses().stream().map(DemoCampus::id).collect(Collectors.toSet());
        Set<Object> companies = market.companies().stream().map(DemoCompany::id).collect(Collectors.toSet());
        Set<Object> units = market.units().stream().map(DemoUnit::id).collect(Collectors.toSet());

        assertThat(market.units()).allMatch(u -> campuses.contains(u.campusId()));
        assertThat(market.needs()).allMatch(n -> companies.contains(n.companyId()));
        assertThat(market.needs().stream().map(DemoNeed::companyId).collect(Collectors.toSet())).isEqualTo(companies);
        assertThat(market.leases()).allMatch(l -> units.contains(l.unitId()));
        assertThat(market.companies().stream().map(DemoCompany::name)).doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[A-Z][a-z]+ [A-Za-z& ]+ (BV|B\\.V\\.|NV|Inc\\.|Ltd|GmbH|AG|SAS|ApS)"));
    }

    @Test
    void mostUnitsAreFreshAllMonthAndTheRestStaleAllMonth() {
        LocalDate start = FIRST_MONTH.atDay(1);
        List<LocalDate> confirmed = market.units().stream().map(DemoUnit::lastConfirmed).toList();
        long fresh = confirmed.stream().filter(d -> !d.isBefore(start.minusDays(30)) && !d.isAfter(start)).count();
        long stale = confirmed.stream().filter(d -> !d.isBefore(start.minusDays(150)) && !d.isAfter(start.minusDays(70))).count();

        assertThat(fresh + stale).as("every unit in one of the two bands").isEqualTo(confirmed.size());
        assertThat((double) fresh / confirmed.size()).isBetween(0.7, 0.9);
    }

    @Test
    void sizesFollowTheDomain() {
        assertThat(market.units()).allMatch(u -> u.labM2() + u.officeM2() >= 25 && u.labM2() + u.officeM2() <= 6000);
        assertThat(market.units().stream().filter(DemoUnit::hasGmp))
                .allMatch(u -> u.labM2() + u.officeM2() >= 200 && u.labM2() + u.officeM2() <= 2000);
        assertThat(market.needs()).allMatch(n -> n.labM2() + n.officeM2() > 0 && n.labM2() + n.officeM2() <= 15000);
        assertThat(market.needs().stream().filter(n -> !n.gmp().equals("none") && !n.status().equals("matched")))
                .isNotEmpty().allMatch(n -> n.labM2() + n.officeM2() >= 200 && n.labM2() + n.officeM2() <= 2000);
        assertThat(market.needs().stream().filter(n -> n.labM2() + n.officeM2() >= 2000 && n.termMonths() >= 60))
                .as("a few corporate needs").hasSizeBetween(3, 30);
        // Startup-sized needs rent for months, up to three years; corporates for five to fifteen years.
        assertThat(market.needs().stream().filter(n -> n.labM2() + n.officeM2() < 300 && n.gmp().equals("none")
                && n.labM2() > 0 && !n.status().equals("matched")).map(DemoNeed::termMonths)).allMatch(t -> t >= 6 && t <= 36);
        assertThat(market.needs().stream().filter(n -> n.labM2() + n.officeM2() > 3000).map(DemoNeed::termMonths))
                .isNotEmpty().allMatch(t -> t >= 60 && t <= 180);
        assertThat(market.needs().stream().map(DemoNeed::termMonths)).allMatch(t -> t >= 1 && t <= 180);
    }

    @Test
    void mostSpaceMixesLabAndOfficeWithSomeLabOnlyAndOfficeOnly() {
        List<DemoUnit> mixed = market.units().stream().filter(u -> u.labM2() > 0 && u.officeM2() > 0).toList();
        assertThat(mixed.size()).isGreaterThan(market.units().size() * 3 / 4);
        // Below 100 m² rounding to 5 m² moves the share too much to say anything.
        assertThat(mixed).filteredOn(u -> !u.hasGmp() && u.labM2() + u.officeM2() >= 100)
                .allMatch(u -> share(u.labM2(), u.labM2() + u.officeM2()) >= 0.48 && share(u.labM2(), u.labM2() + u.officeM2()) <= 0.62);
        assertThat(market.units()).filteredOn(u -> u.officeM2() == 0).hasSizeBetween(10, 60);
        assertThat(market.units()).filteredOn(u -> u.labM2() == 0).hasSizeBetween(10, 60);
        assertThat(market.needs()).filteredOn(n -> n.labM2() == 0).hasSizeBetween(3, 40);
    }

    @Test
    void gmpCapacitySitsMostlyInOss() {
        Map<String, Integer> gmpLab = market.units().stream().filter(DemoUnit::hasGmp)
                .collect(Collectors.groupingBy(DemoUnit::campusId, Collectors.summingInt(DemoUnit::labM2)));
        int total = gmpLab.values().stream().mapToInt(Integer::intValue).sum();

        assertThat(gmpLab.keySet()).containsExactlyInAnyOrder(
                "pivot-park", "brightlands-chemelot-campus", "utrecht-science-park-bilthoven");
        assertThat(gmpLab.get("pivot-park")).isGreaterThan(total * 3 / 5);
        assertThat(market.units().stream().filter(DemoUnit::hasGmp).map(DemoUnit::gmp))
                .contains("D", "C", "B", "A");
    }

    @Test
    void containmentIsMostlyMlOneOrTwoWithSomeMlThree() {
        List<String> lab = market.units().stream().filter(u -> u.labM2() > 0).map(DemoUnit::containment).toList();
        long low = lab.stream().filter(c -> c.equals("ML-I") || c.equals("ML-II")).count();
        long high = lab.stream().filter(c -> c.equals("ML-III")).count();
        assertThat(share(low, lab.size())).isGreaterThan(0.7);
        assertThat(share(high, lab.size())).isBetween(0.03, 0.2);
    }

    @Test
    void rentsFollowTheRegion() {
        Map<String, DemoCampus> campuses = market.campuses().stream().collect(Collectors.toMap(DemoCampus::id, Function.identity()));
        List<DemoUnit> fittedLabs = market.units().stream().filter(u -> u.labM2() > 0 && !u.hasGmp()).toList();
        assertThat(fittedLabs).filteredOn(u -> MarketShape.inRandstad(campuses.get(u.campusId()).provinceCode()))
                .isNotEmpty().allMatch(u -> u.rentPerM2Year() >= 280 && u.rentPerM2Year() <= 380);
        assertThat(fittedLabs).filteredOn(u -> !MarketShape.inRandstad(campuses.get(u.campusId()).provinceCode()))
                .isNotEmpty().allMatch(u -> u.rentPerM2Year() >= 170 && u.rentPerM2Year() <= 260);
        double leiden = fittedLabs.stream().filter(u -> u.campusId().equals("leiden-bio-science-park"))
                .mapToInt(DemoUnit::rentPerM2Year).average().orElseThrow();
        assertThat(leiden).isBetween(315.0, 335.0);
        assertThat(market.units()).filteredOn(u -> u.labM2() == 0).allMatch(u -> u.rentPerM2Year() < 280);
    }

    @Test
    void pipelineSpaceIsDeliveredAYearOrTwoOutAndAHandfulIsWithdrawn() {
        List<DemoUnit> planned = market.units().stream().filter(u -> u.status().equals("planned")).toList();
        assertThat(planned).hasSizeBetween(20, 70).allMatch(u -> u.availableFrom().equals(u.deliveryMonth())
                && !u.deliveryMonth().isBefore(FIRST_MONTH.plusMonths(12))
                && !u.deliveryMonth().isAfter(FIRST_MONTH.plusMonths(24)));
        assertThat(market.units()).filteredOn(u -> !u.status().equals("planned")).allMatch(u -> u.deliveryMonth() == null);
        assertThat(market.units()).filteredOn(u -> u.status().equals("withdrawn")).hasSizeBetween(2, 15);
        assertThat(market.units()).allMatch(u -> !u.availableFrom().isBefore(FIRST_MONTH));
    }

    @Test
    void withdrawnNeedsSayWhyAndWhenWithinTheYearBeforeTheFirstMonth() {
        List<DemoNeed> withdrawn = market.needs().stream().filter(n -> NeedStatus.WITHDRAWN.is(n.status())).toList();
        assertThat(withdrawn).hasSizeBetween(5, 25).allSatisfy(n -> {
            assertThat(Arrays.stream(WithdrawReason.values()).map(WithdrawReason::code)).contains(n.withdrawal().reason());
            assertThat(n.withdrawal().day()).isBefore(FIRST_MONTH.atDay(1))
                    .isAfterOrEqualTo(FIRST_MONTH.atDay(1).minusDays(360));
        });
        assertThat(withdrawn).extracting(n -> n.withdrawal().reason()).contains(WithdrawReason.WENT_ABROAD.code());
        assertThat(market.needs()).filteredOn(n -> !NeedStatus.WITHDRAWN.is(n.status())).allMatch(n -> n.withdrawal() == null);
    }

    @Test
    void aboutFifteenPercentOfNeedsAreConfidential() {
        long confidential = market.needs().stream().filter(DemoNeed::confidential).count();
        assertThat(share(confidential, market.needs().size())).isBetween(0.10, 0.20);
        // Foreign firms that name no region are acquisition leads: always confidential.
        assertThat(market.needs()).filteredOn(n -> n.near() == null && n.provinces().isEmpty())
                .isNotEmpty().allMatch(DemoNeed::confidential);
    }

    @Test
    void leasesRunIntoTheDemoPeriodAndMatchedNeedsFitTheirUnit() {
        Map<Object, DemoUnit> units = market.units().stream().collect(Collectors.toMap(DemoUnit::id, Function.identity()));
        Map<Object, DemoNeed> needs = market.needs().stream().collect(Collectors.toMap(DemoNeed::id, Function.identity()));
        assertThat(market.leases()).allMatch(l -> l.firstMonth().isBefore(FIRST_MONTH) && !l.lastMonth().isBefore(FIRST_MONTH));
        assertThat(market.leases().stream().map(DemoLease::unitId)).doesNotHaveDuplicates();
        List<DemoLease> matched = market.leases().stream().filter(l -> l.needId() != null).toList();
        assertThat(matched).isNotEmpty().allSatisfy(l -> {
            DemoNeed need = needs.get(l.needId());
            DemoUnit unit = units.get(l.unitId());
            assertThat(need.status()).isEqualTo("matched");
            assertThat(need.labM2()).isLessThanOrEqualTo(unit.labM2());
            assertThat(need.officeM2()).isLessThanOrEqualTo(unit.officeM2());
            assertThat(unit.features()).containsAll(need.features());
        });
        assertThat(market.needs()).filteredOn(n -> n.status().equals("matched")).hasSameSizeAs(matched);
    }

    @Test
    void noExtraCampusesChangesNothingScaleFiveIsStillTheMarketOfTheFirstMatchingBenchmark() {
        DemoMarket five = generator.generate(settings(SEED, 5.0));

        assertThat(generator.generate(new DemoSettings(SEED, 1.0, FIRST_MONTH, 0))).isEqualTo(market);
        // BENCHMARKS.md, "Matching in the marketplace", rounds 1 and 2: 1,377 open needs, 1,584 fresh units.
        assertThat(five.campuses()).hasSize(26);
        assertThat(five.units()).hasSize(2000);
        assertThat(openNeeds(five)).isEqualTo(1377);
        assertThat(freshUnits(five)).isEqualTo(1584);
    }

    @Test
    void extraCampusesComeAfterTheRealOnesAreClearlySyntheticAndGetUnitsAndNeeds() {
        DemoMarket bench = generator.generate(new DemoSettings(SEED, 1.0, FIRST_MONTH, 14));
        List<DemoCampus> extra = bench.campuses().subList(26, bench.campuses().size());

        assertThat(bench.campuses()).hasSize(40).startsWith(market.campuses().toArray(DemoCampus[]::new));
        assertThat(extra).extracting(DemoCampus::id).containsExactly(java.util.stream.IntStream.rangeClosed(1, 14)
                .mapToObj(i -> "bench-campus-%02d".formatted(i)).toArray(String[]::new));
        assertThat(extra).allSatisfy(c -> {
            assertThat(c.name()).matches("Bench campus \\d+ \\(synthetic\\)");
            assertThat(c.sectors()).hasSizeBetween(1, 3).doesNotHaveDuplicates().isSubsetOf(nl.labspace.db.Vocabulary.SECTORS);
            assertThat(c.facilities()).hasSizeBetween(2, 4);
            assertThat(c.sizeWeight()).isBetween(1, 5);
        });
        // The first extra campuses reach every province, the four without a real campus among them.
        assertThat(extra.stream().map(DemoCampus::provinceCode).collect(Collectors.toSet()))
                .isEqualTo(Set.copyOf(nl.labspace.db.Vocabulary.PROVINCES));
        Set<String> withUnits = bench.units().stream().map(DemoUnit::campusId).collect(Collectors.toSet());
        assertThat(extra).allMatch(c -> withUnits.contains(c.id()));
        Set<String> extraProvinces = Set.of("PV21", "PV22", "PV24", "PV29");
        assertThat(bench.needs()).anyMatch(n -> n.provinces().stream().anyMatch(extraProvinces::contains));
        assertThat(bench.units()).hasSize(400);
        assertThat(generator.generate(new DemoSettings(SEED, 1.0, FIRST_MONTH, 14))).isEqualTo(bench);
    }

    @Test
    void theBenchmarkDefaultsScaleSevenAndAHalfOnFortyCampusesGiveTwoThousandNeedsAndFifteenHundredUnits() {
        // scripts/bench-matching.sh: BENCH_SCALE 7.5, BENCH_EXTRA_CAMPUSES 14 (issue 11, point 9).
        DemoMarket bench = generator.generate(new DemoSettings(SEED, 7.5, FIRST_MONTH, 14));

        assertThat(bench.campuses()).hasSize(40);
        assertThat(openNeeds(bench)).isGreaterThanOrEqualTo(2000);
        assertThat(freshUnits(bench)).isGreaterThanOrEqualTo(1500);
    }

    private static long openNeeds(DemoMarket m) {
        return m.needs().stream().filter(n -> n.status().equals("open")).count();
    }

    // Units the matching sees: not withdrawn and confirmed within the 30 days before the first month.
    private static long freshUnits(DemoMarket m) {
        return m.units().stream().filter(u -> !u.status().equals("withdrawn")
                && !u.lastConfirmed().isBefore(FIRST_MONTH.atDay(1).minusDays(30))).count();
    }

    private static Set<Object> ids(DemoMarket m) {
        return java.util.stream.Stream.of(m.units().stream().map(DemoUnit::id), m.needs().stream().map(DemoNeed::id),
                        m.companies().stream().map(DemoCompany::id), m.leases().stream().map(DemoLease::id))
                .flatMap(Function.identity()).collect(Collectors.toSet());
    }

    // The 26 campuses come from the data file at every scale; the generated rows are the rest.
    private static int rows(DemoMarket m) {
        return m.units().size() + m.companies().size() + m.needs().size() + m.leases().size();
    }

    private static double ratio(int part, int whole) {
        return (double) part / whole;
    }

    private static double share(long part, long whole) {
        return (double) part / whole;
    }
}
