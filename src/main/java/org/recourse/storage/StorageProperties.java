package org.recourse.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code recourse.storage.*}: the data folder, and optionally a PostgreSQL server.
 * An empty {@code dbUrl} means the embedded SQLite database in the data folder.
 */
@ConfigurationProperties("recourse.storage")
public record StorageProperties(Path dataDir, String dbUrl, String dbUser, String dbPassword) {

    public StorageProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        dbUrl = dbUrl == null ? "" : dbUrl.strip();
        dbUser = dbUser == null ? "" : dbUser;
        dbPassword = dbPassword == null ? "" : dbPassword;
    }

    public boolean embedded() {
        return dbUrl.isEmpty();
    }
}
