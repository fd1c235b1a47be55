package nl.labspace.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.labspace.account.TestSql;

/** A digest of every row of every table of the application's schema, to prove that a request wrote nothing. */
final class TableFingerprints {

    private final TestSql sql;

    TableFingerprints(TestSql sql) {
        this.sql = sql;
    }

    Map<String, String> all() {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : sql.column("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('flyway_schema_history', 'spatial_ref_sys')
                ORDER BY table_name""")) {
            digests.put(table, sql.column("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \""
                    + table + "\" t").get(0));
        }
        return digests;
    }
}
