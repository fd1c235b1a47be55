package nl.labspace.insight;

import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.db.insight.FlowStage;

/**
 * The facets of flow-m2 cells, the stage folded in: "stage:proposed" is the m² of the origin region's demand at that
 * stage (wherever it goes), "stage:proposed>to:CR25" the part of it that goes to CR25. flow-inside-share cells use
 * the stage facet.
 *
 * @param to the destination region, or null for the origin's total
 */
record FlowFacet(FlowStage stage, @Nullable String to) {

    private static final String STAGE = "stage:";
    private static final String TO = ">to:";

    static String total(FlowStage stage) {
        return STAGE + stage.code();
    }

    static String to(FlowStage stage, String region) {
        return total(stage) + TO + region;
    }

    static Optional<FlowFacet> parse(String facet) {
        if (!facet.startsWith(STAGE)) {
            return Optional.empty();
        }
        String rest = facet.substring(STAGE.length());
        int arrow = rest.indexOf(TO);
        String stage = arrow < 0 ? rest : rest.substring(0, arrow);
        String to = arrow < 0 ? null : rest.substring(arrow + TO.length());
        return FlowStage.of(stage).map(s -> new FlowFacet(s, to));
    }
}
