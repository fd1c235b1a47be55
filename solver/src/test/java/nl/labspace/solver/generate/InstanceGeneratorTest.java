package nl.labspace.solver.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.greedy.GreedyMatcher;
import nl.labspace.solver.io.InstanceReader;
import nl.labspace.solver.io.InstanceWriter;
import nl.labspace.solver.offer.OfferCatalog;
import nl.labspace.solver.validate.SolutionValidator;

class InstanceGeneratorTest {

    private static final Set<String> RANDSTAD = Set.of("PV26", "PV27", "PV28");

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnother() {
        String a = InstanceWriter.toJson(InstanceGenerator.generate(new GeneratorSettings(7, 100, 120, 12)));
        String b = InstanceWriter.toJson(InstanceGenerator.generate(new GeneratorSettings(7, 100, 120, 12)));
        String c = InstanceWriter.toJson(InstanceGenerator.generate(new GeneratorSettings(8, 100, 120, 12)));

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void hasTheAskedSizesAndReadsBackUnchanged() {
        MatchingInstance inst = InstanceGenerator.generate(new GeneratorSettings(3, 150, 200, 30));

        assertThat(inst.needs()).hasSize(150);
        assertThat(inst.units()).hasSize(200);
        assertThat(inst.campuses()).hasSize(30).extracting(Campus::id).doesNotHaveDuplicates()
                .anyMatch(id -> id.endsWith("-site-2"));
        assertThat(inst.fixed()).hasSize(3);
        assertThat(inst.leases()).isNotEmpty();
        // Reading checks every fixed entry against rules 1-6 and against leases and other fixed entries.
        assertThat(InstanceReader.readString(InstanceWriter.toJson(inst))).isEqualTo(inst);
    }

    @Test
    void theRandstadIsOverDemanded() {
        MatchingInstance inst = InstanceGenerator.generate(new GeneratorSettings(11, 400, 300, 20));
        Map<String, Campus> campuses = inst.campuses().stream().collect(Collectors.toMap(Campus::id, Function.identity()));
        double supplyShare = inst.units().stream().filter(u -> RANDSTAD.contains(campuses.get(u.campusId()).province()))
                .mapToInt(Unit::totalM2).sum() / (double) inst.units().stream().mapToInt(Unit::totalM2).sum();
        double demandShare = inst.needs().stream().filter(n -> n.near() != null && nearestIsRandstad(n))
                .mapToInt(Need::totalM2).sum() / (double) inst.needs().stream().mapToInt(Need::totalM2).sum();

        assertThat(demandShare).isGreaterThan(supplyShare + 0.2);
    }

    private static boolean nearestIsRandstad(Need n) {
        return CampusSites.load().stream().min((x, y) -> Double.compare(dist(n, x), dist(n, y)))
                .map(c -> RANDSTAD.contains(c.province())).orElseThrow();
    }

    private static double dist(Need n, Campus c) {
        return Math.hypot(n.near().lat() - c.lat(), n.near().lon() - c.lon());
    }

    @Test
    void isSolvableLikeTheSamples() {
        MatchingInstance inst = InstanceGenerator.generate(new GeneratorSettings(5, 100, 120, 12));
        OfferCatalog catalog = OfferCatalog.build(inst);
        long servable = inst.needs().stream().filter(n -> !catalog.offersFor(n.id()).isEmpty()).count();
        var greedy = new GreedyMatcher().solve(inst, Duration.ZERO, 0);

        // Four in five needs bound their size (rule 2b); a third to all of them can be served alone.
        assertThat(servable).isBetween(30L, 99L);
        assertThat(inst.needs()).filteredOn(n -> n.maxM2() != null).hasSizeBetween(65, 95)
                .allMatch(n -> n.maxM2() >= n.totalM2() + 50);
        assertThat(greedy.assignments()).hasSizeGreaterThan(20);
        assertThat(new SolutionValidator(inst).validate(greedy)).isEmpty();
    }

    @Test
    void unitsAndNeedsComeInTheSizesLabTenantsRent() {
        MatchingInstance inst = InstanceGenerator.generate(new GeneratorSettings(9, 400, 400, 20));

        assertThat(inst.units()).allMatch(u -> u.totalM2() >= 25 && u.totalM2() <= 6000);
        assertThat(inst.units().stream().filter(u -> u.totalM2() <= 300).count()).isBetween(200L, 280L);
        assertThat(inst.needs()).allMatch(n -> n.totalM2() >= 25 && n.totalM2() <= 6000);
        assertThat(inst.needs().stream().filter(n -> n.totalM2() <= 300).count()).isBetween(190L, 250L);
    }

    @Test
    void theCampusListIsReadWithProvincesAndSectors() {
        var all = CampusSites.load();
        assertThat(all).hasSize(26);
        assertThat(all).allMatch(c -> c.province().matches("PV(2\\d|3[01])"));
        assertThat(all.get(0).id()).isEqualTo("leiden-bio-science-park");
        assertThat(all.get(0).focus()).contains("drug-discovery");
    }
}
