package descent.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a student reads off a lane's decision map, measured in the canvas's own pixels on both themes and on a
 * phone: the x₁/x₂ axes (values at the edges, the axis names, none cut, each readable on its halo) and the
 * training dots, which stay visible on a region of their own class's colour.
 */
class MapAxesIT {
    /** WCAG contrast of two [r, g, b] colours, and a colour helper that reads any CSS colour as [r, g, b]. */
    private static final String COLOUR = "(v) => { const c = document.createElement('canvas').getContext('2d');"
            + " c.fillStyle = v; c.fillRect(0, 0, 1, 1); const d = c.getImageData(0, 0, 1, 1).data;"
            + " return [d[0], d[1], d[2]]; }";
    private static final String CONTRAST = "(a, b) => { const l = (c) => { const f = (x) => { x /= 255;"
            + " return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); };"
            + " return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };"
            + " const x = l(a), y = l(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }";

    private final List<String> errors = new ArrayList<>();

    private Page open(BrowserContext context, String url) throws Exception {
        context.setDefaultTimeout(Ship.HANG_MS);
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });
        page.onPageError(e -> errors.add("page error: " + e));
        page.navigate(Browser.get().server.url() + url);
        page.waitForSelector("body[data-ready=true]");
        return page;
    }

    private static BrowserContext context(int width) throws Exception {
        return Browser.get().chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, width < 500 ? 844 : 900));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMapsAxesShowTheirValuesAndNamesInsideTheMapOnBothThemes() throws Exception {
        for (String theme : List.of("light", "dark")) {
            for (int width : new int[] {1280, 390}) {
                BrowserContext context = context(width);
                Page page = open(context, "index.html?theme=" + theme);
                page.evaluate("() => window.descent.step(20)");
                page.waitForFunction("() => document.querySelector('.lane canvas[data-axes]') !== null");
                Map<String, Object> m = (Map<String, Object>) page.evaluate("() => { const c = document.querySelector("
                        + "'.lane canvas[data-axes]'); const colour = " + COLOUR + "; const contrast = " + CONTRAST + ";"
                        + " const s = getComputedStyle(document.body); const ink = colour(s.getPropertyValue('--ink'));"
                        + " const halo = colour(s.getPropertyValue('--panel')); const r = c.width / c.clientWidth;"
                        + " const g = c.getContext('2d'); const out = [];"
                        + " for (const item of c.getAttribute('data-axes').split(';')) {"
                        + "  const [name, box] = item.split('@'); const [l, t, w, h] = box.split(',').map(Number);"
                        + "  const d = g.getImageData(Math.floor(l * r), Math.floor(t * r), Math.max(1, Math.ceil(w * r)),"
                        + "   Math.max(1, Math.ceil(h * r))).data; let inked = 0, best = 1;"
                        + "  for (let i = 0; i < d.length; i += 4) { const k = contrast([d[i], d[i+1], d[i+2]], halo);"
                        + "   best = Math.max(best, k); if (k >= 3) inked++; }"
                        + "  out.push({name, l, t, w, h, inked, best}); }"
                        + " return {labels: out, cw: c.clientWidth, ch: c.clientHeight,"
                        + "  overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth}; }");
                List<Map<String, Object>> labels = (List<Map<String, Object>>) m.get("labels");
                double cw = ((Number) m.get("cw")).doubleValue();
                double ch = ((Number) m.get("ch")).doubleValue();
                String where = theme + " at " + width + " px";
                System.out.println(where + ": " + labels.size() + " axis labels on a " + cw + "×" + ch + " map");
                long x1 = labels.stream().filter(l -> l.get("name").toString().startsWith("x1:")).count();
                long x2 = labels.stream().filter(l -> l.get("name").toString().startsWith("x2:")).count();
                assertTrue(x1 >= 2 && x2 >= 2, where + ": values along both axes " + labels);
                assertTrue(labels.stream().anyMatch(l -> l.get("name").equals("name:x1"))
                        && labels.stream().anyMatch(l -> l.get("name").equals("name:x2")), where + ": both names");
                assertTrue(labels.stream().anyMatch(l -> l.get("name").equals("x1:6")), where + ": the edge value 6");
                for (Map<String, Object> l : labels) {
                    double left = num(l.get("l"));
                    double top = num(l.get("t"));
                    assertTrue(left >= 0 && top >= 0 && left + num(l.get("w")) <= cw + 0.5
                            && top + num(l.get("h")) <= ch + 0.5, where + ": not cut by the edge: " + l);
                    // the label's ink is drawn, and stands out from its halo like body text
                    assertTrue(num(l.get("inked")) >= 3, where + ": ink drawn for " + l);
                    assertTrue(num(l.get("best")) >= 4.5, where + ": " + l.get("name") + " against its halo "
                            + l.get("best") + ":1");
                }
                assertEquals(0, num(m.get("overflow")), 0, where + ": no sideways scrolling");
                context.close();
            }
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    /**
     * Two clusters the network learns at once; after training, the region under each dot has the dot's own
     * class colour. Around every dot the ring's pixels stand out from that region by at least 3:1, while the
     * same measure at a spot without a dot (the middle of a cluster) finds nothing: the test sees the rings.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aTrainingDotOnItsOwnClasssRegionStaysVisibleOnBothThemes() throws Exception {
        StringBuilder csv = new StringBuilder("x,y,label\n");
        double[][] corners = {{2, 2}, {2, 4}, {4, 2}, {4, 4}};
        for (double[] p : corners) {
            csv.append(p[0]).append(',').append(p[1]).append(",1\n");
            csv.append(-p[0]).append(',').append(-p[1]).append(",0\n");
        }
        for (String theme : List.of("light", "dark")) {
            BrowserContext context = context(1280);
            Page page = open(context, "index.html?theme=" + theme);
            page.fill("#csv", csv.toString());
            page.click("#csv-load");
            page.waitForFunction("() => document.getElementById('csv-message').textContent.includes('Using your')");
            page.evaluate("() => window.descent.step(300)");
            // the maps are redrawn in the frames after the steps
            page.evaluate("() => new Promise(done => { let n = 0; const f = () => ++n >= 10 ? done() :"
                    + " requestAnimationFrame(f); requestAnimationFrame(f); })");
            // the pixels of the annulus just outside the dot that stand out from the region (3:1) around it,
            // and in how many of the four quadrants they lie: a ring is seen all round
            String measure = "([x, y]) => { const c = document.querySelector('.lane canvas[data-axes]');"
                    + " const contrast = " + CONTRAST + "; const r = c.width / c.clientWidth;"
                    + " const w = c.clientWidth, h = c.clientHeight; const px = (x + 6) / 12 * w, py = (6 - y) / 12 * h;"
                    + " const radius = Math.max(2.5, Math.min(w, h) / 110);"
                    + " const g = c.getContext('2d'); const at = (u, v) => { const d = g.getImageData(Math.floor(u * r),"
                    + "  Math.floor(v * r), 1, 1).data; return [d[0], d[1], d[2]]; };"
                    + " const region = [0, 0, 0];"
                    + " for (let k = 0; k < 8; k++) { const a = 2 * Math.PI * k / 8;"
                    + "  const p = at(px + (radius + 8) * Math.cos(a), py + (radius + 8) * Math.sin(a));"
                    + "  for (let j = 0; j < 3; j++) region[j] += p[j] / 8; }"
                    + " let standing = 0, quadrants = 0;"
                    + " for (let v = Math.floor(py - radius - 4); v <= py + radius + 4; v++)"
                    + "  for (let u = Math.floor(px - radius - 4); u <= px + radius + 4; u++) {"
                    + "   const d = Math.hypot(u + 0.5 - px, v + 0.5 - py); if (d < radius - 0.5 || d > radius + 3) continue;"
                    + "   if (contrast(at(u + 0.5, v + 0.5), region) >= 3) { standing++;"
                    + "    quadrants |= 1 << ((u + 0.5 >= px ? 1 : 0) + (v + 0.5 >= py ? 2 : 0)); } }"
                    + " return {standing, quadrants, region}; }";
            for (double[] p : corners) {
                Map<String, Object> dot = (Map<String, Object>) page.evaluate(measure, List.of(p[0], p[1]));
                System.out.println(theme + ": dot at (" + p[0] + ", " + p[1] + ") ring " + dot);
                assertTrue(num(dot.get("standing")) >= 8 && num(dot.get("quadrants")) == 15, theme
                        + ": the ring around (" + p[0] + ", " + p[1] + ") stands out from the region all round: " + dot);
                Map<String, Object> other = (Map<String, Object>) page.evaluate(measure, List.of(-p[0], -p[1]));
                assertTrue(num(other.get("standing")) >= 8 && num(other.get("quadrants")) == 15, theme
                        + ": class 0's dot too: " + other);
            }
            Map<String, Object> none = (Map<String, Object>) page.evaluate(measure, List.of(3.0, 3.0));
            assertEquals(0, num(none.get("standing")), 0, theme + ": where there is no dot the measure finds none: "
                    + none);
            // the region under the cluster is class 1's colour: blue stronger than red
            List<Number> region = (List<Number>) none.get("region");
            assertTrue(region.get(2).doubleValue() > region.get(0).doubleValue() + 20, theme + ": " + region);
            context.close();
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
