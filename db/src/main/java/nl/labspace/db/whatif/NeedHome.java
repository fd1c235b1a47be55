package nl.labspace.db.whatif;

import java.util.UUID;

/** Where an open need's demand is homed: province and COROP region, each null when it has none. */
public record NeedHome(UUID needId, String provinceCode, String coropCode) {
}
