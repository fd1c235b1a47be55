package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.THREAD_X;
import static nl.labspace.TestMarket.UNIT_A;
import static nl.labspace.access.Case.ANONYMOUS;
import static nl.labspace.access.Case.FRESH;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Enquiries: a company reads and writes only its own threads, a campus manager only those about its campuses' units,
 * an admin reads all and writes none, a fund manager none. THREAD_X is company X's anonymous enquiry about unit A
 * (campus A). Another's thread answers 404 as if it did not exist. Mutating cases come last.
 */
class EnquiryAccessCases implements FeatureAccess {

    private static final String TOKEN = "_csrf=" + AccessMatrixTest.FORM_TOKEN;
    private static final String ASK = "{\"message\":\"Is it free in May?\"}";
    private static final String REPLY = "{\"message\":\"Yes.\"}";

    @Override
    public Set<String> routes() {
        return Set.of("POST /api/units/{id}/enquiries", "GET /api/enquiries", "GET /api/enquiries/{id}",
                "POST /api/enquiries/{id}/messages", "POST /api/enquiries/{id}/reveal", "GET /api/campuses/{id}/response-time",
                "GET /console/company/enquiries{?done}", "POST /console/company/enquiries",
                "GET /console/company/enquiries/{id}{?done}", "POST /console/company/enquiries/{id}/messages",
                "POST /console/company/enquiries/{id}/reveal", "GET /console/campus/enquiries",
                "GET /console/campus/enquiries/{id}{?done}", "POST /console/campus/enquiries/{id}/messages");
    }

