package descent.e2e;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A benchmark, not a test (skipped by {@code mvn verify}; {@code mvn -Plighthouse verify} runs it): Lighthouse's
 * performance score of every page — each course chapter, the embedded view and the page's own thread too — in
 * {@code descent.lighthouse.rounds} consecutive rounds, printed with total blocking time. Nothing is asserted: a
 * score is a measure of time and moves with the machine's load. bench.html is left out: it saturates the CPU on
 * purpose as soon as it opens.
 */
class LighthouseRoundsIT {
    @Test
    void printsEveryPagesPerformanceRoundAfterRound() throws Exception {
        int rounds = Integer.getInteger("descent.lighthouse.rounds", 0);
        assumeTrue(rounds > 0, "a benchmark: mvn -Plighthouse verify");
        List<String> pages = new ArrayList<>();
        for (String page : Ship.pages()) {
            if (!page.equals("bench.html")) {
                pages.add(page);
            }
        }
        pages.add(1, "index.html?thread=main");
        pages.add(2, "index.html?embed=1#lesson=momentum-vs-gd");
        Map<String, List<String>> results = new LinkedHashMap<>();
        LighthouseIT.setUp();
        try {
            for (int round = 1; round <= rounds; round++) {
                for (String page : pages) {
                    String name = "round" + round + "-" + page.replaceAll("[^A-Za-z0-9-]+", "_");
                    JsonObject report = LighthouseIT.lighthouse(page, List.of(LighthouseIT.PERFORMANCE), name);
                    int score = LighthouseIT.scores(report, List.of(LighthouseIT.PERFORMANCE)).get(LighthouseIT.PERFORMANCE);
                    double blocking = report.getAsJsonObject("audits").getAsJsonObject("total-blocking-time")
                            .get("numericValue").getAsDouble();
                    String cell = String.format(Locale.ROOT, "%d (TBT %.0f ms)", score, blocking);
                    results.computeIfAbsent(page, k -> new ArrayList<>()).add(cell);
                    System.out.println("lighthouse round " + round + " " + page + ": performance " + cell);
                }
            }
        } finally {
            LighthouseIT.tearDown();
        }
        System.out.println("lighthouse performance, " + rounds + " consecutive rounds (reported, not gated):");
        for (Map.Entry<String, List<String>> e : results.entrySet()) {
            System.out.println("  " + e.getKey() + ": " + String.join(" / ", e.getValue()));
        }
    }
}
