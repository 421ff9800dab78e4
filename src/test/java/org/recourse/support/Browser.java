package org.recourse.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium, headless, driven through Debian's chromedriver (nothing downloaded). */
public final class Browser {

    /** The JUnit tag of the browser tests: they run on SQLite only (the pages' SQL runs on PostgreSQL through the HTTP tests). */
    public static final String TAG = "browser";

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    /** Skips without Chromium, except under CI, where a missing browser fails the run. */
    public static void requireInstalled() {
        if (CHROMIUM.canExecute() && DRIVER.canExecute()) {
            return;
        }
        String message = "Chromium is not installed (/usr/bin/chromium, /usr/bin/chromedriver): run .ci/run or "
                + "apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message);
    }

    public static ChromeDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("recourse-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
