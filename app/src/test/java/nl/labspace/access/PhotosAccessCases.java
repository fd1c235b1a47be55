package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.UNIT_A;
import static nl.labspace.TestMarket.UNIT_B;
import static nl.labspace.access.Case.ANONYMOUS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A unit's photos and floor plans: anyone reads those of a unit on offer; only the unit's campus's managers (and,
 * through the API, admins) upload and delete. The matrix holds no stored file, so a file id here is one that does not
 * exist: the cases show who gets past which check (the successful uploads and deletes, and a withdrawn unit's files,
 * are in photo/UnitFilesApiTest). Uploads are sent as multipart (UPLOADS); a case body's fields become parts, and
 * without a file the upload's own 400 follows the access checks.
 */
class PhotosAccessCases implements FeatureAccess {

    static final String NO_FILE = "00000000-0000-0000-0000-0000000f0001";
    static final String API_A = "/api/units/" + UNIT_A + "/files";
    static final String API_B = "/api/units/" + UNIT_B + "/files";
    static final String PAGE_A = "/console/campus/units/" + UNIT_A + "/files";
    static final String PAGE_B = "/console/campus/units/" + UNIT_B + "/files";
    static final Set<String> UPLOADS = Set.of(API_A, API_B, PAGE_A, PAGE_B);
    private static final String TOKEN = "_csrf=" + AccessMatrixTest.FORM_TOKEN;
    private static final List<String> NOT_MANAGERS = List.of(COMPANY_X_USER, FUND_ZH);

    @Override
    public Set<String> routes() {
        return Set.of("GET /api/units/{unitId}/files", "POST /api/units/{unitId}/files",
                "DELETE /api/units/{unitId}/files/{fileId}", "GET /api/units/{unitId}/files/{fileId}/content",
                "GET /api/units/{unitId}/files/{fileId}/thumbnail",
                "GET /console/campus/units/{unitId}/files{?done}", "POST /console/campus/units/{unitId}/files",
                "POST /console/campus/units/{unitId}/files/{fileId}/delete", "POST /console/campus/units/{unitId}/files/{fileId}/move");
    }

    @Override
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>(api());
        cases.addAll(console());
        return cases;
    }

    private static List<Case> api() {
        List<Case> cases = new ArrayList<>(List.of(
                new Case(ANONYMOUS, "GET", API_A, null, 200),
                new Case(COMPANY_X_USER, "GET", API_A, null, 200),
                new Case(ANONYMOUS, "GET", "/api/units/" + NO_FILE + "/files", null, 404),
                new Case(ANONYMOUS, "GET", API_A + "/" + NO_FILE + "/content", null, 404),
                new Case(ANONYMOUS, "GET", API_A + "/" + NO_FILE + "/thumbnail", null, 404),
                // a multipart post without a bearer token is a form a browser could send: without the form token, forged
                new Case(ANONYMOUS, "POST", API_A, "kind=photo", 403),
                new Case(MANAGER_A, "POST", API_B, "kind=photo", 404),
                new Case(MANAGER_A, "POST", API_A, "kind=photo", 400),
                new Case(ADMIN, "POST", API_B, "kind=photo", 400),
                new Case(ANONYMOUS, "DELETE", API_A + "/" + NO_FILE, null, 401),
                new Case(MANAGER_A, "DELETE", API_B + "/" + NO_FILE, null, 404),
                new Case(MANAGER_A, "DELETE", API_A + "/" + NO_FILE, null, 404),
                new Case(ADMIN, "DELETE", API_B + "/" + NO_FILE, null, 404)));
        for (String actor : NOT_MANAGERS) {
            cases.add(new Case(actor, "POST", API_A, "kind=photo", 403));
            cases.add(new Case(actor, "DELETE", API_A + "/" + NO_FILE, null, 403));
        }
        return cases;
    }

    private static List<Case> console() {
        List<Case> cases = new ArrayList<>(List.of(
                new Case(ANONYMOUS, "GET", PAGE_A, null, 401),
                new Case(MANAGER_A, "GET", PAGE_A, null, 200),
                new Case(MANAGER_A, "GET", PAGE_B, null, 404),
                new Case(ANONYMOUS, "POST", PAGE_A, "kind=photo&" + TOKEN, 401),
                new Case(MANAGER_A, "POST", PAGE_A, "kind=photo", 400),
                new Case(MANAGER_A, "POST", PAGE_B, "kind=photo", 404)));
        for (String action : List.of("/delete", "/move")) {
            String own = PAGE_A + "/" + NO_FILE + action;
            cases.add(new Case(ANONYMOUS, "POST", own, TOKEN, 401));
            cases.add(new Case(MANAGER_A, "POST", own, "direction=up", 404));
            cases.add(new Case(MANAGER_A, "POST", PAGE_B + "/" + NO_FILE + action, "direction=up", 404));
            List.of(COMPANY_X_USER, FUND_ZH, ADMIN).forEach(actor -> cases.add(new Case(actor, "POST", own, "direction=up", 403)));
        }
        List.of(COMPANY_X_USER, FUND_ZH, ADMIN).forEach(actor -> {
            cases.add(new Case(actor, "GET", PAGE_A, null, 403));
            cases.add(new Case(actor, "POST", PAGE_A, "kind=photo", 403));
        });
        return cases;
    }
}
