package org.recourse.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code recourse.files.max-size}: the largest original file accepted (default 2 GiB). */
@ConfigurationProperties("recourse.files")
public record FilesProperties(DataSize maxSize) {

    public static final DataSize DEFAULT_MAX_SIZE = DataSize.ofGigabytes(2);

    public FilesProperties {
        maxSize = maxSize == null || maxSize.toBytes() <= 0 ? DEFAULT_MAX_SIZE : maxSize;
    }
}
