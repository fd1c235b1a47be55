package nl.labspace.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * What a view cannot show, read from its types: no view of an explanation has a field for a need's id, and the
 * anonymous view of a confidential need has no field for its distance, its sector or its points, however deep.
 */
class ExplanationViewTypesTest {

    @Test
    void noViewHasAFieldForANeedsId() {
        Set<String> fields = fieldsReachableFrom(ExplanationView.class, NeedOptionsView.class);
        // the options answer names the need they were asked for, the asker's own; nothing below it names a need
        fields.remove("NeedOptionsView.needId");
        assertThat(fields).contains("Holder.m2", "Cheaper.heldBy", "Option.placement")
                .noneMatch(f -> f.toLowerCase().contains("needid"));
    }

    @Test
    void theAnonymousViewHasNoDistanceSectorOrPoints() {
        Set<String> fields = fieldsReachableFrom(ExplanationView.AnonymousMatched.class, ExplanationView.AnonymousUnmatched.class);
        assertThat(fields).contains("AnonymousPlacement.rentPerYear", "Rent.points")
                .noneMatch(f -> f.endsWith(".km") || f.endsWith(".sector") || f.equals("AnonymousPlacement.points")
                        || f.endsWith(".chosenPoints") || f.endsWith("Cheaper.points"));
    }

    /** "Type.field" for every record component reachable from these types, through lists and sealed variants. */
    private static Set<String> fieldsReachableFrom(Class<?>... roots) {
        Set<String> fields = new LinkedHashSet<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        for (Class<?> root : roots) {
            walk(root, fields, seen);
        }
        return fields;
    }

    private static void walk(Class<?> type, Set<String> fields, Set<Class<?>> seen) {
        if (!type.getName().startsWith("nl.labspace") || !seen.add(type)) {
            return;
        }
        if (type.isSealed()) {
            for (Class<?> variant : type.getPermittedSubclasses()) {
                walk(variant, fields, seen);
            }
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                fields.add(type.getSimpleName() + "." + c.getName());
                walk(c.getType(), fields, seen);
                Type generic = c.getGenericType();
                if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item) {
                    walk(item, fields, seen);
                }
            }
        }
    }
}
