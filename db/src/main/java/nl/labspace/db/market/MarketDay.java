package nl.labspace.db.market;

import static org.jooq.impl.DSL.field;

import java.time.LocalDate;

import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * The calendar day in the marketplace's time zone, as the database reads it. Freshness is judged by the Dutch day
 * (app's Today); a confirmation written with the session's current_date (UTC on a server) would be a day old
 * between midnight in Amsterdam and midnight UTC.
 */
public final class MarketDay {

    public static final String ZONE = "Europe/Amsterdam";

    private MarketDay() {
    }

    public static Field<LocalDate> today() {
        return field("(now() AT TIME ZONE '" + ZONE + "')::date", SQLDataType.LOCALDATE);
    }
}
