package nl.labspace.db.insight;

import static org.jooq.impl.DSL.arrayAggDistinct;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.grouping;
import static org.jooq.impl.DSL.groupingSets;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Aggregates fine-grained rows at every level of the region tree in one statement (GROUPING SETS), so that each
 * region's count of distinct companies is counted there, never added up from its parts (two parts of the same
 * company are one company). A source is a select whose columns carry the names below, one row per item and facet
 * (and period): company_id (null for public rows), province, corop and rom (the item's regions, null when it has
 * none), period, facet, lab_m2 and office_m2.
 */
final class Tallies {

    static final String COMPANY = "company_id";
    static final String PROVINCE = "province";
    static final String COROP = "corop";
    static final String ROM = "rom";
    static final String PERIOD = "period";
    static final String FACET = "facet";
    static final String LAB = "lab_m2";
    static final String OFFICE = "office_m2";

    private Tallies() {
    }

    static List<Tally> of(DSLContext dsl, Select<?> source) {
        Table<?> t = source.asTable("t");
        Field<UUID> company = t.field(name(COMPANY), SQLDataType.UUID);
        Field<String> province = t.field(name(PROVINCE), SQLDataType.VARCHAR);
        Field<String> corop = t.field(name(COROP), SQLDataType.VARCHAR);
        Field<String> rom = t.field(name(ROM), SQLDataType.VARCHAR);
        Field<String> period = t.field(name(PERIOD), SQLDataType.VARCHAR);
        Field<String> facet = t.field(name(FACET), SQLDataType.VARCHAR);
        Field<Integer> companies = countDistinct(company);
        Field<UUID[]> few = when(companies.lt(Disclosure.MIN_COMPANIES),
                arrayAggDistinct(company).filterWhere(company.isNotNull()));
        List<Tally> out = new ArrayList<>();
        dsl.select(grouping(province), grouping(corop), grouping(rom), province, corop, rom, period, facet, count(),
                        sum(t.field(name(LAB), SQLDataType.INTEGER)), sum(t.field(name(OFFICE), SQLDataType.INTEGER)), companies, few)
                .from(t)
                .groupBy(groupingSets(new Field<?>[]{period, facet, province, corop}, new Field<?>[]{period, facet, province},
                        new Field<?>[]{period, facet, rom}, new Field<?>[]{period, facet}))
                .fetch().forEach(r -> {
                    String region = region(r);
                    if (region != null) {
                        out.add(tally(region, r));
                    }
                });
        return out;
    }

    /**
     * Which region a grouped row describes: a COROP region (or the province's unplaced part), a province (or the
     * country's unplaced part), a ROM area, or the country. Rows that repeat another set's (no ROM area, no province
     * at the COROP level) are left out.
     */
    private static String region(Record r) {
        boolean byProvince = r.get(0, Integer.class) == 0;
        boolean byCorop = r.get(1, Integer.class) == 0;
        boolean byRom = r.get(2, Integer.class) == 0;
        String province = r.get(3, String.class);
        if (byCorop) {
            String corop = r.get(4, String.class);
            return corop != null ? corop : province != null ? RegionTree.unplaced(province) : null;
        }
        if (byProvince) {
            return province != null ? province : RegionTree.unplaced(CellKey.COUNTRY);
        }
        if (byRom) {
            return r.get(5, String.class);
        }
        return CellKey.COUNTRY;
    }

    private static Tally tally(String region, Record r) {
        UUID[] few = r.get(12, UUID[].class);
        return new Tally(region, r.get(6, String.class), r.get(7, String.class), r.get(8, Long.class),
                whole(r.get(9, BigDecimal.class)), whole(r.get(10, BigDecimal.class)), r.get(11, Integer.class),
                few == null ? Set.of() : Set.of(few));
    }

    private static long whole(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }

    /** A source column under its name. */
    static <T> Field<T> as(Field<T> field, String name) {
        return field.as(DSL.name(name));
    }
}
