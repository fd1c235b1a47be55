package nl.labspace.db.search;

/** A search point with an optional radius: km null means "sort and measure by distance, filter nothing". */
public record Circle(double lat, double lon, Double km) {

    public Circle {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("point %s,%s lies outside [-90,90] x [-180,180]".formatted(lat, lon));
        }
        if (km != null && !(km > 0)) {
            throw new IllegalArgumentException("radius must be > 0 km, was " + km);
        }
    }
}
