package nl.labspace.db.insight;

import java.util.UUID;

/**
 * One need on its way to a campus: its company, its m² (lab and office asked), where it is homed (null where it has
 * no home region of a level) and the regions of the campus it was proposed, accepted or leased on.
 */
public record FlowRow(FlowStage stage, UUID companyId, long m2, String homeProvince, String homeCorop, String homeRom,
                      String toProvince, String toCorop, String toRom) {
}
