package nl.labspace.matching;

import java.time.LocalDate;
import java.util.UUID;

import nl.labspace.web.Conflict;
import nl.labspace.web.Months;
import nl.labspace.web.Reason;

/** An accept refused because a lease or another accepted proposal holds one of the units in some of its months. */
final class HeldElsewhere extends Conflict {

    HeldElsewhere(UUID proposal, UUID unit, LocalDate first, LocalDate last) {
        super("proposal %s cannot be accepted:".formatted(proposal), Reason.UNIT_HELD, unit, Months.format(first),
                Months.format(last));
    }
}
