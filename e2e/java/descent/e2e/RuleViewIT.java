package descent.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import descent.core.experiment.PlaygroundConfig;
import descent.core.experiment.Race;
import descent.core.experiment.Run;
import descent.core.optim.RuleTerms;
import descent.web.state.HashState;
import descent.web.view.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lane's update rule at work, in real Chromium: opened from the keyboard, typeset in MathML, its values
 * those of the same lane trained on the JVM, reopened by the link, and fitting a phone.
 */
class RuleViewIT {
    private static final int ADAM = 3; // the default page's fourth lane
    private static final int K = 25;

    @ParameterizedTest
    @ValueSource(strings = {"", "?engine=js", "?thread=main"})
    void adamsRuleShowsTheCoresMomentsAndTheLinkReopensIt(String query) throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html" + query, errors);
        page.waitForSelector("body[data-ready=true]");
        Locator lane = page.locator(".lane").nth(ADAM);
        Locator toggle = lane.locator("button.rule-toggle");
        toggle.focus();
        page.keyboard().press("Enter");
        assertEquals("true", toggle.getAttribute("aria-expanded"), "opened by the keyboard");
        Locator view = lane.locator(".rule-view");
        assertTrue(view.isVisible(), "the rule view shows");
        assertTrue(lane.locator(".rule-formula math").count() >= 5, "Adam's rule, a MathML line per statement");
        assertTrue(lane.locator(".rule-formula math msqrt").count() >= 1, "√ŝ typeset as a root");
        page.waitForFunction("() => location.hash.includes('rule=3')");

        page.evaluate("k => window.descent.step(k)", K);
        page.waitForFunction("() => document.querySelectorAll('.lane')[3].querySelector('.rule-parameter')"
                + ".textContent.includes('after step " + K + "')");
        int i = Integer.parseInt(lane.locator(".rule-picker").inputValue());

        PlaygroundConfig config = HashState.decode(page.evaluate("() => location.hash").toString()).config();
        Run run = new Race(config).run(ADAM);
        assertEquals(K, run.steps(K));
        RuleTerms adam = (RuleTerms) run.optimizer();
        assertEquals(adam.largestGradient(), i, "the parameter shown is the one with the largest |g|");
        double[] terms = new double[adam.termSymbols().length];
        adam.terms(i, terms);
        for (String symbol : new String[] {"m̂", "ŝ", "Δθ"}) {
            int k = index(adam.termSymbols(), symbol);
            Locator math = lane.locator(".rule-values math[data-term='" + symbol + "']");
            double shown = ((Number) math.locator("mn").last().evaluate("e => e.descentValue")).doubleValue();
            assertEquals(terms[k], shown, 1e-12 * Math.max(1, Math.abs(terms[k])), symbol + " of θ" + i);
            assertEquals(Format.significant(terms[k], 4), math.locator("mn").last().textContent(),
                    "the displayed " + symbol);
        }
        assertTrue(lane.locator(".rule-text").textContent().contains("m̂ = "), "the values as plain text");
        assertTrue(lane.locator(".rule-state-text").textContent().contains("median"), "the state chart's sentence");

        lane.locator(".rule-picker").fill(Integer.toString(i)); // hold θᵢ: the largest |g| may move on
        lane.locator(".rule-picker").dispatchEvent("change");
        assertTrue(!lane.locator(".rule-parameter").textContent().contains("largest"), "the picked θᵢ is held");
        page.evaluate("() => window.descent.step(3)");
        page.waitForFunction("() => document.querySelectorAll('.lane')[3].querySelector('.rule-parameter')"
                + ".textContent.includes('after step " + (K + 3) + "')");
        assertTrue(lane.locator(".rule-values math.rule-changed").count() > 0, "changed terms are marked");

