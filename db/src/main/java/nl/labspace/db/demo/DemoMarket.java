package nl.labspace.db.demo;

import java.util.List;

// Everything one generator run produces, in insertion order (campuses before units, companies before needs).
record DemoMarket(List<DemoCampus> campuses, List<DemoUnit> units, List<DemoCompany> companies,
                  List<DemoNeed> needs, List<DemoLease> leases) {

    DemoMarket {
        campuses = List.copyOf(campuses);
        units = List.copyOf(units);
        companies = List.copyOf(companies);
        needs = List.copyOf(needs);
        leases = List.copyOf(leases);
    }
}
