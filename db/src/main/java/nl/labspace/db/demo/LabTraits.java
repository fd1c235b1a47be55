package nl.labspace.db.demo;

import java.util.ArrayList;
import java.util.List;

import nl.labspace.db.Vocabulary;

// Containment, GMP grade and features of units and needs. Units offer more than needs ask for: most needs
// want ML-I or ML-II and a fume hood, and ML-III is rare on both sides.
final class LabTraits {

    static final List<String> CONTAINMENTS = Vocabulary.CONTAINMENT;
    // The grades above none.
    static final List<String> GMP_GRADES = Vocabulary.GMP.subList(1, Vocabulary.GMP.size());
    // The lab_features domain of the schema, in its order.
    static final String FUME_HOOD = "fume-hood";
    static final String BSC = "biosafety-cabinet";
    static final String GASES = "lab-gases";
    static final String COLD = "cold-storage";
    static final String FLOOR = "high-floor-load";
    static final String ACCESS = "24-7-access";
    static final String DOCK = "loading-dock";
    static final String AUTOCLAVE = "autoclave";
    static final String PERMIT = "environmental-permit";

    private LabTraits() {
    }

    static String unitContainment(Dice dice, DemoCampus campus) {
        if (campus.sectors().contains("vaccines")) {
            return dice.pick(CONTAINMENTS, 0.03, 0.22, 0.45, 0.30);
        }
        if (campus.sectors().stream().allMatch(s -> s.equals("medtech") || s.equals("health-innovation"))) {
            return dice.pick(CONTAINMENTS, 0.35, 0.35, 0.28, 0.02);
        }
        return dice.pick(CONTAINMENTS, 0.07, 0.38, 0.47, 0.08);
    }

    static String needContainment(Dice dice, String sector) {
        return switch (sector) {
            case "medtech", "health-innovation" -> dice.pick(CONTAINMENTS, 0.50, 0.35, 0.15, 0.0);
            case "vaccines", "cell-gene-therapy" -> dice.pick(CONTAINMENTS, 0.0, 0.20, 0.60, 0.20);
            default -> dice.pick(CONTAINMENTS, 0.08, 0.45, 0.43, 0.04);
        };
    }

    static String gmpGrade(Dice dice) {
        return dice.pick(GMP_GRADES, 0.32, 0.36, 0.25, 0.07);
    }

    // large: a whole floor or building, which more often has a loading dock, floor load and a permit.
    static List<String> unitFeatures(Dice dice, String containment, boolean large, boolean gmp) {
        int rank = CONTAINMENTS.indexOf(containment);
        List<String> f = new ArrayList<>();
        add(f, FUME_HOOD, dice.chance(rank == 0 ? 0.3 : 0.88));
        add(f, BSC, dice.chance(rank >= 2 ? 0.92 : rank == 1 ? 0.3 : 0.0));
        add(f, GASES, dice.chance(0.7));
        add(f, COLD, dice.chance(gmp ? 0.9 : 0.6));
        add(f, FLOOR, dice.chance(large ? 0.6 : 0.15));
        add(f, ACCESS, dice.chance(0.6));
        add(f, DOCK, dice.chance(gmp || large ? 0.75 : 0.15));
        add(f, AUTOCLAVE, dice.chance(rank == 3 ? 1.0 : rank == 2 ? 0.6 : 0.1));
        add(f, PERMIT, dice.chance(gmp ? 1.0 : large ? 0.8 : 0.4));
        return f;
    }

    static List<String> needFeatures(Dice dice, String containment, NeedArchetype kind) {
        if (kind == NeedArchetype.OFFICE) {
            return dice.chance(0.3) ? List.of(ACCESS) : List.of();
        }
        int rank = CONTAINMENTS.indexOf(containment);
        boolean heavy = kind == NeedArchetype.GMP || kind == NeedArchetype.CORPORATE;
        List<String> f = new ArrayList<>();
        add(f, FUME_HOOD, dice.chance(rank == 0 ? 0.15 : 0.6));
        add(f, BSC, dice.chance(rank >= 2 ? 0.7 : 0.0));
        add(f, GASES, dice.chance(0.3));
        add(f, COLD, dice.chance(0.35));
        add(f, FLOOR, dice.chance(heavy ? 0.3 : 0.05));
        add(f, ACCESS, dice.chance(0.3));
        add(f, DOCK, dice.chance(heavy ? 0.4 : 0.05));
        add(f, AUTOCLAVE, dice.chance(rank == 3 ? 0.8 : rank == 2 ? 0.2 : 0.0));
        add(f, PERMIT, dice.chance(kind == NeedArchetype.GMP ? 0.8 : heavy ? 0.4 : 0.1));
        return f;
    }

    private static void add(List<String> features, String feature, boolean present) {
        if (present) {
            features.add(feature);
        }
    }
}
