package nl.labspace.db.demo;

/** What one load wrote; all counts are 0 and alreadyPresent is true when the demo campuses were there before. */
public record DemoSummary(int campuses, int units, int companies, int needs, int leases, boolean alreadyPresent) {

    static DemoSummary nothingLoaded() {
        return new DemoSummary(0, 0, 0, 0, 0, true);
    }
}
