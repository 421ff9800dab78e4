package org.recourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.support.Browser;
import org.recourse.support.RecourseTest;
import org.recourse.support.TestAccounts;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person in a real browser: logs in, records a source and a testimony, selects a passage,
 * codes it as an act, finds the incident through a filter, and switches the UI to Korean.
 */
@RecourseTest
@Tag(Browser.TAG)
class CodingInBrowserScenarioTests {

    private static final String TEXT = "We were taken back across the river in the spring of 2009.\n"
            + "At the holding centre a guard made every woman undress for a search, and laughed. (fictional)";
    private static final String PASSAGE = "a guard made every woman undress for a search";

    private static ChromeDriver driver;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        Browser.requireInstalled();
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aCoderRecordsSelectsCodesAndFindsAnIncidentThenReadsItInKorean() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        logIn();

        open("/sources");
        driver.findElement(By.name("title")).sendKeys("Browser scenario interviews (fictional)");
        new Select(driver.findElement(By.name("kind"))).selectByValue("INTERVIEW");
        driver.findElement(By.cssSelector("#source-form button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-testimony"))).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("testimony-form")));
        driver.findElement(By.name("title")).sendKeys("Return in spring (fictional)");
        new Select(driver.findElement(By.name("language"))).selectByValue("en");
        driver.findElement(By.name("body")).sendKeys(TEXT);
        driver.findElement(By.cssSelector("#testimony-form button[type=submit]")).click();

        WebElement transcript = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transcript-body")));
        driver.findElement(By.cssSelector(".use-suggestion[data-value=pretrial_detention]")).click();
        assertThat(new Select(driver.findElement(By.name("locationType"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("pretrial_detention");
        assertThat(driver.findElement(By.id("selection-preview")).getText()).isEqualToIgnoringCase("holding centre");
        select(transcript, TEXT.indexOf(PASSAGE), TEXT.indexOf(PASSAGE) + PASSAGE.length());
        wait.until(ExpectedConditions.textToBe(By.id("selection-preview"), PASSAGE));

        new Select(driver.findElement(By.name("violation"))).selectByValue("invasive_body_search");
        new Select(driver.findElement(By.name("perpetratorType"))).selectByValue("detention_guard");
        driver.findElement(By.name("title")).sendKeys("Strip search after return (browser scenario)");
        driver.findElement(By.name("date")).sendKeys("2009");
        new Select(driver.findElement(By.name("country"))).selectByValue("north_korea");
        driver.findElement(By.id("code-submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coded-notice")));
        assertThat(driver.findElement(By.cssSelector("#transcript-body mark")).getText()).isEqualTo(PASSAGE);

        open("/incidents");
        new Select(driver.findElement(By.name("violation"))).selectByValue("invasive_body_search");
        wait.until(ExpectedConditions.urlContains("violation=invasive_body_search"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Strip search after return"));
        new Select(driver.findElement(By.name("perpetrator"))).selectByValue("broker");
        wait.until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Strip search after return")));
        new Select(driver.findElement(By.name("perpetrator"))).selectByValue("official");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Strip search after return"));

        driver.findElement(By.id("lang-ko")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "사건"));
        assertThat(driver.findElement(By.cssSelector("header.top nav")).getText()).contains("증언", "출처");
        assertThat(driver.findElement(By.id("results")).getText()).contains("Strip search after return");
    }

    @Test
    void rejectingASuggestionOrARefusedCodingKeepsWhatTheCoderHasFilledIn() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        logIn();
        open(testimony("Return in spring, kept form (fictional)", TEXT));

        driver.findElement(By.cssSelector(".use-suggestion[data-value=pretrial_detention]")).click();
        new Select(driver.findElement(By.name("violation"))).selectByValue("invasive_body_search");
        WebElement date = driver.findElement(By.cssSelector(".use-suggestion[data-field=date]"));
        date.findElement(By.xpath("following-sibling::form//button")).click();
        wait.until(ExpectedConditions.stalenessOf(date));

        assertThat(driver.findElements(By.cssSelector(".use-suggestion[data-field=date]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".use-suggestion[data-value=pretrial_detention]"))).isNotEmpty();
        assertThat(new Select(driver.findElement(By.name("violation"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("invasive_body_search");
        assertThat(new Select(driver.findElement(By.name("locationType"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("pretrial_detention");

        driver.findElement(By.id("code-submit")).click(); // a new incident without a title is refused
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problems")));
        assertThat(driver.findElement(By.id("selection-preview")).getText()).isEqualToIgnoringCase("holding centre");
    }

    @Test
    void onAPhoneEveryMainPageFitsTheScreenWidthAndKoreanTextHasAFont() {
        logIn();
        String address = "https://example.invalid/fictional/" + "x".repeat(90);
        String reader = testimony("A long address " + address, "(Fictional.) She sent " + address + " to the office.");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String path : new String[] {"/?lang=ko", "/search?q=guard", "/incidents", "/exchange", "/reports?run=1",
                    "/review", "/persons", "/sources", "/testimonies", reader, "/search?q=office"}) {
                open(path);
                Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow).as(path).isLessThanOrEqualTo(0L);
            }
            Object hangul = ((JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    document.fonts.load('16px "Recourse Hangul"', '한국어').then(f => done(f.length > 0
                        && document.fonts.check('16px "Recourse Hangul"', '한국어')), () => done(false));""");
            assertThat(hangul).as("the Hangul font loads (or is the system's)").isEqualTo(true);
            open("/?lang=ko");
            assertThat(navigationDrawnWithoutBoxes()).as("the menu's Hangul drawn with a font that has it").isTrue();
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
            open("/?lang=en");
        }
    }

    /**
     * Whether the first menu link's Hangul is drawn by a font that has it: when the shipped face had to be
     * downloaded (no system font had Hangul), some of the link's glyphs must come from it, not all from the
     * Latin font's empty boxes.
     */
    private boolean navigationDrawnWithoutBoxes() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.fonts.status === 'loaded';"));
        Boolean shipped = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return [...document.fonts].some(f => f.family.replace(/\"/g, '') === 'Recourse Hangul' && f.status === 'loaded');");
        if (!shipped) {
            return true; // the system's own Korean font drew it
        }
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.documentElement.classList.contains('hangul-loaded');"));
        driver.executeCdpCommand("DOM.enable", java.util.Map.of());
        driver.executeCdpCommand("CSS.enable", java.util.Map.of());
        Object root = ((java.util.Map<?, ?>) driver.executeCdpCommand("DOM.getDocument", java.util.Map.of())).get("root");
        Object rootId = ((java.util.Map<?, ?>) root).get("nodeId");
        Object link = driver.executeCdpCommand("DOM.querySelector", java.util.Map.of("nodeId", rootId,
                "selector", "header.top nav a")).get("nodeId");
        java.util.List<?> fonts = (java.util.List<?>) driver.executeCdpCommand("CSS.getPlatformFontsForNode",
                java.util.Map.of("nodeId", link)).get("fonts");
        return fonts.stream().anyMatch(f -> Boolean.TRUE.equals(((java.util.Map<?, ?>) f).get("isCustomFont")));
    }

    /** A testimony recorded through the form, in the first source; returns its reader's path. */
    private String testimony(String title, String text) {
        open("/testimonies/new?lang=en");
        new Select(driver.findElement(By.name("sourceId"))).selectByIndex(1);
        driver.findElement(By.name("title")).sendKeys(title);
        new Select(driver.findElement(By.name("language"))).selectByValue("en");
        driver.findElement(By.name("body")).sendKeys(text);
        driver.findElement(By.cssSelector("#testimony-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("transcript-body")));
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    private void logIn() {
        open("/login?lang=en");
        driver.findElement(By.id("username")).sendKeys(TestAccounts.ADMIN);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.ADMIN_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url("/")));
    }

    /** Selects [start, end) of the transcript's text, as a mouse would, and lets go of the button. */
    private static void select(WebElement transcript, int start, int end) {
        ((JavascriptExecutor) driver).executeScript("""
                const node = arguments[0].firstChild;
                const range = document.createRange();
                range.setStart(node, arguments[1]);
                range.setEnd(node, arguments[2]);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));""", transcript, start, end);
    }

    private void open(String path) {
        driver.get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
