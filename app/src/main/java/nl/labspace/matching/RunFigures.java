package nl.labspace.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What a public allocation publishes of a finished run: needs matched of total and m² served of asked, nationally
 * and per home province. A province with fewer than 3 needs in the run is withheld, as in regional insight.
 */
@Serdeable
record RunFigures(UUID runId, String status, String scope, @Nullable OffsetDateTime finishedAt, int needs,
                  int matchedNeeds, long askedM2, long servedM2, List<Province> provinces) {

    static final int WITHHELD_BELOW = 3;

    @Serdeable
    record Province(String province, boolean withheld, @Nullable Integer needs, @Nullable Integer matchedNeeds,
                    @Nullable Long askedM2, @Nullable Long servedM2) {

        static Province of(String province, int needs, int matched, long asked, long served) {
            return needs < WITHHELD_BELOW ? new Province(province, true, null, null, null, null)
                    : new Province(province, false, needs, matched, asked, served);
        }
    }
}
