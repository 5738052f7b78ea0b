package descent.e2e;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import descent.serve.StaticServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Soak: the playground (with up to four lanes, where the page has lanes) trains for 25 seconds — five minutes in
 * {@code mvn -Psoak verify} — while the live JS heap, measured after a forced collection through the DevTools
 * protocol, stays bounded: what it holds once warmed up is what it holds at the end, within a small margin.
 * Nothing here depends on the machine's speed: a slower machine takes fewer steps, so a leak would grow less,
 * but a bounded heap stays bounded at any speed; steps per second are printed, never asserted.
 */
class SoakIT {
    private static final int LANES = 4;
    private static final double WARM_UP_FRACTION = 0.25;
    /** Growth allowed from the warmed-up heap to any later sample: 2 MB or 20 %, whichever is larger. */
    private static final double SLACK_BYTES = 2 * 1024 * 1024;
    private static final double SLACK_FRACTION = 0.20;

    @Test
    void theHeapStaysBoundedWhileTrainingRuns() throws Exception {
        int seconds = Integer.getInteger("descent.soak.seconds", 25);
        int sampleEvery = seconds <= 60 ? 5 : 15;
        try (StaticServer server = new StaticServer(Ship.site(), 0, "/");
             Ship.Session s = new Ship.Session()) {
            s.go(server.url() + "index.html");
            Page page = s.page;
            page.waitForSelector("body[data-ready=true]");
            int lanes = addLanes(page);

            CDPSession cdp = page.context().newCDPSession(page);
            cdp.send("Performance.enable");
            List<Sample> samples = new ArrayList<>();
            samples.add(sample(cdp, page, 0));
            page.click("#play");
            long start = System.nanoTime();
            for (int t = sampleEvery; t <= seconds; t += sampleEvery) {
                long due = start + t * 1_000_000_000L;
                page.waitForTimeout(Math.max(0, (due - System.nanoTime()) / 1e6));
                samples.add(sample(cdp, page, t));
            }
            page.click("#play");

            System.out.printf(Locale.ROOT, "soak: %d s, %d lane%s, live JS heap after a forced GC:%n",
                    seconds, lanes, lanes == 1 ? "" : "s");
            System.out.println("     t/s     steps   heap/MB  total/MB   nodes  listeners");
            for (Sample x : samples) {
                System.out.printf(Locale.ROOT, "  %6d  %8d  %8.2f  %8.2f  %6d  %9d%n",
                        x.second, x.steps, x.heap / 1048576, x.total / 1048576, x.nodes, x.listeners);
            }

            Sample warm = samples.get(0);
            for (Sample x : samples) {
                if (x.second <= seconds * WARM_UP_FRACTION) {
                    warm = x;
                }
            }
            double limit = warm.heap + Math.max(SLACK_BYTES, SLACK_FRACTION * warm.heap);
            double peak = 0;
            for (Sample x : samples) {
                if (x.second > warm.second) {
                    peak = Math.max(peak, x.heap);
                }
            }
            Sample last = samples.get(samples.size() - 1);
            System.out.printf(Locale.ROOT, "soak: heap %.2f MB at %d s (warmed up), peak %.2f MB after, %.2f MB at the end;"
                            + " limit %.2f MB; %d steps (%.0f steps/s)%n",
                    warm.heap / 1048576, warm.second, peak / 1048576, last.heap / 1048576, limit / 1048576,
                    last.steps, last.steps / (double) seconds);

            // Still training at the end: a state to wait for (the counter passes the last sample), not a rate.
            page.click("#play");
            page.waitForFunction(Ship.STEPS_ABOVE, last.steps);
            page.click("#play");
            assertTrue(peak <= limit, String.format(Locale.ROOT,
                    "the live heap grew from %.2f MB to %.2f MB", warm.heap / 1048576, peak / 1048576));
            assertTrue(last.nodes <= warm.nodes + 500, "DOM nodes grew from " + warm.nodes + " to " + last.nodes);
            assertEquals(List.of(), s.errors, "console errors");
        }
    }

    /** Adds lanes up to four where the page has an "Add lane" button; returns how many lanes train. */
    private static int addLanes(Page page) {
        if (page.querySelector("#add-lane") == null) {
            return 1;
        }
        for (int i = 0; i < LANES && laneCount(page) < LANES && page.isEnabled("#add-lane"); i++) {
            page.click("#add-lane");
        }
        return Math.max(1, laneCount(page));
    }

    private static int laneCount(Page page) {
        return ((Number) page.evaluate("() => { const l = document.getElementById('lanes');"
                + " return l ? l.children.length : 1; }")).intValue();
    }

    private record Sample(int second, int steps, double heap, double total, int nodes, int listeners) {
    }

    private static Sample sample(CDPSession cdp, Page page, int second) {
        cdp.send("HeapProfiler.collectGarbage");
        JsonObject result = cdp.send("Performance.getMetrics");
        Map<String, Double> metrics = new HashMap<>();
        for (JsonElement m : result.getAsJsonArray("metrics")) {
            JsonObject o = m.getAsJsonObject();
            metrics.put(o.get("name").getAsString(), o.get("value").getAsDouble());
        }
        return new Sample(second, Ship.steps(page.mainFrame()), metrics.getOrDefault("JSHeapUsedSize", 0.0),
                metrics.getOrDefault("JSHeapTotalSize", 0.0), metrics.getOrDefault("Nodes", 0.0).intValue(),
                metrics.getOrDefault("JSEventListeners", 0.0).intValue());
    }
}
