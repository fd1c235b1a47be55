package nl.labspace.matching;

import nl.labspace.web.Conflict;

/** An accept refused because a lease or another accepted proposal holds one of the units in some of its months. */
final class HeldElsewhere extends Conflict {

    HeldElsewhere(String message) {
        super(message);
    }
}
