package nl.labspace.campus;

import java.util.Locale;

/**
 * A plain link to OpenStreetMap's route planner with the campus as the destination: the visitor's browser opens it
 * when the link is followed; the app itself fetches nothing. The campus point is an estimate (500-1500 m), good to
 * drive to, not to find a door.
 */
public final class RouteLink {

    private RouteLink() {
    }

    /** route=;lat,lon leaves the start empty for the visitor to fill in. */
    public static String to(double lat, double lon) {
        return String.format(Locale.ROOT, "https://www.openstreetmap.org/directions?route=%%3B%.5f%%2C%.5f", lat, lon);
    }
}
