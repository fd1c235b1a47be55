package nl.labspace.solver.reference;

import com.google.ortools.sat.CpSolver;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Need;

/** A built CP-SAT formulation: how to read a need's assignment back, and how big it is. */
interface ReferenceModel {

    /** The need's assignment in the solver's current solution, or null when it stays unassigned. */
    Assignment chosen(Need need, CpSolver solver);

    int variables();
}
