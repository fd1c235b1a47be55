package nl.labspace.solver.generate;

import java.util.List;
import java.util.Random;

/** Seeded draws in the shapes the generator needs; one instance per generated market, so repeatable. */
final class Draw {

    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double between(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** Log-normal around a median, clamped and rounded to a multiple of 5 (areas and rents are quoted so). */
    int logNormal5(double median, double sigma, int min, int max) {
        double v = median * Math.exp(sigma * random.nextGaussian());
        return roundTo5(Math.max(min, Math.min(max, v)));
    }

    static int roundTo5(double v) {
        return (int) (Math.round(v / 5.0) * 5);
    }

    /** Index drawn with the given relative weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> void shuffle(List<T> items) {
        java.util.Collections.shuffle(items, random);
    }
}
