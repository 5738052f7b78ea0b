package descent.cli;

/** A command line that cannot be run: unknown name, bad number, missing option. Exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
