package descent.core.optim;

/** Makes a fresh optimizer state for a problem of n parameters; settings are captured by the factory. */
@FunctionalInterface
public interface OptimizerFactory {
    Optimizer create(int dimension);
}
