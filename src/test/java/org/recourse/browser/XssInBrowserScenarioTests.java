package org.recourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.support.Browser;
import org.recourse.support.RecourseTest;
import org.recourse.support.TestAccounts;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Stored and reflected XSS in a real browser: a payload goes into every text field of every
 * form users type into (collected from the forms themselves, so a new field is covered without
 * changing this test), then every page showing it is opened. No payload may run (no
 * {@code window.__xss}, no alert), none may even reach the parser as markup (no CSP violation:
 * escaping, not only the policy, stops it), and the payload is shown as text.
 */
@RecourseTest
@Tag(Browser.TAG)
class XssInBrowserScenarioTests {

    /** Script tag, event handlers, attribute break-outs, an htmx attribute, template syntax, a javascript: URL. */
    static final String PAYLOAD = "\"'><script>__xss=1</script><img src=x onerror=__xss=2><svg onload=__xss=3>{{7*7}}"
            + " hx-get=/logout javascript:alert(4)";
    /** For fields shorter than the payload. */
    static final String SHORT = "<svg onload=alert()>";
    static final String SHOWN = "<script>__xss=1</script>";
    static final Map<String, Object> DATES = Map.of("date", "2004", "obtainedOn", "2004", "recordedOn", "2019");

    private static final String FILL = """
            const form = arguments[0], payload = arguments[1], short = arguments[2], overrides = arguments[3];
            const typed = ['text', 'search', 'url', 'email', 'tel'];
            const filled = [];
            for (const el of form.querySelectorAll('input, textarea, select')) {
              if (el.name in overrides) { el.value = overrides[el.name]; continue; }
              const type = (el.getAttribute('type') || 'text').toLowerCase();
              if (el.tagName === 'SELECT' || (el.tagName === 'INPUT' && !typed.includes(type))) continue;
              el.value = el.maxLength > 0 && el.maxLength < payload.length ? short.substring(0, el.maxLength) : payload;
              filled.push(el.name);
            }
            const box = form.querySelector('input[type=checkbox]');
            if (box && !form.querySelector('input[type=checkbox]:checked')) box.checked = true;
            return filled;""";

