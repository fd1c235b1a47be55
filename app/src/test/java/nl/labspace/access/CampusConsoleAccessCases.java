package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.CAMPUS_B;
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
 * The campus console's own pages (units, CSV, profile): anonymous 401 (redirects are off), every other role 403
 * (admins too: the console is the campus manager's), the manager's own campus 200 or the form's answer, another
 * campus's unit or campus 404 as in the API. Forms go form-encoded; the CSV upload's cases send no file, so past
 * the checks it is the import's own 400. CampusConsolePagesTest covers the successful forms.
 */
class CampusConsoleAccessCases implements FeatureAccess {

    private static final String TOKEN = "_csrf=" + AccessMatrixTest.FORM_TOKEN;
    private static final List<String> OTHERS = List.of(COMPANY_X_USER, FUND_ZH, ADMIN);

    @Override
    public Set<String> routes() {
        return Set.of("GET /console/campus/units/new{?campus}", "POST /console/campus/units",
                "GET /console/campus/units/{id}/edit", "POST /console/campus/units/{id}",
                "POST /console/campus/units/{id}/withdraw", "POST /console/campus/stale-units/reconfirm",
                "GET /console/campus/import{?campus,done,created,updated}", "POST /console/campus/import",
                "GET /console/campus/campuses/{id}/profile{?done}", "POST /console/campus/campuses/{id}/profile");
    }

    @Override
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String editA = "/console/campus/units/" + UNIT_A + "/edit";
        String profileA = "/console/campus/campuses/" + CAMPUS_A + "/profile";
        for (String page : List.of("/console/campus/units/new", editA, "/console/campus/import", profileA)) {
            cases.add(new Case(ANONYMOUS, "GET", page, null, 401));
            OTHERS.forEach(actor -> cases.add(new Case(actor, "GET", page, null, 403)));
            cases.add(new Case(MANAGER_A, "GET", page, null, 200));
        }
        cases.add(new Case(MANAGER_A, "GET", "/console/campus/units/" + UNIT_B + "/edit", null, 404));
        cases.add(new Case(MANAGER_A, "GET", "/console/campus/campuses/" + CAMPUS_B + "/profile", null, 404));
        cases.add(new Case(MANAGER_A, "GET", "/console/campus/campuses/no-such-campus/profile", null, 404));
        cases.add(new Case(MANAGER_A, "GET", "/console/campus/import?campus=" + CAMPUS_B + "&done=imported&created=1&updated=0", null, 404));

        String badUnit = "campusId=" + CAMPUS_A + "&name=x&labM2=many";
        forms(cases, "/console/campus/units", badUnit, 400);
        cases.add(new Case(MANAGER_A, "POST", "/console/campus/units", badUnit.replace(CAMPUS_A, CAMPUS_B), 404));
        forms(cases, "/console/campus/units/" + UNIT_A, "name=x&labM2=many&version=0", 400);
        cases.add(new Case(MANAGER_A, "POST", "/console/campus/units/" + UNIT_B, "name=x&version=0", 404));
        forms(cases, "/console/campus/units/" + UNIT_B + "/withdraw", "", 404);
        forms(cases, "/console/campus/stale-units/reconfirm", "", 303);
        forms(cases, profileA, "website=ftp://x", 400);
        cases.add(new Case(MANAGER_A, "POST", "/console/campus/campuses/" + CAMPUS_B + "/profile", "website=ftp://x", 404));
        forms(cases, "/console/campus/import", "campusId=" + CAMPUS_A, 400);
        cases.add(new Case(MANAGER_A, "POST", "/console/campus/import", "campusId=" + CAMPUS_B, 404));
        return cases;
    }

    /** Anonymous (with the form token, so the answer is the sign-in's), the other roles, and the manager. */
    private static void forms(List<Case> cases, String path, String body, int managerStatus) {
        cases.add(new Case(ANONYMOUS, "POST", path, body.isEmpty() ? TOKEN : body + "&" + TOKEN, 401));
        OTHERS.forEach(actor -> cases.add(new Case(actor, "POST", path, body, 403)));
        cases.add(new Case(MANAGER_A, "POST", path, body, managerStatus));
    }
}
