package org.recourse.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one folder that holds everything of an installation: database, index, files, keys. */
public record DataFolder(Path root) {

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    /** The embedded SQLite database file (used when no PostgreSQL URL is set). */
    public Path database() {
        return root.resolve("recourse.db");
    }

    /** A sub-folder, created when missing. */
    public Path folder(String name) {
        Path p = root.resolve(name);
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder " + name + " in the data folder", e);
        }
        return p;
    }
}
