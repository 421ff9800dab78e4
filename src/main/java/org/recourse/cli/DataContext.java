package org.recourse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.recourse.RecourseApplication;
import org.recourse.security.KeyRing;
import org.recourse.security.KeySource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Opens the application on a data folder, with or without the web server. */
final class DataContext {

    private DataContext() {
    }

    /**
     * The properties go in as command-line properties (above the environment and application.properties),
     * so they hold for this context only and do not leak into the next one in the same JVM.
     */
    static ConfigurableApplicationContext open(Args args, boolean web, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(extra);
        args.option("data").ifPresent(d -> props.put("recourse.storage.data-dir", d));
        checkKeys(props);
        SpringApplication app = new SpringApplication(RecourseApplication.class);
        app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        app.setDefaultProperties(Map.of());
        if (!web) {
            props.put("spring.main.banner-mode", "off");
            props.put("logging.level.root", "warn");
        }
        return app.run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    /**
     * Opens the application on a data folder that exists: a mistyped --data must not quietly make a new
     * collection (with a new administrator) and import into it or report on it. {@code serve} makes the
     * folder; so may the user, to start a new collection from an import.
     */
    static ConfigurableApplicationContext openExisting(Args args, Map<String, Object> extra) {
        Path dir = dataDir(args.option("data"));
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no data folder at " + dir + "; give --data the folder that ./recourse serve uses"
                    + " (or make an empty folder first to start a new collection)");
        }
        if (!isEmpty(dir)) {
            collection(args);
        }
        return open(args, false, extra);
    }

    /**
     * Opens the application on the data folder of an existing collection, for commands that read one
     * (report, export, audit, reindex): an empty or other folder is refused rather than made into a new
     * collection with a new administrator.
     */
    static ConfigurableApplicationContext openCollection(Args args, Map<String, Object> extra) {
        collection(args);
        return open(args, false, extra);
    }

    /** The data folder of an existing collection: it holds recourse.db or a keys folder. */
    static Path collection(Args args) {
        Path dir = dataDir(args.option("data"));
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no data folder at " + dir + "; give --data the folder that ./recourse serve uses");
        }
        if (!Files.isRegularFile(dir.resolve("recourse.db")) && !Files.isDirectory(dir.resolve("keys"))) {
            throw new UsageException(dir + " is not a Recourse data folder (no recourse.db, no keys folder); give --data"
                    + " the folder that ./recourse serve uses");
        }
        return dir;
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read the data folder " + dir + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Checks existing keys before Spring starts, so a wrong passphrase or a missing key file
     * stops the command before anything (database migrations included) touches the data folder.
     * New keys are made later, inside the application, which first checks the database.
     */
    private static void checkKeys(Map<String, Object> props) {
        KeySource source = KeySource.of(dataDir(props), System.getenv(), false);
        if (KeyRing.exist(source)) {
            KeyRing.open(source);
        }
    }

    private static Path dataDir(Map<String, Object> props) {
        return dataDir(java.util.Optional.ofNullable(props.get("recourse.storage.data-dir")).map(Object::toString));
    }

    /** --data DIR, else RECOURSE_DATA_DIR, else ./data: as application.properties says. */
    static Path dataDir(java.util.Optional<String> option) {
        if (option.isPresent()) {
            return Path.of(option.get());
        }
        String env = System.getenv("RECOURSE_DATA_DIR");
        return Path.of(env == null || env.isBlank() ? "data" : env);
    }
}
