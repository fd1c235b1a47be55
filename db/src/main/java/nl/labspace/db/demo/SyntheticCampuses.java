package nl.labspace.db.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.labspace.db.Vocabulary;

/**
 * Made-up campuses for a larger benchmark market (DemoSettings.extraCampuses): ids bench-campus-01.., names
 * "Bench campus 1 (synthetic)", each at the centre of a Dutch town without a real campus. Every point lies at
 * least 2 km inside its province's CBS boundary (so NeedPlace's points around it stay in that province) and
 * at least 6 km from every real campus; province and COROP codes below are what the database derives from it.
 * The profile (sectors, facilities, size) is drawn from the demo seed on a stream of its own, so the rest of
 * the market is the same with or without them; the first towns spread over all twelve provinces.
 */
final class SyntheticCampuses {

    private record Town(String city, double lon, double lat, String provinceCode, String coropCode) {
    }

    private static final List<Town> TOWNS = List.of(
            new Town("Leeuwarden", 5.7990, 53.2012, "PV21", "CR04"),
            new Town("Assen", 6.5625, 52.9925, "PV22", "CR07"),
            new Town("Almere", 5.2140, 52.3700, "PV24", "CR40"),
            new Town("Middelburg", 3.6136, 51.4988, "PV29", "CR32"),
            new Town("Apeldoorn", 5.9690, 52.2112, "PV25", "CR13"),
            new Town("Breda", 4.7760, 51.5890, "PV30", "CR33"),
            new Town("Haarlem", 4.6462, 52.3874, "PV27", "CR21"),
            new Town("Dordrecht", 4.6900, 51.8130, "PV28", "CR30"),
            new Town("Amersfoort", 5.3878, 52.1561, "PV26", "CR17"),
            new Town("Almelo", 6.6630, 52.3570, "PV23", "CR12"),
            new Town("Heerlen", 5.9811, 50.8882, "PV31", "CR39"),
            new Town("Veendam", 6.8760, 53.1070, "PV20", "CR01"),
            new Town("Tilburg", 5.0913, 51.5555, "PV30", "CR34"),
            new Town("Arnhem", 5.8987, 51.9851, "PV25", "CR15"),
            new Town("Heerenveen", 5.9220, 52.9600, "PV21", "CR06"),
            new Town("Lelystad", 5.4714, 52.5185, "PV24", "CR40"),
            new Town("Goes", 3.8890, 51.5040, "PV29", "CR32"),
            new Town("Zutphen", 6.2000, 52.1400, "PV25", "CR14"),
            new Town("'s-Hertogenbosch", 5.3037, 51.6978, "PV30", "CR35"),
            new Town("Roermond", 5.9875, 51.1942, "PV31", "CR38"),
            new Town("Gouda", 4.7100, 52.0170, "PV28", "CR28"),
            new Town("Alkmaar", 4.7485, 52.6324, "PV27", "CR19"),
            new Town("Doetinchem", 6.2960, 51.9650, "PV25", "CR14"),
            new Town("Helmond", 5.6610, 51.4790, "PV30", "CR36"),
            new Town("Emmeloord", 5.7480, 52.7100, "PV24", "CR40"),
            new Town("Tiel", 5.4290, 51.8870, "PV25", "CR16"),
            new Town("Drachten", 6.0990, 53.1030, "PV21", "CR06"),
            new Town("Emmen", 6.9060, 52.7850, "PV22", "CR08"),
            new Town("Hoofddorp", 4.6900, 52.3030, "PV27", "CR23"),
            new Town("Zoetermeer", 4.4940, 52.0600, "PV28", "CR26"));

    static final int MAX = TOWNS.size();
    static final String ID_PREFIX = "bench-campus-";

    private static final List<String> FACILITIES = List.of("cleanroom", "vivarium", "biobank", "NMR",
            "microscopy centre", "pilot plant", "open-access lab", "prototyping workshop", "analytical lab", "incubator");
    // Keeps the profile stream apart from the market's own streams, which start from the plain seed.
    private static final long STREAM = 0x42656e6368L;

    private SyntheticCampuses() {
    }

    static List<DemoCampus> make(int count, long seed) {
        if (count < 0 || count > MAX) {
            throw new IllegalArgumentException("extra campuses must be between 0 and %d, was %d".formatted(MAX, count));
        }
        Dice dice = new Dice(new SplittableRandom(seed ^ STREAM));
        List<DemoCampus> campuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Town town = TOWNS.get(i);
            campuses.add(new DemoCampus("%s%02d".formatted(ID_PREFIX, i + 1),
                    "Bench campus %d (synthetic)".formatted(i + 1), town.city(), town.lon(), town.lat(),
                    town.provinceCode(), town.coropCode(), draw(dice, Vocabulary.SECTORS, 1, 3),
                    draw(dice, FACILITIES, 2, 4), dice.between(1, 5)));
        }
        return List.copyOf(campuses);
    }

    // Between fewest and most distinct values, in the order drawn.
    private static List<String> draw(Dice dice, List<String> options, int fewest, int most) {
        List<String> left = new ArrayList<>(options);
        List<String> drawn = new ArrayList<>();
        for (int n = dice.between(fewest, most); n > 0; n--) {
            drawn.add(left.remove(dice.between(0, left.size() - 1)));
        }
        return drawn;
    }
}
