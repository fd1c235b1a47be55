package nl.labspace.insight;

import java.util.HashMap;
import java.util.Map;

import nl.labspace.account.TestSql;

/**
 * Each figure's expected cells, computed in SQL written here independently of the product's queries: the facts of
 * each figure as plain rows, placed in every region that contains them by UNION ALL (country; province or the
 * country's unplaced part; ROM area; COROP region when it lies in that province, or else the province's unplaced
 * part), and grouped by region, period and facet. Keys are "region|period|facet"; each cell holds the value and the count of distinct companies.
 */
final class FigureSql {

    record Expected(long value, int companies) {
    }

    private static final String MONTH = "to_char(now() AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')";
    private static final String FRESH = "u.last_confirmed >= (now() AT TIME ZONE 'Europe/Amsterdam')::date - 60";
    private static final String QUARTER = "to_char(%s, 'YYYY') || '-Q' || to_char(%s, 'Q')";
    private static final String REASON_WORD = """
            CASE p.explanation -> 'reason' ->> 'kind' WHEN 'NoCampusInReach' THEN 'no-campus-in-reach'
              WHEN 'NoLabClass' THEN 'no-space-of-class' WHEN 'MissingFeatures' THEN 'missing-features'
              WHEN 'RentAboveMax' THEN 'over-budget' WHEN 'AreaAboveMax' THEN 'over-max-area' WHEN 'NoTiming' THEN 'timing'
              WHEN 'NotEnoughArea' THEN 'not-enough-area' WHEN 'AllOptionsTaken' THEN 'taken-by-others'
              WHEN 'FreeOptionUnused' THEN 'free-option-unused' ELSE 'unknown' END""";
    private static final String SIZE_BAND = """
            CASE WHEN n.lab_m2 + n.office_m2 < 300 THEN 'under-300' WHEN n.lab_m2 + n.office_m2 < 1000 THEN '300-1000'
                 WHEN n.lab_m2 + n.office_m2 <= 3000 THEN '1000-3000' ELSE 'over-3000' END""";

    private final TestSql sql;

    FigureSql(TestSql sql) {
        this.sql = sql;
    }

    /** Fresh units of a status on campuses; value an expression over u. */
    Map<String, Expected> units(String status, String value, String facets) {
        return cells("""
                SELECT NULL::uuid AS company_id, c.province_code AS p, (SELECT code FROM region WHERE code = c.corop_code AND province_code = c.province_code) AS c, c.rom_code AS r, %s AS period,
                       ARRAY[%s] AS facets, %s AS value
                FROM unit u JOIN campus c ON c.id = u.campus_id WHERE u.status = '%s' AND %s"""
                .formatted(MONTH, facets, value, status, FRESH));
    }

    Map<String, Expected> demand(String value) {
        return cells("""
                SELECT n.company_id, n.home_province_code AS p, (SELECT code FROM region WHERE code = n.home_corop_code AND province_code = n.home_province_code) AS c, n.home_rom_code AS r, %s AS period,
                       ARRAY['all', 'containment:' || n.containment, 'gmp:' || n.gmp,
                             'move-in:' || %s, 'size:' || %s] AS facets, %s AS value
                FROM need n WHERE n.status = 'open'"""
                .formatted(MONTH, QUARTER.formatted("n.move_in_earliest", "n.move_in_earliest"), SIZE_BAND, value));
    }

    /** Open needs whose live proposal has this status. */
    Map<String, Expected> proposed(String status) {
        return cells("""
                SELECT n.company_id, n.home_province_code AS p, (SELECT code FROM region WHERE code = n.home_corop_code AND province_code = n.home_province_code) AS c, n.home_rom_code AS r, %s AS period,
                       ARRAY['all'] AS facets, n.lab_m2 + n.office_m2 AS value
                FROM proposal p JOIN need n ON n.id = p.need_id WHERE p.status = '%s' AND n.status = 'open'"""
                .formatted(MONTH, status));
    }

