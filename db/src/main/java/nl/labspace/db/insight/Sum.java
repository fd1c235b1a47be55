package nl.labspace.db.insight;

import java.util.List;

/**
 * An additive relation between cells of one published table, total = sum of parts: a province and its COROP regions
 * (with the part homed in the province but in none of them), a quarter and its months, a figure and its breakdown.
 * A reader can subtract along every such relation, so suppression must keep each one from revealing a withheld cell.
 * A derived figure that is a public multiple of company cells (a ratio to a public figure) is declared as a Sum of
 * those cells too: suppression only needs to know which cells give each other away. Parts no cell has read as 0.
 */
public record Sum(String total, List<String> parts) {

    public Sum {
        parts = List.copyOf(parts);
    }
}
