package nl.labspace.matching;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * labspace.matching.*: how runs solve. A run ends when its budget is spent or when its best has not improved for
 * unimproved-seconds (a small market must not take the whole budget); runs-at-once bounds the solving threads.
 */
@ConfigurationProperties("labspace.matching")
record MatchingConfiguration(@Bindable(defaultValue = "60") @Min(1) @Max(3600) int nationalBudgetSeconds,
                             @Bindable(defaultValue = "10") @Min(1) int unimprovedSeconds,
                             @Bindable(defaultValue = "1") @Min(1) @Max(4) int runsAtOnce,
                             @Bindable(defaultValue = "5") @Min(1) @Max(30) int instantOptionsLimit) {
}
