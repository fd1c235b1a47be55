package nl.labspace.access;

import java.util.List;
import java.util.Set;

/**
 * A feature's part of the access matrix: its route templates ("METHOD template", as Micronaut's router reports
 * them) and its cases. Placeholders in paths: {fund} (the fund manager's account id); see TestMarket for fixtures.
 */
interface FeatureAccess {

    Set<String> routes();

    List<Case> cases();
}