    @Override
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String thread = "/api/enquiries/" + THREAD_X;
        // the public response time
        cases.add(new Case(ANONYMOUS, "GET", "/api/campuses/" + CAMPUS_A + "/response-time", null, 200));
        cases.add(new Case(ANONYMOUS, "GET", "/api/campuses/no-such-campus/response-time", null, 404));
        // lists: a role's own
        cases.add(new Case(ANONYMOUS, "GET", "/api/enquiries", null, 401));
        cases.add(new Case(FUND_ZH, "GET", "/api/enquiries", null, 403));
        for (String actor : List.of(COMPANY_X_USER, MANAGER_A, ADMIN)) {
            cases.add(new Case(actor, "GET", "/api/enquiries", null, 200));
        }
        // one thread
        cases.add(new Case(ANONYMOUS, "GET", thread, null, 401));
        cases.add(new Case(FUND_ZH, "GET", thread, null, 403));
        cases.add(new Case(FRESH + COMPANY_Y_USER, "GET", thread, null, 404));
        cases.add(new Case(FRESH + MANAGER_B, "GET", thread, null, 404));
        cases.add(new Case(COMPANY_X_USER, "GET", thread, null, 200));
        cases.add(new Case(MANAGER_A, "GET", thread, null, 200));
        cases.add(new Case(ADMIN, "GET", thread, null, 200));
        cases.add(new Case(COMPANY_X_USER, "GET", "/api/enquiries/00000000-0000-0000-0000-00000000ffff", null, 404));
        // pages
        for (String actor : List.of(ANONYMOUS, MANAGER_A, FUND_ZH, ADMIN)) {
            int status = ANONYMOUS.equals(actor) ? 401 : 403;
            cases.add(new Case(actor, "GET", "/console/company/enquiries", null, status));
            cases.add(new Case(actor, "GET", "/console/company/enquiries/" + THREAD_X, null, status));
        }
        for (String actor : List.of(ANONYMOUS, COMPANY_X_USER, FUND_ZH, ADMIN)) {
            int status = ANONYMOUS.equals(actor) ? 401 : 403;
            cases.add(new Case(actor, "GET", "/console/campus/enquiries", null, status));
            cases.add(new Case(actor, "GET", "/console/campus/enquiries/" + THREAD_X, null, status));
        }
        cases.add(new Case(COMPANY_X_USER, "GET", "/console/company/enquiries", null, 200));
        cases.add(new Case(COMPANY_X_USER, "GET", "/console/company/enquiries/" + THREAD_X, null, 200));
        cases.add(new Case(FRESH + COMPANY_Y_USER, "GET", "/console/company/enquiries/" + THREAD_X, null, 404));
        cases.add(new Case(MANAGER_A, "GET", "/console/campus/enquiries", null, 200));
        cases.add(new Case(MANAGER_A, "GET", "/console/campus/enquiries/" + THREAD_X, null, 200));
        cases.add(new Case(FRESH + MANAGER_B, "GET", "/console/campus/enquiries/" + THREAD_X, null, 404));
        cases.addAll(writes(thread));
        return cases;
    }

    private static List<Case> writes(String thread) {
        List<Case> cases = new ArrayList<>();
        String ask = "/api/units/" + UNIT_A + "/enquiries";
        cases.add(new Case(ANONYMOUS, "POST", ask, ASK, 401));
        cases.add(new Case(MANAGER_A, "POST", ask, ASK, 403));
        cases.add(new Case(FUND_ZH, "POST", ask, ASK, 403));
        cases.add(new Case(ADMIN, "POST", ask, ASK, 403));
        cases.add(new Case(COMPANY_X_USER, "POST", "/api/units/00000000-0000-0000-0000-00000000ffff/enquiries", ASK, 404));
        cases.add(new Case(COMPANY_X_USER, "POST", ask, "{\"message\":\"\"}", 400));
        cases.add(new Case(FRESH + COMPANY_Y_USER, "POST", ask, ASK, 201));
        cases.add(new Case(ANONYMOUS, "POST", thread + "/messages", REPLY, 401));
        cases.add(new Case(FUND_ZH, "POST", thread + "/messages", REPLY, 403));
        cases.add(new Case(ADMIN, "POST", thread + "/messages", REPLY, 403));
        cases.add(new Case(FRESH + COMPANY_Y_USER, "POST", thread + "/messages", REPLY, 404));
        cases.add(new Case(FRESH + MANAGER_B, "POST", thread + "/messages", REPLY, 404));
        cases.add(new Case(MANAGER_A, "POST", thread + "/messages", REPLY, 201));
        cases.add(new Case(COMPANY_X_USER, "POST", thread + "/messages", REPLY, 201));
        // the browser's forms
        String companyThread = "/console/company/enquiries/" + THREAD_X;
        String campusThread = "/console/campus/enquiries/" + THREAD_X;
        cases.add(new Case(ANONYMOUS, "POST", "/console/company/enquiries", "unit=" + UNIT_A + "&message=hi&" + TOKEN, 401));
        cases.add(new Case(MANAGER_A, "POST", "/console/company/enquiries", "unit=" + UNIT_A + "&message=hi", 403));
        cases.add(new Case(COMPANY_X_USER, "POST", "/console/company/enquiries", "unit=" + UNIT_A + "&message=", 400));
        cases.add(new Case(COMPANY_X_USER, "POST", "/console/company/enquiries", "unit=" + UNIT_A + "&message=hi", 303));
        cases.add(new Case(ANONYMOUS, "POST", companyThread + "/messages", "message=hi&" + TOKEN, 401));
        cases.add(new Case(MANAGER_A, "POST", companyThread + "/messages", "message=hi", 403));
        cases.add(new Case(FRESH + COMPANY_Y_USER, "POST", companyThread + "/messages", "message=hi", 404));
        cases.add(new Case(COMPANY_X_USER, "POST", companyThread + "/messages", "message=", 400));
        cases.add(new Case(COMPANY_X_USER, "POST", companyThread + "/messages", "message=hi", 303));
        cases.add(new Case(ANONYMOUS, "POST", campusThread + "/messages", "message=hi&" + TOKEN, 401));
        cases.add(new Case(COMPANY_X_USER, "POST", campusThread + "/messages", "message=hi", 403));
        cases.add(new Case(FRESH + MANAGER_B, "POST", campusThread + "/messages", "message=hi", 404));
        cases.add(new Case(MANAGER_A, "POST", campusThread + "/messages", "message=hi", 303));
        cases.add(new Case(ANONYMOUS, "POST", companyThread + "/reveal", TOKEN, 401));
        cases.add(new Case(MANAGER_A, "POST", companyThread + "/reveal", "", 403));
        cases.add(new Case(FRESH + COMPANY_Y_USER, "POST", companyThread + "/reveal", "", 404));
        // revealing: once through the API, then the form finds it named already
        cases.add(new Case(ANONYMOUS, "POST", thread + "/reveal", "", 401));
        cases.add(new Case(MANAGER_A, "POST", thread + "/reveal", "", 403));
        cases.add(new Case(ADMIN, "POST", thread + "/reveal", "", 403));
        cases.add(new Case(FRESH + COMPANY_Y_USER, "POST", thread + "/reveal", "", 404));
        cases.add(new Case(FRESH + COMPANY_X_USER, "POST", thread + "/reveal", "", 200));
        cases.add(new Case(COMPANY_X_USER, "POST", thread + "/reveal", "", 409));
        cases.add(new Case(COMPANY_X_USER, "POST", companyThread + "/reveal", "", 409));
        return cases;
    }
}
