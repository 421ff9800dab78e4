package org.recourse.exchange;

import java.util.Locale;
import java.util.Optional;

/** The formats incidents can be exported in; {@code name} is what the CLI and the page use. */
public enum ExportFormat {
    CSV("csv", "text/csv", "csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JSON("json", "application/json", "json"),
    UWAZI_CSV("uwazi-csv", "text/csv", "csv");

    private final String key;
    private final String mediaType;
    private final String extension;

    ExportFormat(String key, String mediaType, String extension) {
        this.key = key;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static Optional<ExportFormat> named(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.key.equals(k)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return key;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
