package descent.web.lanes;

import descent.core.data.table.Standardization;
import descent.core.data.table.Table;
import descent.core.experiment.TableReadout;
import descent.core.nn.ConfusionMatrix;
import descent.web.dom.El;
import descent.web.view.Format;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * What a lane on data without a plane shows instead of a map (the 8×8 digits: 64 inputs): its validation
 * confusion matrix as a table whose cells darken with the share of their row, so a student sees which digits
 * are taken for which; per-class accuracy in the last column; and the first misclassified images, each drawn
 * from its pixels with "true → said" under it. The table is its own text equivalent.
 */
final class ConfusionPanel {
    private static final int STRIP = 8;
    private static final int SIDE = 8;
    private final HTMLElement root = El.make("div", "confusion");
    private final HTMLElement caption = El.make("p", "confusion-caption");
    private final HTMLElement table = El.make("table", "confusion-matrix");
    private final HTMLElement strip = El.make("div", "misclassified");
    private final HTMLElement stripCaption = El.make("p", "confusion-caption");
    private final HTMLCanvasElement[] images = new HTMLCanvasElement[STRIP];
    private final HTMLElement[] imageNotes = new HTMLElement[STRIP];
    private final HTMLElement[] figures = new HTMLElement[STRIP];
    private final byte[] pixels = new byte[SIDE * SIDE * 4];
    private final int[] wrong = new int[STRIP];
    private final int[] predicted = new int[STRIP];
    private ConfusionMatrix matrix;
    private HTMLElement[][] cells;
    private HTMLElement[] rowAccuracy;
    private int[] shown;

    ConfusionPanel() {
        root.appendChild(caption);
        root.appendChild(table);
        root.appendChild(stripCaption);
        root.appendChild(strip);
        for (int i = 0; i < STRIP; i++) {
            HTMLElement figure = El.make("figure", "digit");
            figure.setAttribute("role", "group");
            images[i] = (HTMLCanvasElement) El.make("canvas", "");
            images[i].setWidth(SIDE);
            images[i].setHeight(SIDE);
            images[i].setAttribute("aria-hidden", "true"); // the figure's label says it in words
            imageNotes[i] = El.make("figcaption", "");
            figure.appendChild(images[i]);
            figure.appendChild(imageNotes[i]);
            figures[i] = figure;
            strip.appendChild(figure);
        }
        root.setHidden(true);
    }

    HTMLElement element() {
        return root;
    }

    void setVisible(boolean visible) {
        root.setHidden(!visible);
    }

    /** Counts the lane's validation predictions and shows them (about N_val forward passes). */
    void draw(TableReadout lane) {
        Table validation = lane.split().validation();
        int k = validation.classCount();
        if (matrix == null || matrix.classCount() != k) {
            build(validation);
        }
        int listed = lane.confusion(matrix, wrong, predicted);
        for (int a = 0; a < k; a++) {
            int row = 0;
            for (int p = 0; p < k; p++) {
                row += matrix.count(a, p);
            }
            for (int p = 0; p < k; p++) {
                int c = matrix.count(a, p);
                if (shown[a * k + p] != c) {
                    shown[a * k + p] = c;
                    HTMLElement cell = cells[a][p];
                    cell.setTextContent(c == 0 ? "" : Integer.toString(c));
                    int percent = row == 0 ? 0 : (100 * c + row / 2) / row;
                    cell.getStyle().setProperty("--share", percent + "%"); // CSSOM: the policy forbids style attributes
                    cell.setAttribute("data-share", Integer.toString(percent));
                }
            }
            rowAccuracy[a].setTextContent(Format.percent(matrix.classAccuracy(a)));
        }
        caption.setTextContent("Validation: " + Format.percent(matrix.accuracy()) + " of " + matrix.total()
                + " right. Row = true class, column = the lane's answer; the diagonal is right.");
        stripCaption.setTextContent(listed == 0 ? "No validation example is misclassified."
                : "First misclassified (true → said):");
        Standardization scaling = lane.split().scaling();
        boolean pictures = validation.dimension() == SIDE * SIDE; // other tables have no image to draw
        stripCaption.setHidden(!pictures);
        for (int i = 0; i < STRIP; i++) {
            boolean on = pictures && i < listed;
            figures[i].setHidden(!on);
            if (on) {
                paint(images[i], validation, scaling, wrong[i]);
                String note = validation.className(validation.label(wrong[i])) + " → "
                        + validation.className(predicted[i]);
                imageNotes[i].setTextContent(note);
                figures[i].setAttribute("aria-label", "a " + validation.className(validation.label(wrong[i]))
                        + " taken for a " + validation.className(predicted[i]));
            }
        }
    }

    private void build(Table t) {
        int k = t.classCount();
        matrix = new ConfusionMatrix(k);
        shown = new int[k * k];
        java.util.Arrays.fill(shown, -1);
        cells = new HTMLElement[k][k];
        rowAccuracy = new HTMLElement[k];
        El.clear(table);
        HTMLElement head = El.make("tr", "");
        head.appendChild(El.text("th", "", "true ↓ said →"));
        for (int p = 0; p < k; p++) {
            String name = t.className(p);
            // columns are narrow in a lane card: long names shortened there, whole in the row headers and the label
            HTMLElement th = El.text("th", "", name.length() > 6 ? name.substring(0, 5) + "." : name);
            th.setAttribute("scope", "col");
            th.setAttribute("aria-label", name);
            th.setAttribute("title", name);
            head.appendChild(th);
        }
        head.appendChild(El.text("th", "", "right"));
        table.appendChild(head);
        for (int a = 0; a < k; a++) {
            HTMLElement tr = El.make("tr", "");
            HTMLElement th = El.text("th", "", t.className(a));
            th.setAttribute("scope", "row");
            tr.appendChild(th);
            for (int p = 0; p < k; p++) {
                cells[a][p] = El.make("td", a == p ? "hit" : "miss");
                tr.appendChild(cells[a][p]);
            }
            rowAccuracy[a] = El.make("td", "class-accuracy");
            tr.appendChild(rowAccuracy[a]);
            table.appendChild(tr);
        }
    }

    /** The image's raw pixels x = z·σ + μ (0…16) as grey levels, ink dark on white like the scanned forms. */
    private void paint(HTMLCanvasElement canvas, Table t, Standardization scaling, int example) {
        int d = t.dimension();
        for (int j = 0; j < SIDE * SIDE && j < d; j++) {
            double raw = t.x(example, j) * scaling.scale(j) + scaling.mean(j);
            double u = raw / 16;
            int level = 255 - (int) (255 * (u < 0 ? 0 : u > 1 ? 1 : u));
            pixels[4 * j] = (byte) level;
            pixels[4 * j + 1] = (byte) level;
            pixels[4 * j + 2] = (byte) level;
            pixels[4 * j + 3] = (byte) 255;
        }
        Int8Array bytes = Int8Array.copyFromJavaArray(pixels);
        Uint8ClampedArray data = Uint8ClampedArray.create(bytes.getBuffer(), bytes.getByteOffset(), bytes.getLength());
        ((CanvasRenderingContext2D) canvas.getContext("2d")).putImageData(ImageData.create(data, SIDE, SIDE), 0, 0);
    }
}
