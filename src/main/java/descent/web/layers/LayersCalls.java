package descent.web.layers;

import descent.core.experiment.LayerLab;
import descent.core.nn.LayerStats;
import descent.web.ScriptApi;

import java.util.List;

/**
 * The layers lab's answers to the script API; {@code metrics()} gives the step, the loss, the data (circle or
 * digits, d inputs, K outputs, validation accuracy, the table still loading) and every layer.
 */
final class LayersCalls implements ScriptApi.Calls, ScriptApi.AsyncSteps {
    private final LayersPage page;

    LayersCalls(LayersPage page) {
        this.page = page;
    }

    @Override
    public String load(String hash) {
        List<String> notices = page.load(hash);
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < notices.size(); i++) {
            s.append(i > 0 ? "," : "").append(ScriptApi.quote(notices.get(i)));
        }
        return s.append(']').toString();
    }

    @Override
    public void play() {
        page.play();
    }

    @Override
    public void pause() {
        page.pause();
    }

    @Override
    public void step(int n) {
        page.step(n);
    }

    @Override
    public int stepAsync(int n) {
        return page.stepAsync(n);
    }

    @Override
    public int advance(int n) {
        return page.advance(n);
    }

    @Override
    public String lessons() {
        return "[]";
    }

    @Override
    public String metrics() {
        LayerLab lab = page.lab();
        LayerStats st = lab.stats();
        StringBuilder s = new StringBuilder("{\"step\":").append(lab.stepCount())
                .append(",\"loss\":").append(ScriptApi.number(lab.probeLoss()))
                .append(",\"evalLoss\":").append(ScriptApi.number(lab.evaluationLoss()))
                .append(",\"status\":").append(ScriptApi.quote(page.statusId()))
                .append(",\"hash\":").append(ScriptApi.quote(page.hash()))
                .append(",\"data\":").append(ScriptApi.quote(LayersLink.dataId(lab.settings().table)))
                .append(",\"loading\":").append(page.loading() == null ? "null" : ScriptApi.quote(page.loading().id()))
                .append(",\"inputs\":").append(lab.inputs())
                .append(",\"outputs\":").append(lab.outputs())
                .append(",\"accuracy\":").append(ScriptApi.number(lab.validationAccuracy()))
                .append(",\"layers\":[");
        for (int l = 1; l <= lab.depth(); l++) {
            s.append(l > 1 ? "," : "").append("{\"layer\":").append(l)
                    .append(",\"actMean\":").append(ScriptApi.number(st.activationMean(l)))
                    .append(",\"actStd\":").append(ScriptApi.number(st.activationStd(l)))
                    .append(",\"saturated\":").append(ScriptApi.number(st.saturatedFraction(l)))
                    .append(",\"gradStd\":").append(ScriptApi.number(st.gradientStd(l)))
                    .append(",\"gradNorm\":").append(ScriptApi.number(st.weightGradientNorm(l)))
                    .append(",\"ratio\":").append(ScriptApi.number(lab.lastUpdateRatio(l)))
                    .append(",\"identical\":").append(lab.unitSpread(l) <= LayerTable.IDENTICAL)
                    .append('}');
        }
        s.append("],\"lanes\":").append(page.lockstepJson()).append('}');
        return s.toString();
    }
}
