package descent.web.state;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README links the table's doc comment: it must list every row with its real bounds, ids and defaults. */
class StateTableDocTest {
    private static String doc() throws IOException {
        String source = Files.readString(Path.of("src/main/java/descent/web/state/StateTable.java"), StandardCharsets.UTF_8);
        return source.substring(0, source.indexOf("final class StateTable"));
    }

    /** The doc row of key: from "<tr><td>key</td>" to the next row. */
    private static String row(String doc, String key) {
        int at = doc.indexOf("<tr><td>" + key + "</td>");
        assertTrue(at >= 0, "no documentation row for " + key);
        int end = doc.indexOf("<tr>", at + 4);
        end = end < 0 ? doc.indexOf("</table>", at) : Math.min(end, doc.indexOf("</table>", at));
        return doc.substring(at, end).replaceAll("\\s*\\*\\s+", " ").replace("</td> <td>", "</td><td>");
    }

    @Test
    void everyRowIsDocumentedWithItsBoundsAndIds() throws IOException {
        String doc = doc();
        int documented = doc.split("<tr><td>", -1).length - 1;
        assertEquals(StateTable.SHARED.size() + StateTable.LANE.size(), documented, "one doc row per key");
        for (Property<?> p : StateTable.SHARED) {
            check(row(doc, p.key()), p);
        }
        for (Property<?> p : StateTable.LANE) {
            check(row(doc, p.key()), p);
        }
    }

    @Test
    void sharedDefaultsAreTheDocumentedOnes() throws IOException {
        String doc = doc();
        SharedDraft defaults = SharedDraft.defaults();
        for (Property<SharedDraft> p : StateTable.SHARED) {
            String value = p.format(defaults);
            String cell = row(doc, p.key()).split("</td><td>")[2];
            assertTrue(cell.startsWith(value.isEmpty() ? "(empty)" : value), p.key() + ": " + cell + " vs " + value);
        }
    }

    private static void check(String row, Property<?> p) {
        if (p instanceof IntProperty) {
            IntProperty<?> q = (IntProperty<?>) p;
            assertTrue(row.contains(q.min + " … " + q.max), p.key() + ": " + row);
        } else if (p instanceof RealProperty) {
            RealProperty<?> q = (RealProperty<?>) p;
            assertTrue(row.contains(Numbers.format(q.min) + " … " + Numbers.format(q.max)), p.key() + ": " + row);
        } else if (p instanceof IntListProperty) {
            IntListProperty<?> q = (IntListProperty<?>) p;
            assertTrue(row.contains("0 … " + q.maxCount + " layers of " + q.min() + " … " + q.max()), row);
        } else if (p instanceof ChoiceProperty) {
            for (String id : ((ChoiceProperty<?, ?>) p).ids().split(", ")) {
                assertTrue(row.contains(id), p.key() + " lacks " + id + ": " + row);
            }
        } else if (p instanceof TokenProperty) {
            assertTrue(row.contains("1 … " + ((TokenProperty<?>) p).maxLength), row);
        } else if (p instanceof TokenSetProperty) {
            TokenSetProperty<?> q = (TokenSetProperty<?>) p;
            assertTrue(row.contains("up to " + q.maxCount + " ids of 1 … " + q.maxLength), row);
        } else if (p instanceof LabelProperty) {
            assertTrue(row.contains("at most " + Limits.MAX_LABEL_CHARS), row);
        }
    }
}
