package descent.web;

import descent.web.lanes.LaneTraining;
import descent.web.state.HashState;

/** The comparison page's answers to the script API ({@link ScriptApi.Calls}), which checks the arguments first. */
final class PlaygroundCalls implements ScriptApi.Calls {
    private final ComparisonPage page;
    private final LaneTraining lanes;

    PlaygroundCalls(ComparisonPage page, LaneTraining lanes) {
        this.page = page;
        this.lanes = lanes;
    }

    @Override
    public String load(String hash) {
        return ComparisonPage.jsonList(page.load(hash));
    }

    @Override
    public void play() {
        lanes.play();
    }

    @Override
    public void pause() {
        lanes.pause();
    }

    @Override
    public void step(int n) {
        lanes.step(n);
    }

    @Override
    public int maxSteps() {
        return lanes.maxSteps();
    }

    @Override
    public int advance(int n) {
        return lanes.advance(n);
    }

    @Override
    public String lessons() {
        return page.lessonsJson();
    }

    @Override
    public String metrics() {
        return page.metricsJson();
    }

    /**
     * A host page on another origin never reads or trains on the learner's own data, which only the learner
     * can choose, in the frame: a {@code load} that asks for it ({@code own=1}) is refused, and while the page
     * trains on it {@code metrics}, {@code step} and {@code play} are refused too. Everything else is answered.
     */
    @Override
    public String hostMay(String method, String argument) {
        if (method.equals("load") && HashState.decode(argument).config().ownData) {
            return refused("load: own=1 is refused over postMessage: the learner's own data is private "
                    + "to the learner, who alone can choose it, in the page");
        }
        if ((method.equals("metrics") || method.equals("step") || method.equals("play")) && page.usesOwnData()) {
            return refused(method + "() is refused over postMessage: the page trains on the learner's "
                    + "own data, which is private to the learner");
        }
        return "true";
    }

    /** The host gets the reason as its error; the learner sees that a host asked, and that it was refused. */
    private static String refused(String reason) {
        PageStates.showHostRefusal(reason);
        return ScriptApi.ERROR + reason;
    }
}
