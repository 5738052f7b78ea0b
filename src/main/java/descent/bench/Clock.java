package descent.bench;

/** Milliseconds from some fixed origin: performance.now() in the page, System.nanoTime() on the JVM. */
@FunctionalInterface
public interface Clock {
    double millis();
}
