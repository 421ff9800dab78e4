package org.recourse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentFilter;
import org.recourse.shared.InvalidInputException;
import org.recourse.support.Http;
import org.recourse.support.RecourseTest;
import org.recourse.support.TestAccounts;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.recourse.testimony.Consent;
import org.recourse.testimony.ConsentUse;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Autowired;

/** Reports on the fictional demo collection: consent, Korean in the PDF, progress, bad filters. */
@RecourseTest
class ReportsIntegrationTests {

    @Autowired Reports reports;
    @Autowired PersonRegistry persons;
    @Autowired TestimonyRegistry testimonies;
    @Autowired org.recourse.testimony.SourceRegistry sources;
    @Autowired IncidentCatalog incidents;
    @LocalServerPort int port;

    @Test
    void theReportsPageShowsTheReportInlineAndOffersThePdfAsADownload() {
        Http http = Http.loggedIn(port, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        assertThat(http.get("/reports").body()).contains("href=\"/reports\"", "report-form");
        String page = http.get("/reports?violation=sexual_violence&from=2000&to=2018&run=1&lang=ko").body();
        assertThat(page).contains("기록된 건수이며 발생률이 아닙니다", "<svg");
        java.net.http.HttpResponse<String> pdf = http.get("/reports/pdf?violation=sexual_violence&k=3");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains("recourse-report.pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(http.get("/reports?violation=nope&run=1").statusCode()).isEqualTo(422);
        java.net.http.HttpResponse<String> build = http.get("/reports/build?violation=sexual_violence");
        assertThat(build.statusCode()).isEqualTo(302);
        String job = build.headers().firstValue("Location").orElseThrow().replaceAll(".*/jobs/", "");
        String status = http.get("/jobs/" + job + "/status").body();
        for (int i = 0; i < 300 && status.contains("hx-trigger"); i++) {
            sleep(100);
            status = http.get("/jobs/" + job + "/status").body();
        }
        assertThat(status).contains("id=\"job-download\"");
        assertThat(http.get("/jobs/" + job + "/download").body()).startsWith("%PDF");
        assertThat(http.get("/reports/build?periods=2010-2001").statusCode()).isEqualTo(422);
    }

    @Test
    void aKoreanReportNamesItsKindsOfSourceInKoreanAndAnOpenYearRangeAsAll() {
        Http http = Http.loggedIn(port, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);

        String ko = http.get("/reports?run=1&lang=ko").body();
        String en = http.get("/reports?run=1&lang=en").body();

        assertThat(ko).containsPattern("출처: \\d+개 \\([^)]*\\d+ 면담").doesNotContainPattern("\\d+ interview")
                .doesNotContain("... - ...");
        assertThat(en).containsPattern("Sources: \\d+ \\([^)]*\\d+ interview");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theReportFormTakesCustomPeriodsAndASourceAndNamesWhatItCannotRead() {
        Http http = Http.loggedIn(port, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        String source = sources.all().get(0).id().toString();
        String page = http.get("/reports?periods=1990-2004,2005-2024&source=" + source + "&run=1").body();
        assertThat(page).contains("1990-2004", "2005-2024").contains("value=\"" + source + "\" selected");
        java.net.http.HttpResponse<String> bad = http.get("/reports?periods=2010-2001&run=1");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("the period 2010-2001 ends before it starts");
    }

    @Test
    void passagesOfSpeakersWithoutQuotationConsentNeverAppearAndWithdrawingConsentRemovesThem() throws Exception {
        List<String> unconsented = quotesBy(false);
        assertThat(unconsented).as("the demo has speakers without quotation consent").isNotEmpty();
        String html = reports.html(ReportRequest.all(Locale.ENGLISH), ReportProgress.NONE);
        String pdf = pdfText(ReportRequest.all(Locale.ENGLISH));
        for (String q : unconsented) {
            assertThat(html).doesNotContain(escape(q));
            assertThat(pdf.replaceAll("\\s+", " ")).doesNotContain(q.substring(0, Math.min(30, q.length())));
        }
        List<String> consented = quotesBy(true);
        String quoted = consented.stream().filter(q -> html.contains(escape(q))).findFirst().orElseThrow();
        Person speaker = speakerOf(quoted);
        Consent consent = persons.consents(speaker.id()).stream()
                .filter(c -> c.use() == ConsentUse.QUOTATION && c.active()).findFirst().orElseThrow();
        persons.withdraw(consent.id());
        try {
            String after = reports.html(ReportRequest.all(Locale.ENGLISH), ReportProgress.NONE);
            assertThat(after).doesNotContain(escape(quoted)).doesNotContain(escape(speaker.pseudonym()));
        } finally {
            persons.grant(speaker.id(), "quotation", "");
        }
    }

    @Test
    void aSpeakerWhoConsentedToQuotationButNotToPublicationIsNeverQuoted() {
        List<String> consented = quotesBy(true);
        String html = reports.html(ReportRequest.all(Locale.ENGLISH), ReportProgress.NONE);
        String quoted = consented.stream().filter(q -> html.contains(escape(q))).findFirst().orElseThrow();
        Person speaker = speakerOf(quoted);
        Consent publication = persons.consents(speaker.id()).stream()
                .filter(c -> c.use() == ConsentUse.PUBLICATION && c.active()).findFirst().orElseThrow();
        persons.withdraw(publication.id());
        try {
            assertThat(persons.consents(speaker.id(), ConsentUse.QUOTATION, "")).isTrue();
            String after = reports.html(ReportRequest.all(Locale.ENGLISH), ReportProgress.NONE);
            assertThat(after).doesNotContain(escape(quoted)).doesNotContain(escape(speaker.pseudonym()));
        } finally {
            persons.grant(speaker.id(), "publication", "");
        }
    }

    @Test
    void theKoreanPdfCarriesKoreanTextInTheEmbeddedFont() throws Exception {
        ReportRequest ko = new ReportRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.of(3), Locale.KOREAN, List.of());
        List<String> stages = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.pdf(ko, (stage, done, total) -> stages.add(stage), out);
        assertThat(stages).contains("incidents", "pdf");
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).doesNotContain("\u0000");
            assertThat(text).contains("기록된 인권 침해", "방법", "강제 알몸 수색", "합계");
            Path png = Path.of("target/report-ko-page1.png");
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 60), "png", png.toFile());
            assertThat(Files.size(png)).isPositive();
        }
    }

    @Test
    void unknownCodesAreRejectedByName() {
        ReportRequest bad = new ReportRequest(Optional.of("no_such_violation"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.of(1), Locale.ENGLISH, List.of());
        assertThatThrownBy(() -> reports.html(bad, ReportProgress.NONE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no_such_violation").hasMessageContaining("k");
    }

    private String pdfText(ReportRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.pdf(request, ReportProgress.NONE, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).replace('\u0000', ' ');
        }
    }

    /** The coded passages whose speakers do (or do not) have an active quotation consent. */
    private List<String> quotesBy(boolean consented) {
        List<String> out = new ArrayList<>();
        incidents.listAll(IncidentFilter.ALL).forEach(s -> incidents.detail(s.incident().id()).passages().forEach(p -> {
            Optional<Person> speaker = testimonies.find(p.testimonyId()).flatMap(t -> t.speakerId()).flatMap(persons::find);
            boolean ok = speaker.isPresent() && persons.consents(speaker.get().id(), ConsentUse.QUOTATION, "")
                    && persons.consents(speaker.get().id(), ConsentUse.PUBLICATION, "");
            if (ok == consented) {
                out.add(p.quoted());
            }
        }));
        if (!consented) {
            // Other tests in the shared application code the same words (or a part of them) for a
            // consenting speaker, and short payloads that other fields of the report repeat: only
            // distinctive words no consenting speaker said can prove anything here.
            List<String> quotable = quotesBy(true);
            out.removeIf(q -> q.length() < 20 || quotable.stream().anyMatch(c -> c.contains(q)));
        }
        return out;
    }

    private Person speakerOf(String quoted) {
        for (var s : incidents.listAll(IncidentFilter.ALL)) {
            for (var p : incidents.detail(s.incident().id()).passages()) {
                if (p.quoted().equals(quoted)) {
                    return testimonies.find(p.testimonyId()).flatMap(t -> t.speakerId()).flatMap(persons::find).orElseThrow();
                }
            }
        }
        throw new AssertionError("no passage");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
