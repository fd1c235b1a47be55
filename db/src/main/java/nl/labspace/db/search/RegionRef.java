package nl.labspace.db.search;

/** A region code with its kind and the province and ROM area it lies in (null for a ROM area itself). */
public record RegionRef(String code, String kind, String provinceCode, String romCode, String name) {
}
