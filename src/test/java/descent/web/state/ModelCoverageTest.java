package descent.web.state;

import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The model grows while the page is built: a field added to PlaygroundConfig or LaneConfig must get a row in
 * the StateTable (and a place in ConfigText, so the round trips compare it) or be listed as kept out of the
 * link. Reflection is fine here: this runs on the JVM only.
 */
class ModelCoverageTest {
    @Test
    void everyFieldOfTheModelIsInTheUrlOrKeptOutOnPurpose() {
        Set<String> expected = new TreeSet<>(ValidState.SHARED_FIELDS);
        expected.addAll(ValidState.NOT_IN_URL);
        assertEquals(expected, instanceFields(PlaygroundConfig.class),
                "PlaygroundConfig changed: add a StateTable row and a ConfigText entry, or list the field as not in the URL");
        assertEquals(new TreeSet<>(ValidState.LANE_FIELDS), instanceFields(LaneConfig.class),
                "LaneConfig changed: add a StateTable lane row and a ConfigText entry");
    }

    private static Set<String> instanceFields(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Field f : type.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                names.add(f.getName());
            }
        }
        return names;
    }
}
