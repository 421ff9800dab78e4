package org.recourse.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import org.recourse.storage.DataFolder;
import org.springframework.stereotype.Service;

/** Whether this installation holds the fictional demo data, so every page can say so. */
@Service
public class DemoStatus {

    static final String MARKER = "demo-data-loaded";

    private final Path marker;

    DemoStatus(DataFolder folder) {
        this.marker = folder.root().resolve(MARKER);
    }

    public boolean loaded() {
        return Files.exists(marker);
    }

    /** Notes that the demo data set is in this data folder. */
    public void markLoaded() {
        try {
            Files.writeString(marker, "The fictional demo data set was loaded into this data folder.\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the demo marker in the data folder", e);
        }
    }
}
