package nl.labspace.db.search;

/** Orders of a demand search; every order ends in the need id so pages never overlap. */
public enum DemandSort {
    MOVE_IN, SIZE, DISTANCE
}
