package nl.labspace.web;

/** Values the controllers' OpenAPI annotations share (annotation values must be constants). Documentation only. */
public final class ApiDocs {

    /** The bearer security scheme of Application's @SecurityScheme. */
    public static final String BEARER = "bearer";

    /** A campus id is a slug (the database's check on campus.id). */
    public static final String CAMPUS_ID = "Campus id: lower-case words and digits joined by '-'";
    public static final String CAMPUS_ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String CAMPUS_ID_EXAMPLE = "leiden-bio-science-park";

    /** A province (PV20..PV31), COROP region (CR01..CR40) or ROM area code (db/regions, CBS 2024). */
    public static final String REGION_CODE_PATTERN =
            "^(PV(2[0-9]|3[01])|CR(0[1-9]|[1-3][0-9]|40)|BOM|HORIZON|IMPULS|INWEST|IQ|LIOF|NOM|OOSTNL|ROMUR)$";

    public static final String UNIT_ID_EXAMPLE = "797a5e4a-9ee7-3584-95a2-cf9e5e9d32da";
    public static final String NEED_ID_EXAMPLE = "07a25ad0-85fd-3226-92f7-513557f14960";
    public static final String ACCOUNT_ID_EXAMPLE = "68c66f7e-21db-40aa-ad82-5df67dd26484";
    public static final String RUN_ID_EXAMPLE = "3b1f6a52-8d0e-4c7a-9f21-6e5d4c3b2a10";
    public static final String PROPOSAL_ID_EXAMPLE = "c2a9e0d4-7b13-4f58-a6e2-91d0f3b8e475";

    public static final String CSV = "text/csv";

    private ApiDocs() {
    }
}
