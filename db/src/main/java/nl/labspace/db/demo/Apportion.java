package nl.labspace.db.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

// Splits a whole number of rows over campuses or provinces without randomness, so the spread follows the
// weights exactly at every scale.
final class Apportion {

    private Apportion() {
    }

    // Largest remainder: each key gets the floor of its exact share, the leftovers go to the largest remainders
    // (ties to the key that comes first in the weights' order).
    static Map<String, Integer> byWeight(Map<String, Double> weights, int total) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            double exact = sum == 0 ? 0 : total * w.getValue() / sum;
            counts.put(w.getKey(), (int) exact);
            given += (int) exact;
            remainders.add(Map.entry(w.getKey(), exact - (int) exact));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        for (int i = 0; i < total - given && i < remainders.size(); i++) {
            counts.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return counts;
    }

    // The main GMP site gets its share rounded up, so it keeps the most suites at any scale.
    static Map<String, Integer> gmpSuites(int total) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int main = (int) Math.ceil(total * MarketShape.GMP_SITES.get(MarketShape.MAIN_GMP_SITE));
        counts.put(MarketShape.MAIN_GMP_SITE, main);
        List<String> others = MarketShape.GMP_SITES.keySet().stream()
                .filter(id -> !id.equals(MarketShape.MAIN_GMP_SITE)).sorted().toList();
        for (int i = 0; i < total - main; i++) {
            counts.merge(others.get(i % others.size()), 1, Integer::sum);
        }
        return counts;
    }
}
