package org.recourse.storage.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.recourse.storage.DataFolder;
import org.recourse.storage.StorageProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    DataFolder dataFolder(StorageProperties props) {
        try {
            Files.createDirectories(props.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + props.dataDir(), e);
        }
        return new DataFolder(props.dataDir());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(StorageProperties props, DataFolder folder) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("recourse");
        if (props.embedded()) {
            cfg.setJdbcUrl(SqliteUrl.of(folder.database()));
            // Writers queue on SQLite's single write lock (busy_timeout); a few connections let reads go on meanwhile.
            cfg.setMaximumPoolSize(4);
        } else {
            cfg.setJdbcUrl(props.dbUrl());
            cfg.setUsername(props.dbUser());
            cfg.setPassword(props.dbPassword());
            cfg.setMaximumPoolSize(10);
            // A JDBC batch of inserts goes to the server as multi-row INSERTs instead of one
            // statement per row (imports); nothing reads the per-row counts this gives up.
            cfg.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return new HikariDataSource(cfg);
    }
}
