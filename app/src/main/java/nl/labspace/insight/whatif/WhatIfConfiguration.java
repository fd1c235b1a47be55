package nl.labspace.insight.whatif;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** labspace.whatif.*: how scenarios solve when they say nothing of their own. */
@ConfigurationProperties("labspace.whatif")
record WhatIfConfiguration(@Bindable(defaultValue = "5000") @Min(1) @Max(ScenarioForm.MAX_STEPS) int defaultSteps) {
}
