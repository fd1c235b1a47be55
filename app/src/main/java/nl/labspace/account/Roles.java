package nl.labspace.account;

import java.util.List;

/** The four roles, as strings because @Secured needs compile-time constants. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String CAMPUS_MANAGER = "campus-manager";
    public static final String COMPANY = "company";
    public static final String FUND_MANAGER = "fund-manager";

    public static final List<String> ALL = List.of(ADMIN, CAMPUS_MANAGER, COMPANY, FUND_MANAGER);

    private Roles() {
    }
}
