package nl.labspace.db.search;

/** One unit found by a space search, with its campus and, when the search had a point, its distance in metres. */
public record SpaceHitRow(UnitPart unit, CampusPart campus, Double distanceMetres) {
}
