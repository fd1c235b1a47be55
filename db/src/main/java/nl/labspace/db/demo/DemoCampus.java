package nl.labspace.db.demo;

import java.util.List;

// One campus of the shipped data file with its demo profile. provinceCode and coropCode are the file's own
// values: the generator uses them to shape the market; the database derives the stored ones from the point.
record DemoCampus(String id, String name, String city, double lon, double lat, String provinceCode,
                  String coropCode, List<String> sectors, List<String> facilities, int sizeWeight) {

    DemoCampus {
        sectors = List.copyOf(sectors);
        facilities = List.copyOf(facilities);
        if (sectors.isEmpty()) {
            throw new IllegalArgumentException("campus %s has no sectors".formatted(id));
        }
        if (sizeWeight < 1) {
            throw new IllegalArgumentException("campus %s: sizeWeight must be >= 1, was %d".formatted(id, sizeWeight));
        }
    }
}
