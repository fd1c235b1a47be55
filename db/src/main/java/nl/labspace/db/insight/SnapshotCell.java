package nl.labspace.db.insight;

import java.util.Set;
import java.util.UUID;

/** One kept cell: its key's parts, the Cell's figures, and why suppression withheld it in its cube (null: shown). */
public record SnapshotCell(String figure, String region, String period, String facet, long value, int companies,
                           Set<UUID> few, String withheld) {

    public SnapshotCell {
        few = Set.copyOf(few);
    }
}