        String link = page.url();
        Page again = page.context().newPage();
        again.navigate(link);
        again.waitForSelector("body[data-ready=true]");
        Locator reopened = again.locator(".lane").nth(ADAM);
        assertEquals("true", reopened.locator("button.rule-toggle").getAttribute("aria-expanded"), "the link reopens it");
        assertTrue(reopened.locator(".rule-formula math").first().isVisible());
        assertEquals("false", again.locator(".lane").nth(0).locator("button.rule-toggle").getAttribute("aria-expanded"));
        page.context().close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    private static int index(String[] symbols, String symbol) {
        for (int k = 0; k < symbols.length; k++) {
            if (symbols[k].equals(symbol)) {
                return k;
            }
        }
        throw new AssertionError(symbol);
    }

    /** An open view is a view setting: a lesson's link with rule= is still the lesson as written, not a variation. */
    @Test
    void aLessonLinkWithOpenViewsIsStillTheLesson() throws Exception {
        List<String> errors = Browser.errorList();
        Page page = Browser.get().open("index.html#lesson=adam-bias-correction&rule=1", errors);
        page.waitForSelector("body[data-ready=true]");
        assertEquals("Adam without bias correction", page.locator(".lane").nth(1).locator("h3.lane-title")
                .textContent().trim(), "the lesson's own lanes");
        assertTrue(page.locator("#lesson-variation").isHidden(), "not shown as a variation");
        assertEquals("true", page.locator(".lane").nth(1).locator("button.rule-toggle").getAttribute("aria-expanded"));
        page.context().close();
        assertEquals(List.of(), errors, "console errors");
    }

    @Test
    void everyRulesViewOpensAndAPhoneStillFits() throws Exception {
        Browser browser = Browser.get();
        BrowserContext phone = browser.chromium.newContext(new NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(3).setIsMobile(true).setHasTouch(true));
        phone.setDefaultTimeout(Ship.HANG_MS);
        List<String> errors = new ArrayList<>();
        Page page = phone.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });
        page.onPageError(e -> errors.add("page error: " + e));
        // six lanes of a tiny net, so that the Newton family is offered; every rule in turn
        String[] rules = {"gd", "momentum", "momentum-cs231n", "nesterov", "nesterov-cov", "adagrad", "rmsprop",
            "rmsprop-nesterov", "adam", "adam-nobias", "adamw", "nadam", "amsgrad", "adadelta", "newton",
            "damped-newton", "saddle-free-newton", "bfgs", "lbfgs", "cg"};
        for (int from = 0; from < rules.length; from += 5) {
            StringBuilder hash = new StringBuilder("layers=3&lanes=5&rule=0,1,2,3,4");
            for (int j = 0; j < 5; j++) {
                hash.append("&l").append(j).append(".opt=").append(rules[from + j]).append("&l").append(j)
                        .append(".batch=0");
            }
            page.navigate(browser.server.url() + "index.html#" + hash);
            page.waitForSelector("body[data-ready=true]");
            page.evaluate("() => window.descent.step(4)");
            for (int j = 0; j < 5; j++) {
                Locator lane = page.locator(".lane").nth(j);
                String rule = rules[from + j];
                page.waitForFunction("j => document.querySelectorAll('.lane')[j].querySelector('.rule-parameter')"
                        + ".textContent.includes('after step 4')", j);
                assertTrue(lane.locator(".rule-formula math").count() >= 1, rule + ": its formula");
                assertTrue(lane.locator(".rule-values math").count() >= 2, rule + ": its terms");
                assertTrue(lane.locator(".rule-text").textContent().contains("Δ")
                        || lane.locator(".rule-text").textContent().contains(" s = "), rule + ": the step as text");
                if (rule.contains("newton")) {
                    assertTrue(lane.locator(".rule-spectrum").textContent().contains("Eigenvalues"),
                            rule + ": H's eigenvalues and what the rule did with them");
                }
            }
            assertEquals(0, ((Number) page.evaluate(
                    "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue(),
                    "no sideways scrolling on a phone with the rule views open (" + rules[from] + " …)");
        }
        phone.close();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
