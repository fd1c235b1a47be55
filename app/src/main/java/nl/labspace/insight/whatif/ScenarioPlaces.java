package nl.labspace.insight.whatif;

import java.util.Optional;

import jakarta.inject.Singleton;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.whatif.PlaceRegions;
import nl.labspace.db.whatif.WhatIfMarketQuery;
import nl.labspace.search.Places;

/** Where a building may go: a campus, a town the search form lists, or a point; each with its regions. */
@Singleton
class ScenarioPlaces implements ScenarioForm.Places {

    private final CampusQueries campuses;
    private final Places towns;
    private final WhatIfMarketQuery regions;

    ScenarioPlaces(CampusQueries campuses, Places towns, WhatIfMarketQuery regions) {
        this.campuses = campuses;
        this.towns = towns;
        this.regions = regions;
    }

    @Override
    public Optional<ScenarioForm.Located> campus(String id) {
        return campuses.find(id).map(c -> new ScenarioForm.Located(c.lat(), c.lon(),
                new PlaceRegions(c.provinceCode(), c.coropCode(), c.romCode())));
    }

    @Override
    public Optional<ScenarioForm.Located> town(String name) {
        return towns.towns().stream().filter(t -> t.name().equals(name)).findFirst().flatMap(t -> {
            String[] latLon = t.value().split(",");
            double lat = Double.parseDouble(latLon[0]);
            double lon = Double.parseDouble(latLon[1]);
            return at(lat, lon).map(r -> new ScenarioForm.Located(lat, lon, r));
        });
    }

    @Override
    public Optional<PlaceRegions> at(double lat, double lon) {
        return regions.regionsAt(lat, lon);
    }
}
