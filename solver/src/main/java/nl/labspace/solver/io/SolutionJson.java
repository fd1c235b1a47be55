package nl.labspace.solver.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingSolution;

/**
 * Writes and reads labspace-matching-solution/1 (MATCHING.md). Reading checks only the shape; whether the
 * format, instance name and unservedM2 are right is the validator's business, so a wrong value still reads.
 */
public final class SolutionJson {

    public static final String FORMAT = "labspace-matching-solution/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SolutionJson() {
    }

    public static void write(MatchingSolution solution, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(solution, out);
        }
    }

    public static void write(MatchingSolution solution, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toTree(solution));
    }

    public static String toJson(MatchingSolution solution) {
        try {
            return MAPPER.writeValueAsString(toTree(solution));
        } catch (IOException e) {
            throw new IllegalStateException("a solution tree always serialises", e);
        }
    }

    private static ObjectNode toTree(MatchingSolution solution) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("instance", solution.instanceName());
        ArrayNode assignments = root.putArray("assignments");
        for (Assignment a : solution.assignments()) {
            ObjectNode node = assignments.addObject();
            node.put("need", a.needId());
            a.unitIds().forEach(node.putArray("units")::add);
            node.put("start", a.start().toString());
        }
        solution.unassigned().forEach(root.putArray("unassigned")::add);
        root.put("unservedM2", solution.unservedM2());
        return root;
    }

    public static SolutionDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new InstanceFormatException("%s: cannot read (%s)".formatted(file, e.getMessage()), e);
        }
    }

    public static SolutionDocument read(InputStream in) throws IOException {
        return parse(InstanceReader.tree(in));
    }

    public static SolutionDocument readString(String json) {
        try {
            return parse(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new InstanceFormatException("not JSON: " + e.getMessage(), e);
        }
    }

    private static SolutionDocument parse(JsonNode tree) {
        Fields root = new Fields(tree, "");
        String format = root.has("format") ? root.raw("format").asText() : null;
        String instance = root.has("instance") ? root.raw("instance").asText() : null;
        List<Assignment> assignments = new ArrayList<>();
        for (Fields a : root.objects("assignments", true)) {
            List<String> units = a.stringList("units");
            if (!a.has("units")) {
                throw a.error("units", "missing");
            }
            assignments.add(new Assignment(a.text("need"), units, a.month("start")));
        }
        if (!root.has("unassigned")) {
            throw root.error("unassigned", "missing");
        }
        List<String> unassigned = root.stringList("unassigned");
        long unserved = root.wholeAtLeast("unservedM2", 0);
        return new SolutionDocument(format, new MatchingSolution(instance, assignments, unassigned, unserved));
    }
}
