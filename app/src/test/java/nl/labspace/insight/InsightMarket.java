package nl.labspace.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import nl.labspace.TestMarket;
import nl.labspace.account.AccountBinding;
import nl.labspace.account.AccountService;
import nl.labspace.account.Roles;
import nl.labspace.account.TestHttp;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.account.TestSql;

/** Companies beyond the test market's two, each with a company account, that post and withdraw needs through the API. */
final class InsightMarket {

    static final String ROTTERDAM_LAT = "51.92";
    static final String ROTTERDAM_LON = "4.48";
    static final String UTRECHT_LAT = "52.09";
    static final String UTRECHT_LON = "5.12";

    /** A point a need is posted near. */
    record Place(String lat, String lon) {
    }

    /**
     * Three places in three COROP regions of Noord-Holland (Alkmaar, Haarlem, Amsterdam), no campus within 5 km. Its
     * codes sort before Zuid-Holland's (PV27, INWEST before PV28, IQ), so where a background cell and a Zuid-Holland
     * one tie as the cheapest complement (three needs each), suppression's tie-break by id takes the background's.
     */
    static final List<Place> NOORD_HOLLAND = List.of(new Place("52.63", "4.75"), new Place("52.38", "4.64"),
            new Place("52.37", "4.90"));
    /** Three places in the COROP regions of Zuid-Holland besides Leiden's and Rotterdam's (The Hague, Delft, Gouda). */
    static final List<Place> ZUID_HOLLAND_ELSEWHERE = List.of(new Place("52.08", "4.31"), new Place("52.01", "4.36"),
            new Place("52.02", "4.71"));
    /** Lab and office m² of each background need. */
    static final int BACKGROUND_LAB_M2 = 20;
    static final int BACKGROUND_OFFICE_M2 = 5;
    private static final String[] BACKGROUND = {"00000000-0000-0000-0000-0000000bac01",
        "00000000-0000-0000-0000-0000000bac02", "00000000-0000-0000-0000-0000000bac03"};

    private final TestHttp http;
    private final List<String> backgroundFounders = new ArrayList<>();

    InsightMarket(TestHttp http) {
        this.http = http;
    }

    /** A company (the one row an admin would set up) and its founder's account; returns the account's email. */
    static String company(TestSql sql, AccountService accounts, String id, String name) {
        sql.execute("INSERT INTO company (id, name, sector) VALUES ('%s', '%s', 'vaccines')".formatted(id, name));
        String email = "founder-" + id.substring(id.length() - 4) + "@test.nl";
        accounts.create("test", email, "Founder " + name, TestMarket.PASSWORD,
                new AccountBinding(Roles.COMPANY, null, UUID.fromString(id), null, false));
        return email;
    }

    /**
     * Background demand, so that a small withheld cell finds its complements away from the cells a test is about:
     * three further companies (made on the first call) each post one small need (ML-I, moving in 2027-Q1, within
     * 5 km) at one of up to three places. Each place then holds one company (withheld for few companies) and the
     * places' region as many: three make it shown (the cheapest cell to withhold as a complement, being the smallest),
     * two make it withheld for few companies, covering another cell of one company alone.
     */
    void background(TestSql sql, AccountService accounts, List<Place> places) {
        background(sql, accounts, "ML-I", 5, places);
    }

    /** Background demand of a containment class, within maxKm of each place (see above). */
    void background(TestSql sql, AccountService accounts, String containment, int maxKm, List<Place> places) {
        if (backgroundFounders.isEmpty()) {
            String[] names = {"Emu Enzymes", "Koala Kinetics", "Possum Proteins"};
            for (int i = 0; i < BACKGROUND.length; i++) {
                backgroundFounders.add(company(sql, accounts, BACKGROUND[i], names[i]));
            }
        }
        List<String> needs = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            needs.add(post(backgroundFounders.get(i), BACKGROUND_LAB_M2, BACKGROUND_OFFICE_M2, containment, places.get(i), maxKm));
        }
        assertThat(sql.column("""
                SELECT count(DISTINCT home_corop_code) || '|' || count(DISTINCT home_province_code) FROM need
                WHERE id IN ('%s')""".formatted(String.join("', '", needs))))
                .as("the places lie in as many COROP regions of one province").containsExactly(places.size() + "|1");
    }

    /** Posts an open need near a point, as the company's founder; returns its id. */
    String post(String founder, int labM2, int officeM2, String lat, String lon) {
        return post(founder, labM2, officeM2, "ML-I", new Place(lat, lon), 25);
    }

    private String post(String founder, int labM2, int officeM2, String containment, Place at, int maxKm) {
        String body = """
                {"title":"Insight test need","labM2":%d,"officeM2":%d,"containment":"%s",
                 "moveInEarliest":"2027-03","moveInLatest":"2027-09","termMonths":24,
                 "near":{"lat":%s,"lon":%s,"maxKm":%d},"sector":"vaccines"}"""
                .formatted(labM2, officeM2, containment, at.lat(), at.lon(), maxKm);
        Reply created = http.send(HttpRequest.POST("/api/needs", body).bearerAuth(http.token(founder)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) http.object(created).get("id");
    }

    /** Withdraws a need through the API, with a reason or (null) without. */
    Reply withdraw(String founder, String needId, String reason) {
        String path = "/api/needs/" + needId + "/withdraw" + (reason == null ? "" : "?reason=" + reason);
        return http.send(HttpRequest.POST(path, "").bearerAuth(http.token(founder)));
    }
}