    Map<String, Expected> unmet() {
        return cells("""
                SELECT n.company_id, n.home_province_code AS p, (SELECT code FROM region WHERE code = n.home_corop_code AND province_code = n.home_province_code) AS c, n.home_rom_code AS r, %s AS period,
                       ARRAY['all', 'reason:' || %s] AS facets, n.lab_m2 + n.office_m2 AS value
                FROM proposal p JOIN need n ON n.id = p.need_id WHERE p.status = 'unmatched' AND n.status = 'open'"""
                .formatted(MONTH, REASON_WORD));
    }

    Map<String, Expected> leased() {
        String month = "date_trunc('month', p.confirmed_at AT TIME ZONE 'Europe/Amsterdam')";
        return cells("""
                SELECT n.company_id, n.home_province_code AS p, (SELECT code FROM region WHERE code = n.home_corop_code AND province_code = n.home_province_code) AS c, n.home_rom_code AS r, period,
                       ARRAY['all'] AS facets, n.lab_m2 + n.office_m2 AS value
                FROM proposal p JOIN need n ON n.id = p.need_id
                CROSS JOIN LATERAL (VALUES (to_char(%s, 'YYYY-MM')), (%s)) AS x(period)
                WHERE p.status = 'confirmed'""".formatted(month, QUARTER.formatted(month, month)));
    }

    Map<String, Expected> prelet() {
        return cells("""
                SELECT n.company_id, c.province_code AS p, (SELECT code FROM region WHERE code = c.corop_code AND province_code = c.province_code) AS c, c.rom_code AS r, %s AS period,
                       ARRAY['all'] AS facets, u.lab_m2 + u.office_m2 AS value
                FROM proposal p JOIN need n ON n.id = p.need_id JOIN proposal_unit pu ON pu.proposal_id = p.id
                JOIN unit u ON u.id = pu.unit_id JOIN campus c ON c.id = u.campus_id
                WHERE p.status IN ('accepted', 'confirmed') AND u.status = 'planned' AND %s""".formatted(MONTH, FRESH));
    }

    Map<String, Expected> lost(String value) {
        String month = "date_trunc('month', coalesce(n.withdrawn_at, n.updated_at) AT TIME ZONE 'Europe/Amsterdam')";
        return cells("""
                SELECT n.company_id, n.home_province_code AS p, (SELECT code FROM region WHERE code = n.home_corop_code AND province_code = n.home_province_code) AS c, n.home_rom_code AS r, period,
                       ARRAY['all', 'reason:' || coalesce(n.withdraw_reason, 'unknown')] AS facets, %s AS value
                FROM need n CROSS JOIN LATERAL (VALUES (to_char(%s, 'YYYY-MM')), (%s)) AS x(period)
                WHERE n.status = 'withdrawn' AND coalesce(n.withdraw_reason, 'unknown') <> 'found-via-labspace'"""
                .formatted(value, month, QUARTER.formatted(month, month)));
    }

    private Map<String, Expected> cells(String facts) {
        Map<String, Expected> out = new HashMap<>();
        for (String line : sql.column("""
                WITH facts AS (%s),
                     f AS (SELECT facts.*, unnest(facets) AS facet FROM facts),
                     placed AS (SELECT 'NL' AS region, f.* FROM f
                                UNION ALL SELECT coalesce(p, 'NL:unplaced'), f.* FROM f
                                UNION ALL SELECT r, f.* FROM f WHERE r IS NOT NULL
                                UNION ALL SELECT coalesce(c, p || ':unplaced'), f.* FROM f WHERE p IS NOT NULL)
                SELECT region || '|' || period || '|' || facet || '|' || sum(value) || '|' || count(DISTINCT company_id)
                FROM placed WHERE facet IS NOT NULL GROUP BY region, period, facet""".formatted(facts))) {
            String[] parts = line.split("\\|");
            out.put(parts[0] + "|" + parts[1] + "|" + parts[2], new Expected(Long.parseLong(parts[3]), Integer.parseInt(parts[4])));
        }
        return out;
    }
}
