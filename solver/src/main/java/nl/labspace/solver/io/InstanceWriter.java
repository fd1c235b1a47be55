package nl.labspace.solver.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;

/**
 * Writes labspace-matching/1 in the samples' layout: one object per line. Sets (features, provinces) are written
 * sorted, because Java's immutable sets iterate in a different order on every run and files must be repeatable.
 */
public final class InstanceWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InstanceWriter() {
    }

    public static void write(MatchingInstance instance, Path file) throws IOException {
        Files.writeString(file, toJson(instance), StandardCharsets.UTF_8);
    }

    public static String toJson(MatchingInstance instance) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"format\": \"").append(InstanceReader.FORMAT).append("\",\n");
        sb.append("  \"name\": ").append(json(MAPPER.getNodeFactory().textNode(instance.name()))).append(",\n");
        array(sb, "campuses", instance.campuses(), InstanceWriter::campus, false);
        array(sb, "units", instance.units(), InstanceWriter::unit, false);
        array(sb, "needs", instance.needs(), InstanceWriter::need, false);
        array(sb, "leases", instance.leases(), InstanceWriter::lease, false);
        array(sb, "fixed", instance.fixed(), InstanceWriter::fixed, true);
        return sb.append("}\n").toString();
    }

    private static <T> void array(StringBuilder sb, String name, List<T> items, Function<T, ObjectNode> map,
                                  boolean last) {
        sb.append("  \"").append(name).append("\": [");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "\n    " : ",\n    ").append(json(map.apply(items.get(i))));
        }
        sb.append(items.isEmpty() ? "]" : "\n  ]").append(last ? "\n" : ",\n");
    }

    private static ObjectNode campus(Campus c) {
        ObjectNode n = MAPPER.createObjectNode().put("id", c.id()).put("lat", c.lat()).put("lon", c.lon())
                .put("province", c.province());
        strings(n.putArray("focus"), c.focus());
        return n;
    }

    private static ObjectNode unit(Unit u) {
        ObjectNode n = MAPPER.createObjectNode().put("id", u.id()).put("campus", u.campusId()).put("labM2", u.labM2())
                .put("officeM2", u.officeM2()).put("containment", u.containment().code()).put("gmp", u.gmp().code());
        strings(n.putArray("features"), u.features().stream().sorted().toList());
        n.put("availableFrom", u.availableFrom().toString());
        n.put("availableUntil", u.availableUntil() == null ? null : u.availableUntil().toString());
        return number(n, "rentPerM2Year", u.rentPerM2Year());
    }

    private static ObjectNode need(Need d) {
        ObjectNode n = MAPPER.createObjectNode().put("id", d.id()).put("company", d.companyId())
                .put("labM2", d.labM2()).put("officeM2", d.officeM2()).put("containment", d.containment().code())
                .put("gmp", d.gmp().code());
        strings(n.putArray("features"), d.features().stream().sorted().toList());
        n.put("moveInEarliest", d.moveInEarliest().toString()).put("moveInLatest", d.moveInLatest().toString())
                .put("termMonths", d.termMonths());
        if (d.maxRentPerM2Year() != null) {
            number(n, "maxRentPerM2Year", d.maxRentPerM2Year());
        }
        n.put("maxUnits", d.maxUnits());
        if (d.maxM2() != null) {
            n.put("maxM2", d.maxM2());
        }
        if (d.near() != null) {
            n.putObject("near").put("lat", d.near().lat()).put("lon", d.near().lon()).put("maxKm", d.near().maxKm());
        }
        if (!d.provinces().isEmpty()) {
            strings(n.putArray("provinces"), d.provinces().stream().sorted().toList());
        }
        if (d.sector() != null) {
            n.put("sector", d.sector());
        }
        return n;
    }

    private static ObjectNode lease(Lease l) {
        return MAPPER.createObjectNode().put("unit", l.unitId()).put("first", l.period().first().toString())
                .put("last", l.period().last().toString());
    }

    private static ObjectNode fixed(Assignment a) {
        ObjectNode n = MAPPER.createObjectNode().put("need", a.needId());
        strings(n.putArray("units"), a.unitIds());
        return n.put("start", a.start().toString());
    }

    /** Whole amounts as integers (325, not 325.0), as the samples write them. */
    private static ObjectNode number(ObjectNode n, String field, double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? n.put(field, (long) v) : n.put(field, v);
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static String json(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