    private static ChromeDriver driver;
    private static final List<String> FIELDS = new ArrayList<>();

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        Browser.requireInstalled();
        driver = Browser.start();
        // Runs before any page script in every document: records CSP violations, which a
        // payload parsed as markup would cause even where the policy then blocks it.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__csp = [];
                document.addEventListener('securitypolicyviolation',
                  e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));"""));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void payloadsInEveryTextFieldNeverRunAndAreShownAsText() {
        logIn();
        String source = post("/sources", "#source-form", Map.of("kind", "INTERVIEW"), "/sources/");
        String person = post("/persons", "form[action$='/persons']", Map.of(), "/persons/");
        post(person, "form[action$='/consents']", Map.of("use", "SHARING"), "/persons/");
        String testimony = post("/testimonies/new?source=" + id(source), "#testimony-form", Map.of("language", "en"),
                "/testimonies/");
        String incident = code(testimony);
        post(incident, "form[action$='/responses']", Map.of(), "/incidents/");
        post(incident, "form[action$='" + id(incident) + "']", Map.of(), "/incidents/");
        post("/vocabulary/violation", "form[action$='/vocabulary/violation']", Map.of("code", "xss_probe"),
                "/vocabulary/violation");
        post("/vocabulary/violation/xss_probe", "form[action$='/xss_probe']", Map.of(), "/vocabulary/violation/xss_probe");
        open("/estimates");
        submit("#estimate-collection", Map.of()); // a filter of codes: refused, and the refusal shows the payload
        open("/search");
        submit("#search-form", Map.of()); // posted; the results page (by token) repeats the query
        for (String[] get : new String[][] {{"/reports", "#report-form"},
                {"/incidents", "#incident-filter"}, {"/exchange", "#exchange-export"}}) {
            get(get[0], get[1]);
        }
        get("/exchange", "#exchange-export", "/exchange/check");

        for (String page : List.of(source, source + "/history", person, person + "/history", testimony,
                testimony + "/history", incident, incident + "/history", "/vocabulary/violation/xss_probe")) {
            open(page);
            assertThat(driver.findElement(By.tagName("main")).getText()).as(page).contains(SHOWN);
        }
        for (String page : List.of("/", "/sources", "/persons", "/testimonies", "/incidents", "/vocabulary/violation",
                "/review", "/reports?run=1", "/exchange", "/estimates", "/search?q=FICTIONAL")) {
            open(page);
        }
        assertThat(FIELDS).contains("title", "obtainedBy", "howObtained", "notes", "pseudonym", "gender", "ageBand",
                "occupation", "departurePeriod", "province", "partner", "body", "translation", "interviewer", "facility",
                "summary", "description", "labelEn", "labelKo", "synonyms", "q", "periods");
    }

    /** Codes the first characters of the testimony as an act of a new incident whose fields carry the payload. */
    private String code(String testimony) {
        return post(testimony, "#code-form", Map.of("start", "0", "end", "5", "part", "body", "violation", "rape",
                "perpetratorType", "police", "incidentId", ""), "/testimonies/", () -> {
                    WebElement link = driver.findElement(By.cssSelector("a[href^='/incidents/']:not([href='/incidents/'])"));
                    return link.getAttribute("href").replace(url(""), "");
                });
    }

    private String post(String page, String form, Map<String, Object> overrides, String landing) {
        return post(page, form, overrides, landing, () -> driver.getCurrentUrl().replace(url(""), "").replaceAll("\\?.*", ""));
    }

    /**
     * Fills the form with the payload and submits it; a form refused for some fields (the payload
     * is no date, or longer than the field allows) is checked as re-rendered, then sent again with
     * a valid date or the short payload in those fields.
     */
    private String post(String page, String form, Map<String, Object> overrides, String landing,
            java.util.function.Supplier<String> result) {
        open(page);
        submit(form, overrides);
        if (!driver.findElements(By.cssSelector(".problems")).isEmpty()) {
            java.util.Map<String, Object> fixed = new java.util.HashMap<>(overrides);
            driver.findElements(By.cssSelector(".problems [data-field]")).stream()
                    .map(c -> c.getAttribute("data-field").substring(c.getAttribute("data-field").lastIndexOf('.') + 1))
                    .forEach(name -> fixed.putIfAbsent(name, DATES.getOrDefault(name, SHORT)));
            submit(form, fixed);
        }
        assertThat(driver.findElements(By.cssSelector(".problems"))).as(form + " accepted").isEmpty();
        assertThat(driver.getCurrentUrl()).contains(landing);
        return result.get();
    }

    private void submit(String form, Map<String, Object> overrides) {
        WebElement f = driver.findElement(By.cssSelector(form));
        record(driver.executeScript(FILL, f, PAYLOAD, SHORT, overrides));
        driver.executeScript("arguments[0].requestSubmit()", f);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(f));
        assertClean();
    }

    /** A GET form: its filled fields become the query, as the browser would send them (htmx not involved). */
    private void get(String page, String form) {
        get(page, form, null);
    }

    private void get(String page, String form, String action) {
        open(page);
        WebElement f = driver.findElement(By.cssSelector(form));
        record(driver.executeScript(FILL, f, PAYLOAD, SHORT, Map.of()));
        String query = (String) driver.executeScript(
                "return new URLSearchParams(new FormData(arguments[0])).toString()", f);
        open((action == null ? f.getAttribute("action").replace(url(""), "") : action) + "?" + query);
    }

    @SuppressWarnings("unchecked")
    private static void record(Object filled) {
        FIELDS.addAll((List<String>) filled);
    }

    private void open(String path) {
        driver.get(url(path));
        assertClean();
    }

    private static void assertClean() {
        String where = driver.getCurrentUrl();
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert opened on " + where);
        } catch (NoAlertPresentException expected) {
            // no alert: nothing ran
        }
        assertThat(driver.executeScript("return typeof window.__xss")).as("script ran on " + where).isEqualTo("undefined");
        assertThat(driver.executeScript("return window.__csp || []")).as("CSP violations on " + where)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
        assertThat(driver.findElements(By.cssSelector("[onerror], [onload], [hx-get='/logout'], a[href^='javascript:']")))
                .as("payload markup in the DOM of " + where).isEmpty();
        assertThat(driver.getTitle()).doesNotContain("49");
    }

    private void logIn() {
        driver.get(url("/login?lang=en"));
        driver.findElement(By.id("username")).sendKeys(TestAccounts.ADMIN);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.ADMIN_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url("/")));
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
