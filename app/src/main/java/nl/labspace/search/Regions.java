package nl.labspace.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The province, COROP region and ROM area a campus or a need's preferred point lies in. */
@Serdeable
public record Regions(@Nullable String province, @Nullable String corop, @Nullable String rom) {
}
