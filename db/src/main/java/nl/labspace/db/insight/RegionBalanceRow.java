package nl.labspace.db.insight;

/** Supply against open demand in one region: units and m² on offer, pipeline, and what open needs ask for, and
 * from how many distinct companies. */
public record RegionBalanceRow(String code, String kind, String name, String provinceCode, String romCode, int availableUnits, long availableLabM2,
                               long availableOfficeM2, int plannedUnits, long plannedLabM2, int openNeeds,
                               long neededLabM2, long neededOfficeM2, int openCompanies) {
}
