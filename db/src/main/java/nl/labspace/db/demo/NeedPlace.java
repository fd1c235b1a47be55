package nl.labspace.db.demo;

import java.util.ArrayList;
import java.util.List;

// Where a need may be served: near a point, or in a list of provinces, or (neither) anywhere.
// anchored: the need can only be served in its home province, so it counts as that province's demand.
record NeedPlace(DemoNeed.Near near, List<String> provinces, boolean anchored) {

    static final NeedPlace ANYWHERE = new NeedPlace(null, List.of(), false);

    NeedPlace {
        provinces = List.copyOf(provinces);
    }

    // Startups stay close to their campus, scale-ups and corporates name provinces, GMP work travels far.
    static NeedPlace around(Dice dice, NeedArchetype kind, DemoCampus home) {
        String province = home.provinceCode();
        return switch (kind) {
            case STARTUP -> dice.chance(0.65) ? near(dice, home, 10, 40) : only(province);
            case OFFICE -> near(dice, home, 5, 25);
            case SCALE_UP -> switch (dice.pick(List.of("near", "province", "region"), 0.45, 0.35, 0.20)) {
                case "near" -> near(dice, home, 25, 60);
                case "province" -> only(province);
                default -> widened(dice, province, 1);
            };
            case CORPORATE -> dice.chance(0.4) ? only(province) : widened(dice, province, 2);
            case GMP -> dice.chance(0.6) ? near(dice, home, 60, 150) : widened(dice, province, 2);
        };
    }

    static NeedPlace only(String province) {
        return new NeedPlace(null, List.of(province), true);
    }

    // Within about 800 m of the campus point. Every demo campus lies at least 1.3 km inside its province's
    // CBS boundary, so the point stays in the home province and the need counts where it was drawn.
    private static NeedPlace near(Dice dice, DemoCampus home, int closest, int farthest) {
        double lon = round4(home.lon() + dice.between(-0.008, 0.008));
        double lat = round4(home.lat() + dice.between(-0.005, 0.005));
        return new NeedPlace(new DemoNeed.Near(lon, lat, dice.between(closest, farthest)), List.of(), true);
    }

    // The home province and up to `extra` of its neighbours; with no neighbour taken it stays anchored.
    private static NeedPlace widened(Dice dice, String province, int extra) {
        List<String> provinces = new ArrayList<>(List.of(province));
        List<String> neighbours = new ArrayList<>(MarketShape.neighbours(province));
        for (int i = 0; i < extra && !neighbours.isEmpty(); i++) {
            provinces.add(neighbours.remove(dice.between(0, neighbours.size() - 1)));
        }
        return new NeedPlace(null, provinces, provinces.size() == 1);
    }

    private static double round4(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }
}
