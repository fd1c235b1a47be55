package nl.labspace.db.whatif;

/** A stored building with the regions the database derived from its campus or point. */
public record BuildingRow(BuildingValues values, String provinceCode, String coropCode, String romCode) {
}
