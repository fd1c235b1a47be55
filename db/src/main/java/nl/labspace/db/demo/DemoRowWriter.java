package nl.labspace.db.demo;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.List;

// Writes the generated rows with one JDBC batch per table. Campuses get no region codes: the campus_regions
// trigger derives province, COROP and ROM from the point before the NOT NULL checks run. Units keep V21's default
// of what the rent covers (lab and office, service charges extra).
final class DemoRowWriter {

    private static final String POINT = "ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography";
    private static final String CAMPUS = """
            INSERT INTO campus (id, name, city, location, focus, shared_facilities, address_town, address_demo)
            VALUES (?, ?, ?, %s, ?, ?, ?, true)""".formatted(POINT);
    private static final String UNIT = """
            INSERT INTO unit (id, campus_id, name, lab_m2, office_m2, containment, gmp, features, available_from,
                              available_until, rent_per_m2_year, min_term_months, max_term_months, status,
                              delivery_month, last_confirmed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String COMPANY = "INSERT INTO company (id, name, sector) VALUES (?, ?, ?)";
    private static final String NEED = """
            INSERT INTO need (id, company_id, title, lab_m2, office_m2, containment, gmp, features, move_in_earliest,
                              move_in_latest, term_months, max_rent_per_m2_year, max_units, near_location,
                              near_max_km, sector, confidential, status, max_m2, withdraw_reason, withdrawn_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?, ?, ?, ?, ?,
                    (?::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam')""".formatted(POINT);
    private static final String NEED_PROVINCE = "INSERT INTO need_province (need_id, province_code) VALUES (?, ?)";
    private static final String LEASE = "INSERT INTO lease (id, unit_id, need_id, first_month, last_month) VALUES (?, ?, ?, ?, ?)";

    private final Connection db;

    DemoRowWriter(Connection db) {
        this.db = db;
    }

    void write(DemoMarket market) throws SQLException {
        campuses(market.campuses());
        units(market.units());
        companies(market.companies());
        needs(market.needs());
        leases(market.leases());
    }

    private void campuses(List<DemoCampus> campuses) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(CAMPUS)) {
            for (DemoCampus c : campuses) {
                st.setString(1, c.id());
                st.setString(2, c.name());
                st.setString(3, c.city());
                st.setDouble(4, c.lon());
                st.setDouble(5, c.lat());
                st.setArray(6, texts(c.sectors()));
                st.setArray(7, texts(c.facilities()));
                // The demo's address is the town of the shipped data, marked as demo: no street is invented.
                st.setString(8, c.city());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void units(List<DemoUnit> units) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(UNIT)) {
            for (DemoUnit u : units) {
                st.setObject(1, u.id());
                st.setString(2, u.campusId());
                st.setString(3, u.name());
                st.setInt(4, u.labM2());
                st.setInt(5, u.officeM2());
                st.setString(6, u.containment());
                st.setString(7, u.gmp());
                st.setArray(8, texts(u.features()));
                month(st, 9, u.availableFrom());
                month(st, 10, u.availableUntil());
                st.setInt(11, u.rentPerM2Year());
                st.setInt(12, u.minTermMonths());
                st.setObject(13, u.maxTermMonths(), Types.INTEGER);
                st.setString(14, u.status());
                month(st, 15, u.deliveryMonth());
                st.setObject(16, u.lastConfirmed());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void companies(List<DemoCompany> companies) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(COMPANY)) {
            for (DemoCompany c : companies) {
                st.setObject(1, c.id());
                st.setString(2, c.name());
                st.setString(3, c.sector());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void needs(List<DemoNeed> needs) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(NEED);
             PreparedStatement provinces = db.prepareStatement(NEED_PROVINCE)) {
            for (DemoNeed n : needs) {
                needRow(st, n);
                st.addBatch();
                for (String province : n.provinces()) {
                    provinces.setObject(1, n.id());
                    provinces.setString(2, province);
                    provinces.addBatch();
                }
            }
            st.executeBatch();
            provinces.executeBatch();
        }
    }

    private void needRow(PreparedStatement st, DemoNeed n) throws SQLException {
        st.setObject(1, n.id());
        st.setObject(2, n.companyId());
        st.setString(3, n.title());
        st.setInt(4, n.labM2());
        st.setInt(5, n.officeM2());
        st.setString(6, n.containment());
        st.setString(7, n.gmp());
        st.setArray(8, texts(n.features()));
        month(st, 9, n.moveInEarliest());
        month(st, 10, n.moveInLatest());
        st.setInt(11, n.termMonths());
        st.setObject(12, n.maxRentPerM2Year(), Types.INTEGER);
        st.setInt(13, n.maxUnits());
        DemoNeed.Near near = n.near();
        st.setObject(14, near == null ? null : near.lon(), Types.DOUBLE);
        st.setObject(15, near == null ? null : near.lat(), Types.DOUBLE);
        st.setObject(16, near == null ? null : near.maxKm(), Types.INTEGER);
        st.setString(17, n.sector());
        st.setBoolean(18, n.confidential());
        st.setString(19, n.status());
        st.setObject(20, n.maxM2(), Types.INTEGER);
        st.setString(21, n.withdrawal() == null ? null : n.withdrawal().reason());
        st.setObject(22, n.withdrawal() == null ? null : n.withdrawal().day(), Types.DATE);
    }

    private void leases(List<DemoLease> leases) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(LEASE)) {
            for (DemoLease l : leases) {
                st.setObject(1, l.id());
                st.setObject(2, l.unitId());
                st.setObject(3, l.needId());
                month(st, 4, l.firstMonth());
                month(st, 5, l.lastMonth());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void month(PreparedStatement st, int index, YearMonth month) throws SQLException {
        st.setObject(index, month == null ? null : month.atDay(1), Types.DATE);
    }

    private Array texts(List<String> values) throws SQLException {
        return db.createArrayOf("text", values.toArray());
    }
}
