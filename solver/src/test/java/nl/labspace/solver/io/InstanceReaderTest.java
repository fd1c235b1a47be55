package nl.labspace.solver.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.Need;

class InstanceReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** sample-medium (it has leases and fixed matches) after an edit. */
    private static String edited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(Facts.resourceText("/instances/sample-medium.json"));
            edit.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode at(ObjectNode root, String array, int i) {
        return (ObjectNode) root.get(array).get(i);
    }

    private static void assertRejected(Consumer<ObjectNode> edit, String message) {
        String json = edited(edit);
        assertThatThrownBy(() -> InstanceReader.readString(json)).isInstanceOf(InstanceFormatException.class)
                .hasMessage(message);
    }

    @Test
    void readsTheSamplesWithTheirCounts() {
        MatchingInstance medium = Facts.sample("sample-medium");
        assertThat(medium.name()).isEqualTo("sample-medium");
        assertThat(medium.campuses()).hasSize(12);
        assertThat(medium.units()).hasSize(120);
        assertThat(medium.needs()).hasSize(100);
        assertThat(medium.leases()).hasSize(15);
        assertThat(medium.fixed()).hasSize(2);
        assertThat(medium.needs().stream().mapToInt(Need::totalM2).sum()).isEqualTo(78_220);
        assertThat(Facts.sample("sample-small").needs().stream().mapToInt(Need::totalM2).sum()).isEqualTo(31_165);
    }

    @Test
    void appliesDefaultsAndIgnoresUnknownFields() {
        MatchingInstance inst = InstanceReader.readString(edited(root -> {
            ObjectNode need = at(root, "needs", 0);
            need.remove(List.of("maxUnits", "containment", "gmp", "features", "near", "provinces", "maxRentPerM2Year"));
            need.put("colour", "green");
            at(root, "needs", 1).putNull("maxUnits");
            root.put("comment", "ignored");
        }));
        Need n = inst.needs().get(0);
        assertThat(n.maxUnits()).isEqualTo(3);
        assertThat(inst.needs().get(1).maxUnits()).isEqualTo(3);
        assertThat(n.containment()).isEqualTo(Containment.NONE);
        assertThat(n.gmp()).isEqualTo(GmpGrade.NONE);
        assertThat(n.features()).isEmpty();
        assertThat(n.near()).isNull();
        assertThat(n.provinces()).isEmpty();
        assertThat(n.maxRentPerM2Year()).isNull();
        // Rule 2b came later: a snapshot without maxM2 has no size bound and stays valid.
        assertThat(inst.needs()).allMatch(need -> need.maxM2() == null);
    }

    @Test
    void readsAndWritesTheSizeBound() {
        // needs[0] (N-001) asks lab + office; a bound of exactly that total is the tightest valid one.
        MatchingInstance inst = InstanceReader.readString(edited(r -> {
            ObjectNode need = at(r, "needs", 0);
            need.put("maxM2", need.get("labM2").asInt() + need.get("officeM2").asInt());
            at(r, "needs", 1).putNull("maxM2");
        }));
        Need n = inst.needs().get(0);
        assertThat(n.maxM2()).isEqualTo(n.totalM2());
        assertThat(inst.needs().get(1).maxM2()).isNull();
        assertThat(InstanceWriter.toJson(inst)).contains("maxM2");
        assertThat(InstanceReader.readString(InstanceWriter.toJson(inst))).isEqualTo(inst);
    }

    @Test
    void namesFieldAndValueOfBadInput() {
        assertRejected(r -> at(r, "needs", 3).put("containment", "BSL-2"),
                "needs[3].containment: unknown value 'BSL-2'");
        assertRejected(r -> at(r, "units", 0).put("gmp", "E"), "units[0].gmp: unknown value 'E'");
        assertRejected(r -> at(r, "units", 0).put("availableFrom", "2027-13"),
                "units[0].availableFrom: malformed month '2027-13'");
        assertRejected(r -> at(r, "units", 0).remove("availableFrom"), "units[0].availableFrom: missing");
        assertRejected(r -> at(r, "needs", 2).put("moveInLatest", "27-1"),
                "needs[2].moveInLatest: malformed month '27-1'");
        assertRejected(r -> at(r, "units", 5).put("campus", "atlantis"), "units[5].campus: unknown campus 'atlantis'");
        assertRejected(r -> at(r, "leases", 0).put("unit", "U-999"), "leases[0].unit: unknown unit 'U-999'");
        assertRejected(r -> at(r, "needs", 0).put("labM2", -5), "needs[0].labM2: must be >= 0, was -5");
        assertRejected(r -> at(r, "units", 1).put("officeM2", 12.5),
                "units[1].officeM2: expected a whole number, was 12.5");
        assertRejected(r -> ((ObjectNode) at(r, "needs", 0).get("near")).remove("maxKm"),
                "needs[0].near.maxKm: missing (near without maxKm is an error)");
        // N-001 asks 310 lab + 225 office.
        assertRejected(r -> at(r, "needs", 0).put("maxM2", 534), "needs[0].maxM2: must be >= labM2 + officeM2 = 535, was 534");
        assertRejected(r -> at(r, "needs", 0).put("maxM2", "big"), "needs[0].maxM2: expected a whole number, was 'big'");
        assertRejected(r -> r.put("format", "labspace-matching/2"),
                "format: expected 'labspace-matching/1', was 'labspace-matching/2'");
        assertRejected(r -> at(r, "campuses", 0).put("province", "PV99"),
                "campuses[0].province: unknown CBS province code 'PV99' (PV20..PV31)");
        assertRejected(r -> at(r, "needs", 1).put("id", r.get("needs").get(0).get("id").asText()),
                "needs[1].id: duplicate id 'N-001'");
        assertRejected(r -> ((ArrayNode) at(r, "fixed", 0).get("units")).add("U-nope"),
                "fixed[0].units[2]: unknown unit 'U-nope'");
    }

    @Test
    void aFixedEntryThatBreaksARuleIsNamed() {
        // N-003 is fixed to U-029 + U-114 from 2027-04; a month outside its move-in window breaks rule 6.
        String json = edited(r -> at(r, "fixed", 0).put("start", "2031-01"));
        assertThatThrownBy(() -> InstanceReader.readString(json)).isInstanceOf(InstanceFormatException.class)
                .hasMessageStartingWith("fixed[0]: fixed match of need 'N-003' to [U-029, U-114] from 2031-01 breaks rule 6");
        String single = edited(r -> ((ArrayNode) at(r, "fixed", 0).get("units")).remove(1));
        assertThatThrownBy(() -> InstanceReader.readString(single))
                .hasMessageStartingWith("fixed[0]: fixed match of need 'N-003' to [U-029] from 2027-04 breaks rule 2");
    }

    @Test
    void notJsonIsAFormatError() {
        assertThatThrownBy(() -> InstanceReader.readString("{\"format\": ")).isInstanceOf(InstanceFormatException.class)
                .hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> InstanceReader.readString("[1, 2]")).hasMessage("document: expected an object, was [1,2]");
        assertThatThrownBy(() -> InstanceReader.readString("{\"format\": \"labspace-matching/1\", \"name\": \"x\", "
                + "\"campuses\": {}}")).hasMessage("campuses: expected an array, was {}");
    }

    @Test
    void solutionsRoundTrip() {
        var doc = SolutionJson.readString(Facts.resourceText("/instances/sample-small-optimal.solution.json"));
        var again = SolutionJson.readString(SolutionJson.toJson(doc.solution()));

        assertThat(again).isEqualTo(new SolutionDocument(SolutionJson.FORMAT, doc.solution()));
        assertThat(doc.solution().assignments().get(0).start()).isInstanceOf(YearMonth.class);
        assertThatThrownBy(() -> SolutionJson.readString("{\"assignments\":[{\"need\":\"N\",\"units\":[\"U\"],"
                + "\"start\":\"2027-00\"}],\"unassigned\":[],\"unservedM2\":0}"))
                .hasMessage("assignments[0].start: malformed month '2027-00'");
    }
}
