package descent.e2e;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import com.microsoft.playwright.Route;
import descent.core.experiment.LaneConfig;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.experiment.Series;
import descent.core.optim.OptimizerKind;
import descent.engine.EngineProtocol;
import descent.engine.EngineView;
import descent.engine.LaneMirror;
import descent.serve.StaticServer;
import descent.web.state.HashState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The training engine in its Web Worker, driven by the protocol alone from a page under the site's strict policy
 * (the worker's script served with that policy too): a fixed race trained there a few hundred steps, in slices
 * pulled as a page pulls them, ends with the numbers and histories the JVM's race has, to 1e-12 — in both builds.
 */
class WorkerIT {
    static final Path COMMITTED = Path.of("webapp/js/engine-bodies.js");
    static final Path FRESH = Path.of("target/engine-bodies.js");
    private static final String POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none';"
            + " base-uri 'none'";
    private static final int STEPS = 300;
    private static StaticServer server;

    @BeforeAll
    static void serve() throws Exception {
        server = new StaticServer(Ship.site(), 0, "/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Four default lanes and two with extras the engine reports (averaging, clipping, a schedule, a minibatch). */
    static PlaygroundConfig fixedConfig() {
        PlaygroundConfig c = new PlaygroundConfig();
        c.seed = 7;
        LaneConfig sgd = LaneConfig.of(OptimizerKind.GD, 0.05);
        sgd.batchSize = 10;
        sgd.averaging = descent.core.optim.AveragingMode.POLYAK;
        LaneConfig momentum = LaneConfig.of(OptimizerKind.MOMENTUM, 0.05);
        momentum.clip = descent.core.optim.ClipMode.NORM;
        LaneConfig[] lanes = new LaneConfig[c.lanes.length + 2];
        System.arraycopy(c.lanes, 0, lanes, 0, c.lanes.length);
        lanes[c.lanes.length] = sgd;
        lanes[c.lanes.length + 1] = momentum;
        c.lanes = lanes;
        return c;
    }

    @Test
    void theJavaScriptBuildTrainsAsTheJvmDoes() throws Exception {
        trainsAsTheJvmDoes("js");
    }

    @Test
    void theWasmBuildTrainsAsTheJvmDoes() throws Exception {
        trainsAsTheJvmDoes("wasm");
    }

    /**
     * index.html?thread=worker: the page's script API steps in the worker; after {@code await step(n)},
     * metrics() has those n steps and the JVM's numbers; Play trains on and the lane cards show it.
     */
    @Test
    void thePageTrainsInTheWorkerAndItsScriptApiSeesTheSteps() throws Exception {
        for (String engine : List.of("wasm", "js")) {
            try (Ship.Session s = new Ship.Session()) {
                s.go(server.url() + "index.html?thread=worker&engine=" + engine);
                s.page.waitForSelector("body[data-ready=true]");
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) s.page.evaluate("async () => {"
                        + " const taken = await window.descent.step(250); const m = window.descent.metrics();"
                        + " return {taken, metrics: JSON.stringify(m), hash: location.hash.substring(1)}; }");
                assertEquals(250, ((Number) r.get("taken")).intValue(), r.toString());
                Map<String, Object> metrics = new Gson().fromJson((String) r.get("metrics"),
                        new TypeToken<Map<String, Object>>() { }.getType());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> lanes = (List<Map<String, Object>>) metrics.get("lanes");
                Race race = new Race(HashState.decode((String) r.get("hash")).config());
                race.steps(250);
                assertEquals(race.laneCount(), lanes.size());
                for (int i = 0; i < lanes.size(); i++) {
                    Run run = race.run(i);
                    assertEquals(250, ((Number) lanes.get(i).get("step")).intValue(), engine + " lane " + i);
                    close(run.trainLoss(), ((Number) lanes.get(i).get("trainLoss")).doubleValue(), engine + " lane " + i);
                    close(run.gradientNorm(), ((Number) lanes.get(i).get("gradNorm")).doubleValue(), engine + " lane " + i);
                }
                assertEquals("250", s.page.textContent("#step-count").replaceAll("\\D", ""), "the page shows the steps");
                Ship.train(s.page.mainFrame(), 600);
                s.page.waitForFunction("() => document.querySelector('.lane dd').textContent !== ''", null);
                assertEquals(engine, s.page.getAttribute("html", "data-engine"), "the page runs the build asked for");
                assertEquals(List.of(), Ship.violations(s.page), "policy violations");
                assertEquals(List.of(), s.errors, "console errors");
            }
        }
    }

    /**
     * The engine diagnoses what a lane stopped at where the trained θ is: in worker mode Newton's lane of the
     * saddle lesson says it stopped at a critical point that is not a minimum, as on the page thread.
     */
    @Test
    void aLaneStuckAtASaddleIsShownAsNotAMinimumInWorkerMode() throws Exception {
        try (Ship.Session s = new Ship.Session()) {
            s.go(server.url() + "index.html?thread=worker#lesson=newton-saddle");
            s.page.waitForSelector("body[data-ready=true]");
            s.page.evaluate("async () => { await window.descent.step(100); }");
            s.page.waitForFunction("() => document.querySelector('.lane').getAttribute('data-status') === 'not-minimum'",
                    null);
            String status = s.page.locator(".lane").first().locator(".lane-status").textContent();
            assertTrue(status.contains("critical point that is not a minimum"), status);
            assertEquals(List.of(), s.errors, "console errors");
        }
    }

    /**
     * The engine checks a lesson's claim where the lanes train: in worker mode the momentum lesson, stepped to
     * its step count, shows the JVM's verdict (same numbers) and answers the learner's prediction.
     */
    @Test
    void aLessonIsCheckedInTheWorkerAsOnTheJvm() throws Exception {
        descent.core.experiment.Lesson lesson = descent.core.experiment.Lessons.byId("momentum-vs-gd");
        descent.core.experiment.Verdict jvm = lesson.verify();
        try (Ship.Session s = new Ship.Session()) {
            s.go(server.url() + "index.html?thread=worker#lesson=momentum-vs-gd");
            s.page.waitForSelector("body[data-ready=true]");
            assertEquals("pending", s.page.getAttribute("#lesson-verdict", "data-verdict"));
            s.page.locator("#lesson-options input[type=radio]").first().check();
            s.page.evaluate("async n => { await window.descent.step(n); }", lesson.steps());
            s.page.waitForFunction("() => document.querySelector('#lesson-verdict').getAttribute('data-verdict')"
                    + " === 'seen'", null);
            assertTrue(jvm.holds(), "the JVM sees the claim: " + jvm.measured());
            assertTrue(s.page.textContent("#lesson-verdict-line").startsWith("✓ Seen: "),
                    s.page.textContent("#lesson-verdict-line"));
            assertEquals(jvm.measured(), s.page.textContent("#lesson-verdict-numbers"), "the numbers behind it");
            assertTrue(s.page.textContent("#lesson-reveal").startsWith("You predicted “"),
                    s.page.textContent("#lesson-reveal"));
            @SuppressWarnings("unchecked")
            Map<String, Object> verdict = (Map<String, Object>) s.page.evaluate("() => window.descent.metrics().lesson");
            assertEquals(Boolean.TRUE, verdict.get("holds"), verdict.toString());
            assertEquals(Boolean.TRUE, verdict.get("due"), verdict.toString());
            assertEquals(jvm.measured(), verdict.get("measured"), "the script API reads the same verdict");
            assertEquals(List.of(), s.errors, "console errors");
        }
    }

    /** The averaging lesson in worker mode shows the model at θ̂ beside the raw one: two different pictures. */
    @Test
    void theAveragedModelHasItsOwnMapInWorkerMode() throws Exception {
        try (Ship.Session s = new Ship.Session()) {
            s.go(server.url() + "index.html?thread=worker#lesson=averaging");
            s.page.waitForSelector("body[data-ready=true]");
            s.page.evaluate("async n => { await window.descent.step(n); }",
                    descent.core.experiment.Lessons.byId("averaging").steps());
            s.page.waitForSelector(".lane-maps[data-averaged=true]");
            Object samePixels = s.page.evaluate("() => { const m = document.querySelector('.lane-maps[data-averaged=true]');"
                    + " const c = m.querySelectorAll('canvas'); return c[0].toDataURL() === c[1].toDataURL(); }");
            assertEquals(Boolean.FALSE, samePixels, "the raw and averaged maps are different pictures");
            assertEquals(List.of(), s.errors, "console errors");
        }
    }

    private void trainsAsTheJvmDoes(String build) throws Exception {
        String hash = HashState.encode(fixedConfig());
        try (Ship.Session s = new Ship.Session()) {
            s.context.route("**/js/engine-worker.js*", route -> {
                var original = route.fetch();
                Map<String, String> headers = new HashMap<>(original.headers());
                headers.put("content-security-policy", POLICY);
                route.fulfill(new Route.FulfillOptions().setResponse(original).setHeaders(headers));
            });
            s.go(server.url() + "index.html?engine=js");
            s.page.waitForSelector("body[data-ready=true]");
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) s.page.evaluate("async ([hash, steps, build]) => {"
                    + " const worker = new Worker('js/engine-worker.js?engine=' + build);"
                    + " const errors = []; worker.onerror = e => errors.push(String(e.message));"
                    + " const snapshots = []; let done = false; let pulls = 0;"
                    + " const finished = new Promise(resolve => worker.onmessage = e => {"
                    + "   if (e.data.kind !== 'snapshot') { return; }"
                    + "   snapshots.push({numbers: Array.from(e.data.numbers), text: e.data.text, maps: Array.from(e.data.maps)});"
                    + "   if (e.data.numbers[1] === 1) { done = true; resolve(); } });"
                    + " worker.postMessage({kind: 'configure', text: hash});"
                    + " worker.postMessage({kind: 'step', id: 1, n: steps});"
                    + " const pull = () => { if (!done) { pulls++; worker.postMessage({kind: 'pull'}); requestAnimationFrame(pull); } };"
                    + " requestAnimationFrame(pull);"
                    + " await finished;"
                    + " const info = await new Promise(resolve => { worker.onmessage = e => { if (e.data.kind === 'engine-build') resolve(e.data); };"
                    + "   worker.postMessage({kind: 'engine-build'}); });"
                    + " worker.terminate();"
                    + " return {snapshots: JSON.stringify(snapshots), build: info.build, requested: info.requested, errors, pulls};"
                    + "}", List.of(hash, STEPS, build));
            if (build.equals("wasm") && !"wasm".equals(r.get("build"))) {
                checkBodies((String) r.get("requested")); // a stale table is the likely reason: say so
            }
            assertEquals(build, r.get("build"), "the worker runs the build asked for");
            List<Map<String, Object>> snapshots = new Gson().fromJson((String) r.get("snapshots"),
                    new TypeToken<List<Map<String, Object>>>() { }.getType());
            EngineView view = new EngineView();
            for (Map<String, Object> snap : snapshots) {
                view.read(new EngineProtocol.Snapshot(doubles(snap.get("numbers")), (String) snap.get("text"),
                        bytes(snap.get("maps"))));
            }
            double[] last = doubles(snapshots.get(snapshots.size() - 1).get("numbers"));
            assertEquals(STEPS, (int) last[EngineProtocol.TAKEN], "the step call's answer");

            Race race = new Race(HashState.decode(hash).config());
            race.steps(STEPS);
            assertEquals(race.laneCount(), view.laneCount());
            for (int i = 0; i < race.laneCount(); i++) {
                Run run = race.run(i);
                LaneMirror lane = view.lane(i);
                String what = build + " lane " + i + " ";
                assertEquals(run.stepCount(), lane.stepCount(), what + "steps");
                close(run.trainLoss(), lane.value(EngineProtocol.TRAIN_LOSS), what + "train loss");
                close(run.validationLoss(), lane.value(EngineProtocol.VALIDATION_LOSS), what + "validation loss");
                close(run.validationAccuracy(), lane.value(EngineProtocol.VALIDATION_ACCURACY), what + "accuracy");
                close(run.gradientNorm(), lane.value(EngineProtocol.GRADIENT_NORM), what + "‖g‖");
                close(run.averagedTrainLoss(), lane.value(EngineProtocol.AVERAGED_TRAIN_LOSS), what + "averaged loss");
                sameSeries(run.trainLossSeries(), lane.series(EngineProtocol.TRAIN_LOSS_SERIES), what + "loss history");
                sameSeries(run.gradientNormSeries(), lane.series(EngineProtocol.GRADIENT_NORM_SERIES), what + "‖g‖ history");
                assertTrue(lane.map() != null, what + "has its decision map");
            }
            assertEquals(List.of(), r.get("errors"), "worker errors");
            assertEquals(List.of(), Ship.violations(s.page), "policy violations");
            assertEquals(List.of(), s.errors, "console errors");
            System.out.println("worker (" + build + "): " + STEPS + " steps of " + race.laneCount() + " lanes in "
                    + snapshots.size() + " snapshots for " + r.get("pulls") + " pulls, within 1e-12 of the JVM");
        }
    }

    /** The engine's table of @JSBody functions holds exactly what its module asks for (else: the table to commit). */
    private static void checkBodies(String requestedJson) throws Exception {
        List<Map<String, Object>> requested = new Gson().fromJson(requestedJson,
                new TypeToken<List<Map<String, Object>>>() { }.getType());
        TreeMap<String, Map<String, Object>> byKey = new TreeMap<>();
        for (Map<String, Object> q : requested) {
            @SuppressWarnings("unchecked")
            List<String> params = (List<String>) q.get("params");
            byKey.put(String.join(",", params) + "\n" + q.get("body"), q);
        }
        String fresh = WasmBodiesIT.render(byKey).replace("WasmBodiesIT.java from the built module",
                "WorkerIT.java from the built engine module");
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        if (!byKey.isEmpty() && !fresh.equals(committed)) {
            Files.createDirectories(FRESH.getParent());
            Files.writeString(FRESH, fresh, StandardCharsets.UTF_8);
            fail(COMMITTED + " is stale: copy " + FRESH + " over it (" + new TreeSet<>(byKey.keySet()).size()
                    + " bodies asked for)");
        }
    }

    private static void close(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": NaN expected, got " + actual);
            return;
        }
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }

    private static void sameSeries(Series expected, Series actual, String what) {
        assertEquals(expected.size(), actual.size(), what + " size");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.step(i), actual.step(i), what + " step " + i);
            close(expected.value(i), actual.value(i), what + " point " + i);
        }
    }

    private static double[] doubles(Object list) {
        List<?> l = (List<?>) list;
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = l.get(i);
            out[i] = v == null ? Double.NaN : ((Number) v).doubleValue();
        }
        return out;
    }

    private static byte[] bytes(Object list) {
        List<?> l = (List<?>) list;
        byte[] out = new byte[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((Number) l.get(i)).intValue();
        }
        return out;
    }
}
