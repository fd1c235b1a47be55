package nl.labspace.db.whatif;

/** The province, COROP region and ROM area that hold a point. */
public record PlaceRegions(String provinceCode, String coropCode, String romCode) {
}
