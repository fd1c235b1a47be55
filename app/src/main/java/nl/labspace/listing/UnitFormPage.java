package nl.labspace.listing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.Vocabulary;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.market.RentCover;
import nl.labspace.db.market.UnitStatus;
import nl.labspace.page.FormErrors;
import nl.labspace.page.FormValues;
import nl.labspace.web.Violation;

/** What the unit form (views/console/campus-unit.html) shows: the choices, the values and the errors at their fields. */
@Singleton
class UnitFormPage {

    private final ManagedUnits units;
    private final FormErrors formErrors;

    UnitFormPage(ManagedUnits units, FormErrors formErrors) {
        this.units = units;
        this.formErrors = formErrors;
    }

    static final String WITHDRAWN = UnitStatus.WITHDRAWN.code();

    /** unit is null for a new unit; changed is the unit as it is now when an edit lost the race. */
    Map<String, Object> model(Viewer viewer, @Nullable UnitRow unit, FormValues form, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        model.put("campuses", units.campuses(viewer));
        model.put("form", form);
        model.put("errors", errors);
        model.put("containments", Vocabulary.CONTAINMENT);
        model.put("gmps", Vocabulary.GMP);
        model.put("features", Vocabulary.FEATURES);
        model.put("rentCoverChoices", RentCover.CODES);
        // a withdrawn unit can be corrected and stay withdrawn: publishing it again is a choice, not a side effect
        model.put("statuses", unit != null && WITHDRAWN.equals(unit.status())
                ? Stream.concat(UnitForm.PUBLISHABLE_STATUSES.stream(), Stream.of(WITHDRAWN)).toList()
                : UnitForm.PUBLISHABLE_STATUSES);
        model.put("changed", null);
        return model;
    }

    /** Each field's first broken rule in the page's language; features[2] at features. */
    Map<String, String> errors(List<Violation> wrong, Locale locale) {
        return formErrors.byField(wrong, locale);
    }

    /** One of the viewer's campuses; another answers 404 as in the API. */
    void requireCampus(Viewer viewer, String campusId) {
        units.campus(viewer, campusId);
    }
}
