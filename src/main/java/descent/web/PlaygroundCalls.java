package descent.web;

/** The comparison page's answers to the script API ({@link ScriptApi.Calls}), which checks the arguments first. */
final class PlaygroundCalls implements ScriptApi.Calls {
    private final ComparisonPage page;

    PlaygroundCalls(ComparisonPage page) {
        this.page = page;
    }

    @Override
    public String load(String hash) {
        return ComparisonPage.jsonList(page.load(hash));
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
    public int advance(int n) {
        return page.advance(n);
    }

    @Override
    public String lessons() {
        return page.lessonsJson();
    }

    @Override
    public String metrics() {
        return page.metricsJson();
    }
}
