package nl.labspace.db.demo;

import java.util.List;
import java.util.SplittableRandom;

// The generator's only source of randomness: a seeded SplittableRandom, so one seed gives one market.
final class Dice {

    private final SplittableRandom random;

    Dice(SplittableRandom random) {
        this.random = random;
    }

    // An independent stream, so that changing how much one part of the generator draws leaves the others alone.
    Dice split() {
        return new Dice(random.split());
    }

    int between(int lowest, int highest) {
        return random.nextInt(lowest, highest + 1);
    }

    double between(double lowest, double highest) {
        return random.nextDouble(lowest, highest);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    // An area between lowest and highest, rounded to 5 m²; skew > 1 makes small areas more likely.
    int area(int lowest, int highest, double skew) {
        double x = Math.pow(random.nextDouble(), skew);
        return Math.max(lowest, roundTo(lowest + x * (highest - lowest), 5));
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    // weights[i] is the relative weight of options.get(i).
    <T> T pick(List<T> options, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return options.get(i);
            }
        }
        return options.get(weights.length - 1);
    }

    static int roundTo(double value, int step) {
        return (int) Math.round(value / step) * step;
    }
}
