package nl.labspace.solver.domain;

/** A preferred place and how far from it a need accepts a campus (inclusive). */
public record Near(double lat, double lon, double maxKm) {

    public Near {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("near must be a WGS84 point, was %s,%s".formatted(lat, lon));
        }
        if (!(maxKm > 0)) {
            throw new IllegalArgumentException("near.maxKm must be > 0, was " + maxKm);
        }
    }

    public boolean reaches(Campus campus) {
        return Geo.haversineKm(lat, lon, campus.lat(), campus.lon()) <= maxKm;
    }
}
