package nl.labspace.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a public allocation publishes of a finished run: needs matched of total and m² served of asked, nationally
 * and per home province (CBS codes only). Needs without a home province (no point of their own, and none or several
 * acceptable provinces) are counted apart in withoutProvince. A group is withheld unless the disclosure rule of
 * regional insight lets it show (Disclosure: at least 3 distinct companies), and also when showing it would let a
 * reader subtract the shown groups from the total and recover a withheld one (RunFiguresDisclosure); runs stored
 * before companies were counted have their groups withheld.
 */
@Serdeable
record RunFigures(UUID runId, String status, String scope, @Nullable OffsetDateTime finishedAt,
                  @Schema(description = "The run as a whole; withheld when the run holds fewer than 3 companies, or "
                          + "when showing it would give away a withheld group") Counts total,
                  List<Province> provinces,
                  @Schema(type = "object", description = "Needs of the run without a home province; absent when every need has one")
                  @Nullable Counts withoutProvince) {

    @Serdeable
    record Province(@Schema(description = "CBS province code, PV20 to PV31") String province, boolean withheld,
                    @Nullable Integer needs, @Nullable Integer matchedNeeds, @Nullable Long askedM2, @Nullable Long servedM2) {

        static Province of(String province, Counts counts) {
            return new Province(province, counts.withheld(), counts.needs(), counts.matchedNeeds(), counts.askedM2(),
                    counts.servedM2());
        }
    }

    /** The figures of one group of needs; only whether it is withheld when the disclosure rule hides it. */
    @Serdeable
    record Counts(boolean withheld, @Nullable Integer needs, @Nullable Integer matchedNeeds, @Nullable Long askedM2,
                  @Nullable Long servedM2) {

        static Counts of(Tally t, boolean withheld) {
            return withheld ? new Counts(true, null, null, null, null)
                    : new Counts(false, t.needs(), t.matchedNeeds(), t.askedM2(), t.servedM2());
        }
    }

    /**
     * A run's figures of one home province as it stores them (province null: needs without a home province), with
     * the distinct companies of its needs (null in runs stored before they were counted, and after plus, which
     * cannot know how many companies two groups share).
     */
    @Serdeable
    record Tally(@Nullable String province, int matchedNeeds, int needs, long servedM2, long askedM2,
                 @Nullable Integer companies) {

        static Tally of(String province, boolean matched, long m2) {
            return new Tally(province, matched ? 1 : 0, 1, matched ? m2 : 0, m2, null);
        }

        Tally plus(Tally other) {
            return new Tally(province, matchedNeeds + other.matchedNeeds, needs + other.needs,
                    servedM2 + other.servedM2, askedM2 + other.askedM2, null);
        }

        Tally withCompanies(@Nullable Integer distinct) {
            return new Tally(province, matchedNeeds, needs, servedM2, askedM2, distinct);
        }
    }
}
