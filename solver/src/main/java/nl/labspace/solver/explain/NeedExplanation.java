package nl.labspace.solver.explain;

/** Why one need of a plan is where it is: matched (with its placement) or unmatched (with the binding reason). */
public sealed interface NeedExplanation permits MatchedNeed, UnmatchedNeed {

    String needId();

    Area asked();
}
