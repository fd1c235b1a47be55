package nl.labspace.db.search;

/** Orders of a space search; every order ends in the unit id so pages never overlap. */
public enum SpaceSort {
    RENT, SIZE, DISTANCE
}
