package descent.web.lanes;

import descent.core.experiment.LaneInternals;
import descent.core.optim.RuleTerms;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.Element;

/**
 * A lane's update rule at work: the rule typeset as the course writes it (from the core's {@link RuleTerms}),
 * each of its terms with its value for one parameter θᵢ (the one with the largest |g| unless the learner picks
 * another), the step's scalars, the Hessian's eigenvalues for the Newton family, and below them the optimizer's
 * state over the steps ({@link OptimizerStateChart}). Values that changed since the last refresh are marked.
 *
 * <p>The text equivalent is the MathML itself and one plain line of every value. Each shown number also
 * carries its full double as the element's {@code descentValue} property, for tests. All numbers come from the
 * core; this class only formats and compares strings.
 */
final class RuleView {
    private static final double REFRESH_MS = 250;
    private static final int SHOWN_EIGENVALUES = 8;
    private static final int MARK = 0;
    private static final int KEEP = 1;
    private static final int CLEAR = 2;

    private final HTMLElement panel = El.make("section", "rule-view");
    private final HTMLElement formulaBox = El.make("div", "rule-formula");
    private final HTMLElement valuesBox = El.make("div", "rule-values");
    private final HTMLElement scalarsBox = El.make("div", "rule-values rule-scalars");
    private final HTMLElement spectrum = El.make("p", "rule-spectrum");
    private final HTMLElement parameterNote = El.make("p", "rule-parameter");
    private final HTMLElement plain = El.make("p", "rule-text");
    private final HTMLElement error = El.make("p", "rule-error");
    private final HTMLInputElement picker = El.input("number", "rule-picker");
    private final HTMLButtonElement largest = El.button("Largest |g|", "Follow the parameter with the largest |g|");
    private final OptimizerStateChart chart;
    private LaneInternals run;
    private String[] formula;
    private String[] termSymbols;
    private String[] scalarSymbols;
    private Element[] termValues = new Element[0];
    private Element[] scalarValues = new Element[0];
    private Element[] termRows = new Element[0];
    private Element[] scalarRows = new Element[0];
    private double[] terms = new double[0];
    private double[] scalars = new double[0];
    private double[] eigenvalues = new double[0];
    private double[] used = new double[0];
    private boolean followLargest = true;
    private int parameter;
    private int shownStep = -1;
    private double lastRefresh = -1e9;

    RuleView(int lane) {
        panel.setHidden(true);
        panel.appendChild(El.text("h4", "rule-title", "Update rule, live"));
        panel.appendChild(formulaBox);
        HTMLElement pick = El.make("div", "rule-pick");
        picker.setAttribute("min", "0");
        picker.setAttribute("step", "1");
        pick.appendChild(El.labelled("Parameter θᵢ, i =", picker));
        pick.appendChild(largest);
        panel.appendChild(pick);
        error.setAttribute("role", "status");
        error.setHidden(true);
        panel.appendChild(error);
        panel.appendChild(parameterNote);
        panel.appendChild(valuesBox);
        panel.appendChild(scalarsBox);
        panel.appendChild(spectrum);
        plain.setAttribute("aria-live", "off");
        panel.appendChild(plain);
        chart = new OptimizerStateChart(lane);
        panel.appendChild(chart.element());
        picker.addEventListener("change", e -> picked());
        largest.addEventListener("click", e -> {
            followLargest = true;
            error.setHidden(true);
            refresh(true);
        });
    }

    HTMLElement element() {
        return panel;
    }

    void setId(String id) {
        panel.setAttribute("id", id);
    }

    boolean isOpen() {
        return !panel.isHidden();
    }

    void setOpen(boolean open) {
        panel.setHidden(!open);
        if (run != null) {
            run.stepStatistics().setEnabled(open);
        }
        if (open) {
            refresh(true);
        }
    }

    /** {@code next} is null when the lane trains in the engine worker, whose optimizer state is not sent yet. */
    void bind(LaneInternals next, int lane) {
        run = next;
        if (run == null) {
            plain.setTextContent("The update rule is shown when the lane trains in this page; "
                    + "the engine worker (?thread=worker) does not send the optimizer's state yet.");
            return;
        }
        run.stepStatistics().setEnabled(isOpen());
        chart.bind(next, lane);
        formula = null; // a new run may bring a new rule
        shownStep = -1;
        if (isOpen()) {
            refresh(true);
        }
    }

