package nl.labspace.insight;

import java.util.List;

import nl.labspace.db.insight.Figure;

/** The figure picker's groups, in the order a fund manager reads them (flows have their own section). */
final class FigureGroups {

    record Group(String key, List<Figure> figures) {
    }

    static final List<Group> ALL = List.of(
            new Group("supply", List.of(Figure.SUPPLY_LAB_M2, Figure.SUPPLY_OFFICE_M2, Figure.PIPELINE_LAB_M2,
                    Figure.PIPELINE_OFFICE_M2, Figure.LAB_OFFICE_RATIO)),
            new Group("demand", List.of(Figure.DEMAND_NEEDS, Figure.DEMAND_M2, Figure.DEMAND_LAB_M2, Figure.DEMAND_OFFICE_M2)),
            new Group("matching", List.of(Figure.UNMET_M2, Figure.MATCHED_M2, Figure.ACCEPTED_M2, Figure.LEASED_M2,
                    Figure.AWAITING_RUN_M2)),
            new Group("lost", List.of(Figure.LOST_M2)),
            new Group("derived", List.of(Figure.DEMAND_VS_PIPELINE_18M, Figure.PRELET_SHARE)));

    /** What the dashboard opens on: the demand that found no space after the latest run. */
    static final Figure FIRST = Figure.UNMET_M2;

    private FigureGroups() {
    }
}
