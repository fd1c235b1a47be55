package nl.labspace.demo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;

/** labspace.demo.*: whether the marketplace starts filled with the demo market, and how big it is. */
@ConfigurationProperties("labspace.demo")
record DemoConfiguration(
        @Bindable(defaultValue = "false") boolean enabled,
        @Bindable(defaultValue = "20261123") long seed,
        @Bindable(defaultValue = "1.0") @Positive double scale) {
}
