package nl.labspace.solver.domain;

import java.util.List;
import java.util.Objects;

/** A campus as the matcher sees it: a point, its CBS province code and its focus sectors. */
public record Campus(String id, double lat, double lon, String province, List<String> focus) {

    public Campus {
        Objects.requireNonNull(id, "campus id");
        Objects.requireNonNull(province, "province of campus " + id);
        focus = focus == null ? List.of() : List.copyOf(focus);
    }
}
