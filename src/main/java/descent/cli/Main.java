package descent.cli;

import java.io.PrintStream;

/**
 * The command-line tool (JVM only): {@code java -cp target/classes descent.cli.Main <command> [options]}.
 *
 * <p>A dispatcher on the first argument; each command is a class of this package. Commands: {@code trace}
 * ({@link TraceCommand}) and {@code layers} ({@code LayersCommand}). Exit codes: 0 success, 2 a command line that cannot be run (one line on stderr).
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "usage: java -cp target/classes descent.cli.Main <command> [options]",
            "",
            "commands:",
            "  trace   print an optimizer's trajectory on a 2D surface as CSV (step,x,y,loss)",
            "  layers  print per-layer statistics of a network at initialization as CSV",
            "",
            "run a command with --help for its options.");

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command line, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("descent: missing command (trace, layers); --help for usage");
            return 2;
        }
        String command = args[0];
        String[] rest = new String[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        try {
            switch (command) {
                case "layers": return LayersCommand.run(rest, out, err);
                case "trace":
                    return TraceCommand.run(rest, out, err);
                case "help":
                case "--help":
                case "-h":
                    out.println(USAGE);
                    return 0;
                default:
                    throw new UsageException("unknown command '" + command + "' (commands: trace, layers)");
            }
        } catch (UsageException e) {
            err.println(("trace".equals(command) ? "descent trace: " : "descent: ") + e.getMessage());
            return 2;
        }
    }
}
