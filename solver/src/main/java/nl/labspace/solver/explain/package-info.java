/**
 * Explanations as data: why a need got its space, why it got none, and a need's instant options, as records with
 * codes, numbers and ids only. The app renders them in Dutch or English and decides which ids a viewer may see;
 * {@link nl.labspace.solver.explain.EnglishText} is the one renderer kept here, for the command line and tests.
 */
package nl.labspace.solver.explain;
