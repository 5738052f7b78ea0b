package descent.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step of the offline site: writes the build's id and the list of the site's files into the service
 * worker ({@code sw.js}), which precaches those files under a cache named by that id.
 *
 * <p>The id is a digest of every file of the site (paths and bytes, and the worker's own code), so any changed
 * byte gives a new id and thus a new worker, which the browser installs as an update; an unchanged rebuild
 * gives the same id and does not bother visitors with a pointless "new version" prompt. Run by {@code mvn
 * package} after the compiled scripts are in place; JVM only.
 */
public final class SiteStamp {
    static final String WORKER = "sw.js";
    private static final Pattern BUILD_LINE = Pattern.compile("(?m)^const BUILD_ID = .*; // @build-id$");
    private static final Pattern FILES_LINE = Pattern.compile("(?ms)^const FILES = \\[.*?\\]; // @files$");

    private SiteStamp() {
    }

    /** What was written: the build id and the precached files, relative to the site, sorted. */
    public record Stamp(String buildId, List<String> files) {
    }

    /**
     * Stamps {@code site/sw.js}.
     *
     * @param site    the built site
     * @param exclude site-relative paths not to precache (files shipped only for the README, for instance)
     */
    public static Stamp stamp(Path site, Set<String> exclude) throws IOException {
        Path worker = site.resolve(WORKER);
        String code = Files.readString(worker, StandardCharsets.UTF_8);
        if (!BUILD_LINE.matcher(code).find() || !FILES_LINE.matcher(code).find()) {
            throw new IOException(worker + " lacks the lines `const BUILD_ID = …; // @build-id` and `const FILES = …; // @files`");
        }
        List<String> files = files(site, exclude);
        MessageDigest digest = sha256();
        // The worker's code without the stamped values, so that stamping twice gives the same id.
        digest.update(stampWith(code, "", List.of()).getBytes(StandardCharsets.UTF_8));
        for (String file : files) {
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(site.resolve(file)));
            digest.update((byte) 0);
        }
        String id = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        Files.writeString(worker, stampWith(code, id, files), StandardCharsets.UTF_8);
        return new Stamp(id, files);
    }

    /** Every regular file of the site but the worker itself and {@code exclude}, as sorted relative paths. */
    static List<String> files(Path site, Set<String> exclude) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p)) {
                    String relative = site.relativize(p).toString().replace('\\', '/');
                    if (!relative.equals(WORKER) && !exclude.contains(relative)) {
                        files.add(relative);
                    }
                }
            }
        }
        files.sort(null);
        return files;
    }

    static String stampWith(String code, String id, List<String> files) {
        StringBuilder list = new StringBuilder("[");
        for (String file : files) {
            list.append(list.length() == 1 ? "\n  " : ",\n  ").append(quote(file));
        }
        list.append(files.isEmpty() ? "]" : "\n]");
        String withId = BUILD_LINE.matcher(code)
                .replaceFirst(Matcher.quoteReplacement("const BUILD_ID = " + quote(id) + "; // @build-id"));
        return FILES_LINE.matcher(withId)
                .replaceFirst(Matcher.quoteReplacement("const FILES = " + list + "; // @files"));
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code java -cp target/classes descent.serve.SiteStamp SITE [EXCLUDED_PATH...]} */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SiteStamp SITE_FOLDER [PATH_NOT_TO_PRECACHE...]");
            System.exit(2);
        }
        Stamp stamp = stamp(Path.of(args[0]), Set.copyOf(List.of(args).subList(1, args.length)));
        System.out.println("Service worker: build " + stamp.buildId() + ", " + stamp.files().size() + " files precached.");
    }
}
