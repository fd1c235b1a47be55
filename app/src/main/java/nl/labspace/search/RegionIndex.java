package nl.labspace.search;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.search.RegionRef;
import nl.labspace.db.search.RegionRefQuery;

/** Region codes by code, read once: the boundaries ship with the migrations and do not change while the app runs. */
@Singleton
class RegionIndex {

    private final RegionRefQuery regions;
    private volatile Map<String, RegionRef> byCode;

    RegionIndex(RegionRefQuery regions) {
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    Optional<RegionRef> find(String code) {
        if (byCode == null) {
            byCode = regions.all().stream().collect(Collectors.toUnmodifiableMap(RegionRef::code, Function.identity()));
        }
        return Optional.ofNullable(byCode.get(code));
    }
}
