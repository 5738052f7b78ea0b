package descent.engine;

import descent.core.experiment.LaneInternals;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.optim.RuleTerms;
import descent.engine.EngineProtocol.Command;
import descent.web.state.HashState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A watched lane's insides cross the protocol: θ, every term of the rule for every parameter, the statistics. */
class EngineInternalsTest {
    @Test
    void aWatchedLaneSendsThetaAndTheRulesTermsAsTheRaceHasThem() {
        String hash = HashState.encode(new PlaygroundConfig());
        Race page = new Race(HashState.decode(hash).config()); // the page's own race: settings only, step 0
        Engine engine = new Engine();
        EngineView view = new EngineView();
        for (int i = 0; i < page.laneCount(); i++) {
            view.lane(i).bindRun(page.run(i));
        }
        engine.apply(new Command(EngineProtocol.CONFIGURE, -1, 0, 0, false, hash, null));
        engine.apply(new Command(EngineProtocol.WATCH, -1, 1 << 3, 0, false, "", null)); // Adam's lane
        view.read(engine.snapshot());
        LaneInternals adam = view.lane(3).internals();
        assertArrayEquals(page.run(3).initialParameters(), adam.parameters(), 0, "θ₀ before any step");
        engine.apply(new Command(EngineProtocol.STEP, 1, 150, 0, false, "", null));
        while (engine.hasWork()) {
            engine.train(40);
            view.read(engine.snapshot()); // the page pulls between slices, asking for nothing
        }
        view.read(engine.snapshot()); // the STEP's own snapshot brings the watched lane's insides

        Race jvm = new Race(HashState.decode(hash).config());
        jvm.run(3).optimizerStatistics().setEnabled(true);
        jvm.steps(150);
        Run run = jvm.run(3);
        assertEquals(150, adam.stepCount());
        assertArrayEquals(run.parameters(), adam.parameters(), 0);
        RuleTerms expected = (RuleTerms) run.optimizer();
        RuleTerms actual = adam.ruleTerms();
        assertNotNull(actual);
        assertEquals(expected.largestGradient(), actual.largestGradient());
        double[] a = new double[expected.termSymbols().length];
        double[] b = new double[a.length];
        for (int i = 0; i < run.parameters().length; i++) {
            expected.terms(i, a);
            actual.terms(i, b);
            assertArrayEquals(a, b, 0, "terms of θ" + i);
        }
        double[] sa = new double[expected.scalarSymbols().length];
        double[] sb = new double[sa.length];
        expected.scalars(sa);
        actual.scalars(sb);
        assertArrayEquals(sa, sb, 0);
        assertEquals(run.optimizerStatistics().medianSeries().size(), adam.stepStatistics().medianSeries().size());
        assertEquals(run.optimizerStatistics().medianSeries().last(), adam.stepStatistics().medianSeries().last(), 0);
        assertTrue(view.lane(0).series(EngineProtocol.EFFECTIVE_MEDIAN_SERIES).size() == 0, "an unwatched lane records none");
    }

    @Test
    void anExportIsTheRaceFileWrittenInTheEngine() {
        String hash = HashState.encode(new PlaygroundConfig());
        Engine engine = new Engine();
        engine.apply(new Command(EngineProtocol.CONFIGURE, -1, 0, 0, false, hash, null));
        engine.apply(new Command(EngineProtocol.STEP, 1, 60, 0, false, "", null));
        while (engine.hasWork()) {
            engine.train(25);
        }
        Race jvm = new Race(HashState.decode(hash).config());
        jvm.steps(60);
        assertEquals(descent.web.export.MetricsExport.csv(jvm),
                engine.export(new Command(EngineProtocol.EXPORT, 2, 0, 0, false, "", null)));
        String[] statuses = {"paused", "paused", "diverged", "converged"};
        String names = String.join(EngineProtocol.TEXT_SEPARATOR, statuses) + EngineProtocol.TEXT_SEPARATOR;
        assertEquals(descent.web.export.MetricsExport.json(jvm, hash, statuses),
                engine.export(new Command(EngineProtocol.EXPORT, 3, 1, 0, false, hash, null, names)));
    }
}