    private void picked() {
        int n = run == null ? 0 : run.parameters().length;
        double v;
        try {
            v = Double.parseDouble(picker.getValue().trim());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v == Math.rint(v) && v >= 0 && v < n)) {
            error.setTextContent("i must be a whole number from 0 to " + (n - 1) + "; still showing θ" + parameter + ".");
            error.setHidden(false);
            picker.setValue(Integer.toString(parameter));
            return;
        }
        error.setHidden(true);
        followLargest = false;
        parameter = (int) v;
        refresh(true);
    }

    /** Called with the lane's numbers (at most 10 Hz); redraws a few times a second while open. */
    void refresh(boolean now) {
        if (run == null || !isOpen()) {
            return;
        }
        double time = Performance.now();
        if (!now && (time - lastRefresh < REFRESH_MS || run.stepCount() == shownStep)) {
            return;
        }
        lastRefresh = time;
        // marks say what the last steps changed: a redraw of the same step (paused, a resize) keeps them
        boolean advanced = run.stepCount() != shownStep;
        shownStep = run.stepCount();
        if (run.ruleTerms() == null) {
            plain.setTextContent("This rule does not explain its steps.");
            return;
        }
        RuleTerms rule = run.ruleTerms();
        if (rule.formula() != formula) {
            build(rule);
        }
        int n = run.parameters().length;
        picker.setAttribute("max", Integer.toString(n - 1));
        int was = parameter;
        if (followLargest) {
            parameter = rule.largestGradient();
        }
        parameter = Math.min(parameter, n - 1);
        int marks = parameter != was ? CLEAR : advanced ? MARK : KEEP;
        if (!Integer.toString(parameter).equals(picker.getValue())) {
            picker.setValue(Integer.toString(parameter));
        }
        parameterNote.setTextContent("θ" + parameter + (followLargest ? ", the parameter with the largest |g|" : "")
                + ", after step " + Format.count(run.stepCount()) + ":");
        rule.terms(parameter, terms);
        rule.scalars(scalars);
        StringBuilder text = new StringBuilder();
        text.append("θ").append(parameter).append(" after step ").append(run.stepCount()).append(": ");
        show(termSymbols, terms, termRows, termValues, marks, text);
        show(scalarSymbols, scalars, scalarRows, scalarValues, marks, text);
        showSpectrum(rule, text);
        plain.setTextContent(text.toString());
        chart.draw();
    }

    private void build(RuleTerms rule) {
        formula = rule.formula();
        termSymbols = rule.termSymbols();
        scalarSymbols = rule.scalarSymbols();
        El.clear(formulaBox);
        for (String line : formula) {
            formulaBox.appendChild(RuleMath.math(line, true));
        }
        terms = new double[termSymbols.length];
        scalars = new double[scalarSymbols.length];
        termRows = new Element[termSymbols.length];
        scalarRows = new Element[scalarSymbols.length];
        termValues = rows(valuesBox, termSymbols, termRows);
        scalarValues = rows(scalarsBox, scalarSymbols, scalarRows);
        int n = run.parameters().length;
        if (eigenvalues.length != n) {
            eigenvalues = new double[n];
            used = new double[n];
        }
    }

    /** One inline {@code <math>} per symbol, "symbol = value"; returns the value elements. */
    private static Element[] rows(HTMLElement box, String[] symbols, Element[] maths) {
        El.clear(box);
        Element[] values = new Element[symbols.length];
        for (int k = 0; k < symbols.length; k++) {
            Element math = RuleMath.element("math");
            math.setAttribute("data-term", symbols[k]);
            math.appendChild(RuleMath.row(symbols[k]));
            math.appendChild(RuleMath.token("mo", "="));
            values[k] = RuleMath.token("mn", "–");
            math.appendChild(values[k]);
            box.appendChild(math);
            maths[k] = math;
        }
        return values;
    }

    private static void show(String[] symbols, double[] values, Element[] maths, Element[] cells, int marks,
                             StringBuilder text) {
        for (int k = 0; k < symbols.length; k++) {
            double v = values[k];
            // a count (t, restarts) or an exact whole value reads as one: t = 100, not 100.0
            String shown = v == Math.floor(v) && Math.abs(v) < 1e6 ? Format.count((int) v) : Format.significant(v, 4);
            Element math = maths[k];
            boolean changed = !shown.equals(cells[k].getTextContent()) && !"–".equals(cells[k].getTextContent());
            if (marks != KEEP) {
                math.setAttribute("class", changed && marks == MARK ? "rule-changed" : "");
            }
            cells[k].setTextContent(shown);
            Dom.setProperty(cells[k], "descentValue", JSNumber.valueOf(values[k]));
            text.append(symbols[k]).append(" = ").append(shown).append("; ");
        }
    }

    private void showSpectrum(RuleTerms rule, StringBuilder text) {
        int count = rule.spectrum(eigenvalues, used);
        spectrum.setHidden(count == 0);
        if (count == 0) {
            return;
        }
        StringBuilder s = new StringBuilder("Eigenvalues λ of H: ");
        StringBuilder u = new StringBuilder("; the rule divided by: ");
        int negative = 0;
        for (int j = 0; j < count; j++) {
            negative += eigenvalues[j] < 0 ? 1 : 0;
            if (j < SHOWN_EIGENVALUES / 2 || j >= count - SHOWN_EIGENVALUES / 2) {
                s.append(j == 0 ? "" : ", ").append(Format.significant(eigenvalues[j], 3));
                u.append(j == 0 ? "" : ", ").append(Format.significant(used[j], 3));
            } else if (j == SHOWN_EIGENVALUES / 2) {
                s.append(", …");
                u.append(", …");
            }
        }
        String line = s.append(" (").append(negative).append(" negative of ").append(count).append(")")
                .append(u).append('.').toString();
        spectrum.setTextContent(line);
        text.append(line);
    }
}
