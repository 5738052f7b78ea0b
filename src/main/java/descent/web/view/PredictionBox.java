package descent.web.view;

import descent.web.dom.LocalStore;
import descent.core.experiment.Prediction;
import descent.web.dom.Dom;
import descent.web.dom.El;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * A lesson's "predict first" question as both lesson pages ask it: {@code #lesson-predict} holds the question
 * ({@code #lesson-question}) and one radio button per option ({@code #lesson-options}); the choice is kept in
 * the browser per lesson, locked once the run has begun (a prediction is made before watching), and the run's
 * answer goes to {@code #lesson-reveal}. Options that name lanes are worded with the lanes' titles as they are
 * now, so they stay true in a variation.
 */
public final class PredictionBox {
    private static final String STORE = "descent.prediction.";
    private String key = "";
    private HTMLInputElement[] choices = new HTMLInputElement[0];
    private HTMLElement[] texts = new HTMLElement[0];

    /**
     * Shows {@code p} (null: no question, the box hidden) under the storage key {@code key}, its lanes named by
     * {@code titles}; the same key again only rewords the options (the choice stays).
     */
    public void show(String key, Prediction<?> p, String[] titles) {
        HTMLElement box = Dom.byId("lesson-predict");
        box.setHidden(p == null);
        if (p == null) {
            this.key = "";
            El.clear(Dom.byId("lesson-options"));
            choices = new HTMLInputElement[0];
            texts = new HTMLElement[0];
            return;
        }
        Dom.setText("lesson-question", "Predict first: " + p.question(titles));
        if (key.equals(this.key) && texts.length == p.optionCount()) {
            for (int i = 0; i < texts.length; i++) {
                texts[i].setTextContent(p.option(i, titles));
            }
            return;
        }
        this.key = key;
        HTMLElement options = Dom.byId("lesson-options");
        El.clear(options);
        int remembered = remembered(key);
        choices = new HTMLInputElement[p.optionCount()];
        texts = new HTMLElement[p.optionCount()];
        for (int i = 0; i < p.optionCount(); i++) {
            HTMLInputElement radio = El.input("radio", "");
            radio.setName("lesson-prediction");
            radio.setValue(Integer.toString(i));
            radio.setChecked(i == remembered);
            int option = i;
            radio.addEventListener("change", e -> LocalStore.set(STORE + key, Integer.toString(option)));
            HTMLElement label = El.make("label", "lesson-option");
            label.appendChild(radio);
            texts[i] = El.text("span", "", p.option(i, titles));
            label.appendChild(texts[i]);
            options.appendChild(label);
            choices[i] = radio;
        }
    }

    /** Locks the choice while a run is under way (unlocked again at step 0). */
    public void lock(boolean locked) {
        for (HTMLInputElement choice : choices) {
            choice.setDisabled(locked);
        }
        Dom.byId("lesson-predict").setAttribute("data-locked", locked ? "true" : "false");
    }

    /** The option chosen, or −1. */
    public int chosen() {
        for (int i = 0; i < choices.length; i++) {
            if (choices[i].isChecked()) {
                return i;
            }
        }
        return -1;
    }

    /** Shows what the run answered ("You predicted …; the run shows …"), or hides it (null). */
    public static void reveal(String text) {
        HTMLElement reveal = Dom.byId("lesson-reveal");
        if (text == null) {
            reveal.setHidden(true);
            return;
        }
        reveal.setTextContent(text);
        reveal.setHidden(false);
    }

    private static int remembered(String key) {
        String v = LocalStore.get(STORE + key);
        if (v == null || v.length() != 1 || v.charAt(0) < '0' || v.charAt(0) > '3') {
            return -1;
        }
        return v.charAt(0) - '0';
    }


}
