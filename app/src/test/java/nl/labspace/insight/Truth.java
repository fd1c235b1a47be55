package nl.labspace.insight;

import java.util.HashMap;
import java.util.Map;

import nl.labspace.account.TestSql;

/** The true values behind every company figure, from SQL written for the tests (FigureSql), by cell. */
final class Truth {

    private Truth() {
    }

    static Map<String, Long> of(TestSql sql) {
        FigureSql q = new FigureSql(sql);
        Map<String, Map<String, FigureSql.Expected>> figures = new HashMap<>();
        figures.put("demand-needs", q.demand("1"));
        figures.put("demand-lab-m2", q.demand("n.lab_m2"));
        figures.put("demand-office-m2", q.demand("n.office_m2"));
        figures.put("demand-m2", q.demand("n.lab_m2 + n.office_m2"));
        figures.put("matched-m2", q.proposed("open"));
        figures.put("accepted-m2", q.proposed("accepted"));
        figures.put("unmet-m2", q.unmet());
        figures.put("leased-m2", q.leased());
        figures.put("prelet-m2", q.prelet());
        figures.put("lost-m2", q.lost("n.lab_m2 + n.office_m2"));
        figures.put("lost-lab-m2", q.lost("n.lab_m2"));
        figures.put("lost-needs", q.lost("1"));
        Map<String, Long> truth = new HashMap<>();
        figures.forEach((figure, cells) -> cells.forEach((cell, e) -> truth.put(figure + "|" + cell, e.value())));
        return truth;
    }

    /** A run's needs and asked m² per home province ("none" without one) and nationally, from its proposals. */
    static Map<String, Long> ofRun(TestSql sql, String run) {
        Map<String, Long> truth = new HashMap<>();
        for (String line : sql.column("""
                SELECT coalesce(coalesce(n.home_province_code, 'none'), 'NL') || '|' || count(*) || '|' || sum(n.lab_m2 + n.office_m2)
                       || '|' || count(*) FILTER (WHERE p.campus_id IS NOT NULL)
                FROM proposal p JOIN need n ON n.id = p.need_id WHERE p.run_id = '%s'
                GROUP BY ROLLUP (coalesce(n.home_province_code, 'none'))""".formatted(run))) {
            String[] f = line.split("\\|", -1);
            String region = f[0];
            truth.put("run-needs|" + run + "|" + region, Long.parseLong(f[1]));
            truth.put("run-askedM2|" + run + "|" + region, Long.parseLong(f[2]));
            truth.put("run-matchedNeeds|" + run + "|" + region, Long.parseLong(f[3]));
        }
        return truth;
    }
}
