package nl.labspace.db.whatif;

import static nl.labspace.db.generated.Tables.SCENARIO;
import static nl.labspace.db.generated.Tables.SCENARIO_BUILDING;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.labspace.db.Gis;
import nl.labspace.db.generated.tables.records.ScenarioRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Saved what-if scenarios and their buildings: one owner each. */
public final class ScenarioStore {

    private final DSLContext dsl;

    public ScenarioStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public UUID create(UUID owner, String name, long seed, int steps, List<BuildingValues> buildings) {
        UUID id = dsl.insertInto(SCENARIO).set(SCENARIO.OWNER_ID, owner).set(SCENARIO.NAME, name)
                .set(SCENARIO.SEED, seed).set(SCENARIO.STEPS, steps)
                .returning(SCENARIO.ID).fetchOne().getId();
        insertBuildings(id, buildings);
        return id;
    }

    /** Replaces name, seed, steps and buildings when the stored version is the one read; false when it is not. */
    public boolean update(UUID id, int version, String name, long seed, int steps, List<BuildingValues> buildings) {
        int changed = dsl.update(SCENARIO).set(SCENARIO.NAME, name).set(SCENARIO.SEED, seed).set(SCENARIO.STEPS, steps)
                .set(SCENARIO.VERSION, SCENARIO.VERSION.plus(1)).set(SCENARIO.UPDATED_AT, currentOffsetDateTime())
                .where(SCENARIO.ID.eq(id)).and(SCENARIO.VERSION.eq(version)).execute();
        if (changed == 0) {
            return false;
        }
        dsl.deleteFrom(SCENARIO_BUILDING).where(SCENARIO_BUILDING.SCENARIO_ID.eq(id)).execute();
        insertBuildings(id, buildings);
        return true;
    }

    /** Deletes the scenario with its buildings and results. */
    public boolean delete(UUID id) {
        return dsl.deleteFrom(SCENARIO).where(SCENARIO.ID.eq(id)).execute() > 0;
    }

    public Optional<ScenarioRow> find(UUID id) {
        return scenarios(SCENARIO.ID.eq(id)).stream().findFirst();
    }

    /** A scenario read under a row lock, so that a run and an edit of it take turns. */
    public Optional<ScenarioRow> lock(UUID id) {
        return dsl.selectFrom(SCENARIO).where(SCENARIO.ID.eq(id)).forUpdate().fetchOptional()
                .map(r -> row(r, buildings(List.of(id)).getOrDefault(id, List.of())));
    }

    /** The owner's scenarios, oldest first. */
    public List<ScenarioRow> ofOwner(UUID owner) {
        return scenarios(SCENARIO.OWNER_ID.eq(owner));
    }

    private List<ScenarioRow> scenarios(Condition where) {
        List<ScenarioRecord> found = dsl.selectFrom(SCENARIO).where(where).orderBy(SCENARIO.CREATED_AT, SCENARIO.ID).fetch();
        Map<UUID, List<BuildingRow>> buildings = buildings(found.stream().map(ScenarioRecord::getId).toList());
        return found.stream().map(r -> row(r, buildings.getOrDefault(r.getId(), List.of()))).toList();
    }

    private static ScenarioRow row(ScenarioRecord r, List<BuildingRow> buildings) {
        return new ScenarioRow(r.getId(), r.getOwnerId(), r.getName(), r.getSeed(), r.getSteps(), r.getVersion(),
                r.getCreatedAt(), r.getUpdatedAt(), buildings);
    }

    private Map<UUID, List<BuildingRow>> buildings(List<UUID> scenarios) {
        return dsl.select(SCENARIO_BUILDING.asterisk().except(SCENARIO_BUILDING.FEATURES),
                        Gis.textArray(SCENARIO_BUILDING.FEATURES).as("feature_list"))
                .from(SCENARIO_BUILDING).where(SCENARIO_BUILDING.SCENARIO_ID.in(scenarios))
                .orderBy(SCENARIO_BUILDING.SCENARIO_ID, SCENARIO_BUILDING.POSITION)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.get(SCENARIO_BUILDING.SCENARIO_ID), Collectors.mapping(
                        ScenarioStore::building, Collectors.toList())));
    }

    private static BuildingRow building(Record r) {
        BuildingValues values = new BuildingValues(r.get(SCENARIO_BUILDING.POSITION), r.get(SCENARIO_BUILDING.NAME),
                r.get(SCENARIO_BUILDING.CAMPUS_ID), r.get(SCENARIO_BUILDING.LAT), r.get(SCENARIO_BUILDING.LON),
                r.get(SCENARIO_BUILDING.TOWN), r.get(SCENARIO_BUILDING.LAB_M2), r.get(SCENARIO_BUILDING.OFFICE_M2),
                r.get(SCENARIO_BUILDING.SUITES), r.get(SCENARIO_BUILDING.CONTAINMENT), r.get(SCENARIO_BUILDING.GMP),
                Arrays.asList(r.get("feature_list", String[].class)), r.get(SCENARIO_BUILDING.RENT_PER_M2_YEAR),
                r.get(SCENARIO_BUILDING.DELIVERY_MONTH), r.get(SCENARIO_BUILDING.MIN_TERM_MONTHS));
        return new BuildingRow(values, r.get(SCENARIO_BUILDING.PROVINCE_CODE), r.get(SCENARIO_BUILDING.COROP_CODE),
                r.get(SCENARIO_BUILDING.ROM_CODE));
    }

    private void insertBuildings(UUID scenario, List<BuildingValues> buildings) {
        for (BuildingValues b : buildings) {
            // The trigger derives the regions from the campus or the point; these placeholders are overwritten.
            dsl.insertInto(SCENARIO_BUILDING).set(SCENARIO_BUILDING.SCENARIO_ID, scenario)
                    .set(SCENARIO_BUILDING.POSITION, b.position()).set(SCENARIO_BUILDING.NAME, b.name())
                    .set(SCENARIO_BUILDING.CAMPUS_ID, b.campusId()).set(SCENARIO_BUILDING.LAT, b.lat())
                    .set(SCENARIO_BUILDING.LON, b.lon()).set(SCENARIO_BUILDING.TOWN, b.town())
                    .set(SCENARIO_BUILDING.PROVINCE_CODE, "").set(SCENARIO_BUILDING.COROP_CODE, "")
                    .set(SCENARIO_BUILDING.ROM_CODE, "")
                    .set(SCENARIO_BUILDING.LAB_M2, b.labM2()).set(SCENARIO_BUILDING.OFFICE_M2, b.officeM2())
                    .set(SCENARIO_BUILDING.SUITES, b.suites()).set(SCENARIO_BUILDING.CONTAINMENT, b.containment())
                    .set(SCENARIO_BUILDING.GMP, b.gmp())
                    .set(Gis.textArrayTarget(SCENARIO_BUILDING.FEATURES), b.features().toArray(String[]::new))
                    .set(SCENARIO_BUILDING.RENT_PER_M2_YEAR, b.rentPerM2Year())
                    .set(SCENARIO_BUILDING.DELIVERY_MONTH, b.deliveryMonth())
                    .set(SCENARIO_BUILDING.MIN_TERM_MONTHS, b.minTermMonths())
                    .execute();
        }
    }
}
