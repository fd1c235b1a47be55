package nl.labspace.insight.whatif;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.insight.Cell;
import nl.labspace.db.insight.Sum;

/**
 * What a finished scenario run stores (scenario_result.cells): the buildings as they were run, and the result's cells
 * before disclosure with their additive relations, so the disclosure rule is applied each time a result is read.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ResultData(List<RanBuilding> buildings, List<StoredCell> cells, List<StoredSum> sums) {

    /** A building as it was when the scenario ran (the scenario may have been edited since). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RanBuilding(int position, String name, String campusId, String town, String provinceCode, String coropCode,
                       int labM2, int officeM2, int suites) {

        int totalM2() {
            return labM2 + officeM2;
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StoredCell(String id, long value, int companies, List<UUID> few) {

        static StoredCell of(Cell cell) {
            return new StoredCell(cell.id(), cell.value(), cell.companies(), List.copyOf(cell.few()));
        }

        Cell cell() {
            return new Cell(id, value, companies, java.util.Set.copyOf(few));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StoredSum(String total, List<String> parts) {

        Sum sum() {
            return new Sum(total, parts);
        }
    }
}
