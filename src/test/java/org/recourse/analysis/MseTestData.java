package org.recourse.analysis;

import java.io.StringReader;
import java.nio.file.Path;

/** The shared evaluation tables (../shared/data/mse, never copied into the repository) and small inline tables. */
final class MseTestData {

    private static final MultipleSystemsEstimation MSE = new MultipleSystemsEstimation();

    private MseTestData() {
    }

    static Path dir() {
        String env = System.getenv("RECOURSE_SHARED_DATA");
        return Path.of(env == null || env.isBlank() ? "../shared/data" : env).resolve("mse");
    }

    static CaptureTable table(String file) {
        return MSE.readTable(dir().resolve(file));
    }

    static CaptureTable inline(String name, String csv) {
        return MSE.readTable(new StringReader(csv), name);
    }
}
