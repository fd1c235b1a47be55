package nl.labspace.demo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * labspace.demo.*: whether the marketplace starts filled with the demo market, how big it is, and how many
 * synthetic campuses it adds to the 26 real ones (0 but for benchmarks).
 */
@ConfigurationProperties("labspace.demo")
record DemoConfiguration(
        @Bindable(defaultValue = "false") boolean enabled,
        @Bindable(defaultValue = "20261123") long seed,
        @Bindable(defaultValue = "1.0") @Positive double scale,
        @Bindable(defaultValue = "0") @PositiveOrZero int extraCampuses) {
}
