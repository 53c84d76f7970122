package org.cxm.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.cxm.demo.DemoException;
import org.cxm.history.StoreLocation;

/**
 * The directory a demo lives in: the two source databases ({@code sources/}), the customer history
 * ({@code store/}), the demo model ({@code demo.cxm}) and, written last, {@code demo.properties}, which says
 * that the demo is complete and what it holds. Without that file, whatever else is there is the leftover of an
 * interrupted run. Only these names are ever created or deleted.
 */
final class DemoDirectory {

    /** What a complete demo holds; {@code format} changes when the demo's content does. */
    record Marker(int format, int customers, Instant created, String customer, String customerName) {
    }

    /** Raised with every change to what a demo holds, so that older demos are created anew. */
    static final int FORMAT = 1;

    private static final String MARKER = "demo.properties";

    private static final Set<String> OWN = Set.of("sources", "store", "demo.cxm", MARKER, MARKER + ".tmp");

    private final Path root;

    private DemoDirectory(Path root) {
        this.root = root;
    }

    /**
     * The demo directory {@code directory}, created if missing. It must be writable and hold nothing but what a
     * demo holds, so that starting over never deletes anything else.
     */
    static DemoDirectory open(Path directory) throws DemoException {
        Path root = directory.toAbsolutePath().normalize();
        if (root.toString().contains(";")) {
            throw new DemoException("Cannot use " + root + " for the demo: a JDBC URL cannot name a path with ';'");
        }
        try {
            Files.createDirectories(root);
        } catch (FileAlreadyExistsException e) {
            throw new DemoException("Cannot create the demo in " + root + ": " + e.getFile() + " is a file, not a"
                    + " directory", e);
        } catch (IOException e) {
            throw new DemoException("Cannot create the demo directory " + root + ": " + reason(e), e);
        }
        if (!Files.isWritable(root)) {
            throw new DemoException("Cannot create the demo in " + root + ": the directory is not writable");
        }
        try (Stream<Path> entries = Files.list(root)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString()).filter(name -> !OWN.contains(name))
                    .sorted().toList();
            if (!foreign.isEmpty()) {
                throw new DemoException(root + " holds other files than a CXM demo (" + String.join(", ", foreign)
                        + "); give a new or empty directory with --dir");
            }
        } catch (IOException e) {
            throw new DemoException("Cannot read the demo directory " + root + ": " + reason(e), e);
        }
        return new DemoDirectory(root);
    }

    Path root() {
        return root;
    }

    Path model() {
        return root.resolve("demo.cxm");
    }

    StoreLocation store() {
        return StoreLocation.embedded(root.resolve("store"));
    }

    /** The JDBC URL of the SuiteCRM database; {@code existing}: fail rather than create an empty one. */
    String suiteCrmUrl(boolean existing) {
        return url("suitecrm", "MODE=MySQL;DATABASE_TO_LOWER=TRUE", existing);
    }

    /** The JDBC URL of the Odoo database; {@code existing}: fail rather than create an empty one. */
    String odooUrl(boolean existing) {
        return url("odoo", "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", existing);
    }

    private String url(String name, String settings, boolean existing) {
        return "jdbc:h2:file:" + root.resolve("sources").resolve(name) + ";" + settings
                + (existing ? ";IFEXISTS=TRUE" : "");
    }

    /** Whether the demo has a customer-history store, complete or not. */
    boolean hasStore() {
        return Files.isRegularFile(root.resolve("store/history.mv.db"));
    }

    /** Whether the databases and the model of a complete demo are all there. */
    boolean hasFiles() {
        return Files.isRegularFile(model()) && Files.isRegularFile(root.resolve("sources/suitecrm.mv.db"))
                && Files.isRegularFile(root.resolve("sources/odoo.mv.db"))
                && Files.isRegularFile(root.resolve("store/history.mv.db"));
    }

    /** What the complete demo here holds, if there is one. */
    Optional<Marker> marker() {
        Path file = root.resolve(MARKER);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return Optional.of(new Marker(Integer.parseInt(properties.getProperty("format", "0")),
                    Integer.parseInt(properties.getProperty("customers", "0")),
                    Instant.parse(properties.getProperty("created", "")), properties.getProperty("customer"),
                    properties.getProperty("customerName")));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Marks the demo complete. The file is written beside and moved into place in one step, so that it is
     * either absent or whole. The store and model lines are for scripts that open the demo in the UI: the
     * store as its directory, the form {@code cxm --store} and the workbench's {@code -store} both read.
     */
    void complete(Marker marker) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", String.valueOf(marker.format()));
        properties.setProperty("customers", String.valueOf(marker.customers()));
        properties.setProperty("created", marker.created().toString());
        properties.setProperty("customer", marker.customer());
        properties.setProperty("customerName", marker.customerName());
        properties.setProperty("store", root.resolve("store").toString());
        properties.setProperty("model", model().toString());
        Path temporary = root.resolve(MARKER + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, "A complete CXM demo (cxm demo); delete this directory to start over");
        }
        Files.move(temporary, root.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes everything a demo holds here, the marker first, so that an interrupted clear is no demo. */
    void clear() throws IOException {
        Files.deleteIfExists(root.resolve(MARKER));
        for (String name : List.of(MARKER + ".tmp", "demo.cxm", "store", "sources")) {
            deleteTree(root.resolve(name));
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path file : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
