package nl.labspace.solver.explain;

/** Lab and office area in whole m². */
public record Area(int labM2, int officeM2) {

    public int totalM2() {
        return labM2 + officeM2;
    }
}
