package nl.labspace.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.search.RegionRef;
import nl.labspace.db.search.RegionRefQuery;

/**
 * Region codes by code, read once at start-up: the boundaries ship with the migrations and do not change while
 * the app runs, so a search with region= costs no connection or transaction for it.
 */
@Singleton
public class RegionIndex {

    private final RegionRefQuery regions;
    private volatile Map<String, RegionRef> byCode = Map.of();

    RegionIndex(RegionRefQuery regions) {
        this.regions = regions;
    }

    @EventListener
    @Transactional(readOnly = true)
    void onStartup(StartupEvent event) {
        byCode = regions.all().stream().collect(Collectors.toUnmodifiableMap(RegionRef::code, Function.identity()));
    }

    public boolean exists(String code) {
        return byCode.containsKey(code);
    }

    /** The regions of one kind (province, corop, rom) by name, for a page's region chooser. */
    public List<RegionRef> ofKind(String kind) {
        return byCode.values().stream().filter(r -> kind.equals(r.kind())).sorted(Comparator.comparing(RegionRef::name)).toList();
    }

    /** A region's name ("Zuid-Holland") for its code ("PV28"); the code itself when unknown, null for null. */
    public String name(String code) {
        return code == null ? null : find(code).map(RegionRef::name).orElse(code);
    }

    Optional<RegionRef> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
