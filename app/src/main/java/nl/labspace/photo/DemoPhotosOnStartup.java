package nl.labspace.photo;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.photo.UnitFileQueries;
import nl.labspace.db.photo.UnitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode: a drawn lab photo for the first {@value #PER_CAMPUS} units on offer of each campus, and a floor plan sketch
 * for every third of them, so the demo's unit pages and search results show pictures wherever one looks. Stored through the upload checks like any upload, once (only into a
 * database without files), after the demo market is loaded (a later order than its start-up listener).
 */
@Singleton
@Requires(property = "labspace.demo.enabled", value = "true")
class DemoPhotosOnStartup {

    static final int PER_CAMPUS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(DemoPhotosOnStartup.class);

    private final UnitFileQueries files;

    DemoPhotosOnStartup(UnitFileQueries files) {
        this.files = files;
    }

    @EventListener
    @Order(100)
    @Transactional
    void onStartup(StartupEvent event) {
        if (files.anyFile()) {
            return;
        }
        int stored = 0;
        int i = 0;
        Map<String, Integer> perCampus = new HashMap<>();
        for (UnitRef unit : files.unitsOnOffer()) {
            if (perCampus.merge(unit.campusName(), 1, Integer::sum) > PER_CAMPUS) {
                continue;
            }
            String label = unit.campusName() + " · " + unit.name();
            byte[] photo = ImageFiles.jpeg(DemoPictures.lab(i, label), 0.85f);
            files.insert(UploadChecks.check(unit.id(), FileKind.PHOTO, "demo-lab-" + (i + 1) + ".jpg",
                    "Demo picture of a lab (drawn, not a photo of " + unit.name() + ")", photo.length, photo));
            stored++;
            if (i % 3 == 0) {
                byte[] plan = ImageFiles.png(DemoPictures.floorPlan(label, i));
                files.insert(UploadChecks.check(unit.id(), FileKind.FLOOR_PLAN, "demo-floor-plan-" + (i + 1) + ".png",
                        "Demo floor plan sketch", plan.length, plan));
                stored++;
            }
            i++;
        }
        LOG.info("Demo pictures ready: {} files on {} units", stored, i);
    }
}
