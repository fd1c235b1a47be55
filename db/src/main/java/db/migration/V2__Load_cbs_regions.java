package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the CBS 2024 boundaries shipped in {@code nl/labspace/db/regions/} (CC BY 4.0, see its README).
 * PostgreSQL parses the GeoJSON itself, so the application needs no GeoJSON library.
 * The files are part of this migration: change boundaries with a new migration, never by editing them.
 */
public class V2__Load_cbs_regions extends BaseJavaMigration {

    private static final String BASE = "nl/labspace/db/regions/";

    private static final String PROVINCES = """
            INSERT INTO region (code, kind, name, province_code, rom_code, geom)
            SELECT f->>'id', 'province', f->'properties'->>'statnaam', f->>'id', f->'properties'->>'rom_code', %s
              FROM jsonb_array_elements(?::jsonb->'features') f""";

    private static final String COROP_REGIONS = """
            INSERT INTO region (code, kind, name, province_code, rom_code, geom)
            SELECT f->>'id', 'corop', f->'properties'->>'statnaam', f->'properties'->>'provincie_statcode',
                   f->'properties'->>'rom_code', %s
              FROM jsonb_array_elements(?::jsonb->'features') f""";

    private static final String ROM_AREAS = """
            INSERT INTO region (code, kind, name, geom)
            SELECT f->>'id', 'rom', f->'properties'->>'rom_naam', %s
              FROM jsonb_array_elements(?::jsonb->'features') f""";

    private static final String GEOMETRY = "ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326))";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        load(connection, PROVINCES, "nl_provinces_2024.geojson", 12);
        load(connection, COROP_REGIONS, "nl_corop_2024.geojson", 40);
        load(connection, ROM_AREAS, "nl_rom_regions_2024.geojson", 9);
    }

    private static void load(Connection connection, String sql, String file, int expected) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql.formatted(GEOMETRY))) {
            insert.setString(1, resource(file));
            int inserted = insert.executeUpdate();
            if (inserted != expected) {
                throw new IllegalStateException("%s holds %d regions, expected %d".formatted(file, inserted, expected));
            }
        }
    }

    private static String resource(String file) {
        try (InputStream in = V2__Load_cbs_regions.class.getClassLoader().getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("region file missing from the class path: " + BASE + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
