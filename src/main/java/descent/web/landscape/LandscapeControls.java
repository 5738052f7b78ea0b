package descent.web.landscape;

import descent.core.landscape.LandscapeChoices;
import descent.core.landscape.LandscapeSurface;
import descent.core.optim.AveragingMode;
import descent.core.optim.OptimizerKind;
import descent.web.dom.Dom;
import descent.web.dom.El;
import descent.web.view.Format;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The landscape page's settings and the controls that show them: sliders along the offered values, the surface,
 * clipping and averaging menus, and the optimizers' checkboxes. A control the learner moves writes its setting
 * and tells the page; {@link #show} writes every setting back into the controls (after a lesson or a link).
 */
final class LandscapeControls {
    static final OptimizerKind[] CHOICES = {OptimizerKind.GD, OptimizerKind.MOMENTUM, OptimizerKind.NESTEROV,
        OptimizerKind.ADAGRAD, OptimizerKind.RMSPROP, OptimizerKind.ADAM, OptimizerKind.NEWTON,
        OptimizerKind.SADDLE_FREE_NEWTON, OptimizerKind.BFGS, OptimizerKind.LBFGS, OptimizerKind.CG};
    private static final double[] KAPPAS = LandscapeChoices.kappas();
    private static final int[] STEPS = LandscapeChoices.steps();
    private static final double[] RATES = LandscapeChoices.rates();
    private static final double[] NOISES = LandscapeChoices.noises();

    /** What the page does when the learner changes something. */
    interface Listener {
        /** A setting of the race changed; {@code replay} when the racers changed. */
        void settingsChanged(boolean replay);

        /** The surface or κ changed: a new map, and a new start if {@code resetStart}. */
        void surfaceChanged(boolean resetStart);
    }

    private final HTMLInputElement[] picks = new HTMLInputElement[CHOICES.length];
    private final OptimizerKind[] racers = new OptimizerKind[LandscapePage.MAX_RACERS];
    private Listener listener;
    private int racerCount;

    LandscapeSurface surface = LandscapeSurface.QUADRATIC;
    double kappa = 10;
    int steps = 500;
    double learningRate = 0.03;
    double momentum = 0.9;
    double noise;
    double clip;
    AveragingMode averaging = AveragingMode.NONE;

    void install(Listener l) {
        listener = l;
        HTMLSelectElement surfaces = Dom.byId("surface");
        for (LandscapeSurface s : LandscapeSurface.values()) {
            surfaces.appendChild(El.option(s.id(), s.label()));
        }
        surfaces.addEventListener("change", e -> {
            LandscapeSurface s = LandscapeSurface.fromId(surfaces.getValue());
            if (s != null) {
                surface = s;
                listener.surfaceChanged(true);
            }
        });
        range("kappa", KAPPAS.length - 1, i -> {
            kappa = KAPPAS[i];
            listener.surfaceChanged(false);
        });
        range("steps", STEPS.length - 1, i -> {
            steps = STEPS[i];
            listener.settingsChanged(false);
        });
        range("lr", RATES.length - 1, i -> {
            learningRate = RATES[i];
            listener.settingsChanged(false);
        });
        range("momentum", 99, i -> {
            momentum = i / 100.0;
            listener.settingsChanged(false);
        });
        range("noise", NOISES.length - 1, i -> {
            noise = NOISES[i];
            listener.settingsChanged(false);
        });
        HTMLSelectElement clipSelect = Dom.byId("clip");
        clipSelect.addEventListener("change", e -> {
            clip = LandscapePage.parse(clipSelect.getValue());
            listener.settingsChanged(false);
        });
        HTMLSelectElement averagingSelect = Dom.byId("averaging");
        averagingSelect.addEventListener("change", e -> {
            AveragingMode m = AveragingMode.fromId(averagingSelect.getValue());
            averaging = m == null ? AveragingMode.NONE : m;
            listener.settingsChanged(false);
        });
        installPicks();
        setRacers(new OptimizerKind[] {OptimizerKind.GD, OptimizerKind.MOMENTUM, OptimizerKind.ADAM,
            OptimizerKind.NEWTON, OptimizerKind.BFGS, OptimizerKind.CG});
        show();
    }

    private void installPicks() {
        HTMLElement box = Dom.byId("optimizers");
        for (int i = 0; i < CHOICES.length; i++) {
            // The page ships these checkboxes in its HTML (so nothing shifts when the script starts); make any missing.
            HTMLInputElement check = (HTMLInputElement) Dom.querySelector(
                    "#optimizers input[value='" + CHOICES[i].id() + "']");
            if (check == null) {
                check = El.input("checkbox", "");
                check.setValue(CHOICES[i].id());
                HTMLElement label = El.make("label", "inline pick");
                label.appendChild(check);
                label.appendChild(El.text("span", "", CHOICES[i].label()));
                box.appendChild(label);
            }
            picks[i] = check;
            check.addEventListener("change", e -> {
                readPicks();
                listener.settingsChanged(true);
            });
        }
    }

    private interface IndexAction {
        void set(int index);
    }

    private void range(String id, int max, IndexAction action) {
        HTMLInputElement input = Dom.byId(id);
        input.setAttribute("max", Integer.toString(max));
        input.addEventListener("input", e -> {
            int i = (int) LandscapePage.parse(input.getValue());
            action.set(Math.max(0, Math.min(max, i)));
            showValues();
        });
    }

    /** Writes every setting into its control. */
    void show() {
        ((HTMLSelectElement) Dom.byId("surface")).setValue(surface.id());
        setRange("kappa", LandscapeChoices.nearest(KAPPAS, kappa));
        setRange("steps", LandscapeChoices.nearest(STEPS, steps));
        setRange("lr", LandscapeChoices.nearest(RATES, learningRate));
        setRange("momentum", (int) Math.round(momentum * 100));
        setRange("noise", LandscapeChoices.nearest(NOISES, noise));
        ((HTMLSelectElement) Dom.byId("clip")).setValue(clip > 0 ? Format.shortest(clip) : "0");
        ((HTMLSelectElement) Dom.byId("averaging")).setValue(averaging.id());
        showValues();
    }

    private static void setRange(String id, int value) {
        HTMLInputElement input = Dom.byId(id);
        input.setValue(Integer.toString(value));
    }

    private void showValues() {
        Dom.setText("kappa-value", Format.shortest(kappa));
        Dom.setText("steps-value", Integer.toString(steps));
        Dom.setText("lr-value", Format.shortest(learningRate));
        Dom.setText("momentum-value", Format.fixed(momentum, 2));
        Dom.setText("noise-value", Format.shortest(noise));
        Dom.byId("kappa-box").setAttribute("data-hidden-control", "");
        if (surface.usesKappa()) {
            Dom.byId("kappa-box").removeAttribute("data-hidden-control");
        }
    }

    /** Ticks exactly these optimizers (at most {@link LandscapePage#MAX_RACERS}). */
    void setRacers(OptimizerKind[] chosen) {
        for (int i = 0; i < CHOICES.length; i++) {
            boolean on = false;
            for (OptimizerKind k : chosen) {
                on |= k == CHOICES[i];
            }
            picks[i].setChecked(on);
        }
        readPicks();
    }

    private void readPicks() {
        racerCount = 0;
        for (int i = 0; i < CHOICES.length; i++) {
            if (picks[i].isChecked() && racerCount < LandscapePage.MAX_RACERS) {
                racers[racerCount++] = CHOICES[i];
            } else {
                picks[i].setChecked(false);
            }
        }
        for (int i = 0; i < CHOICES.length; i++) {
            picks[i].setDisabled(racerCount == LandscapePage.MAX_RACERS && !picks[i].isChecked());
        }
    }

    OptimizerKind[] racers() {
        return racers;
    }

    int racerCount() {
        return racerCount;
    }
}
