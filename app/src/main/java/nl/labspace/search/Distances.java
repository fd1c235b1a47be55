package nl.labspace.search;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Distances travel in km, rounded to some decimals: 2 for listings, fewer where a place must stay vague. */
final class Distances {

    private Distances() {
    }

    static Double km(Double metres, int decimals) {
        return metres == null ? null : round(metres / 1000, decimals);
    }

    // Decimal rounding, so 85.35 stays 85.35 and never becomes 85.35000000000001.
    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
