package org.recourse.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.cli.Cli;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.PerpetratorForm;
import org.recourse.shared.InvalidInputException;
import org.recourse.support.Markers;
import org.recourse.support.TestDatabase;
import org.recourse.testimony.Consent;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Exports check each person's consent for that use inside the exchange module: internal
 * analysis for internal exports, sharing with the named partner otherwise. All data is fictional.
 */
@Tag(TestDatabase.APPLICATION_TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "recourse.storage.data-dir=target/test-data/exchange-${random.uuid}", "recourse.storage.db-url=",
        "recourse.exchange.max-bytes=200000"})
class ExportConsentIntegrationTests {

    static final String PARTNER = "UN panel (fictional)";

    @Autowired Exchange exchange;
    @Autowired Coding coding;
    @Autowired SourceRegistry sources;
    @Autowired PersonRegistry persons;
    @Autowired TestimonyRegistry testimonies;

    @TempDir Path dir;

    Person consenting;
    Person silent;
    Consent sharing;
    String consentingWords;
    String silentWords;
    String incidentTitle;

    @BeforeEach
    void twoSpeakersOneWhoConsented() {
        Source s = sources.record(new SourceForm("interview", "Consent source (fictional)", "", "", "", "", ""));
        consenting = person("Consenting");
        silent = person("Silent");
        persons.grant(consenting.id(), "internal_analysis", "");
        sharing = persons.grant(consenting.id(), "sharing", PARTNER);
        consentingWords = "FICTIONAL " + Markers.letters(16);
        silentWords = "FICTIONAL " + Markers.letters(16);
        incidentTitle = "Search at the holding centre " + Markers.letters(8) + " (fictional)";
        code(s, consenting, consentingWords, incidentTitle);
        code(s, silent, silentWords, incidentTitle + " 2");
    }

    @Test
    void anInternalExportKeepsConsentingPersonsAndLeavesOutOthersWithTheirPassagesButKeepsTheIncident() throws IOException {
        ExportResult r = export(ExportPurpose.internal());
        assertThat(r.json()).contains(consenting.pseudonym(), consentingWords, incidentTitle, incidentTitle + " 2")
                .doesNotContain(silent.pseudonym(), silentWords);
        assertThat(r.summary().personsLeftOut()).isGreaterThanOrEqualTo(1);
        assertThat(r.summary().passagesLeftOut()).isGreaterThanOrEqualTo(1);
        assertThat(r.summary().text()).contains("left out", "no active consent to internal analysis")
                .doesNotContain(silent.pseudonym());
    }

    @Test
    void aPartnerExportNeedsSharingWithThatPartnerNotAnother() throws IOException {
        assertThat(export(ExportPurpose.forPartner(PARTNER)).json()).contains(consenting.pseudonym(), consentingWords)
                .doesNotContain(silent.pseudonym(), silentWords);
        ExportResult wrong = export(ExportPurpose.forPartner("Another archive (fictional)"));
        assertThat(wrong.json()).doesNotContain(consenting.pseudonym(), consentingWords, silent.pseudonym())
                .contains(incidentTitle);
        assertThat(wrong.summary().text()).contains("no active consent to sharing with this partner");
    }

    @Test
    void aWithdrawnSharingConsentLeavesThePersonOutOfLaterExports() throws IOException {
        persons.withdraw(sharing.id());
        assertThat(export(ExportPurpose.forPartner(PARTNER)).json()).doesNotContain(consenting.pseudonym(), consentingWords);
        assertThat(export(ExportPurpose.internal()).json()).contains(consenting.pseudonym());
    }

    @Test
    void tablesLeaveTheVictimColumnsEmptyForPersonsWithoutConsent() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exchange.export(ExportFormat.CSV, Locale.ENGLISH, ExportPurpose.forPartner(PARTNER), csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).contains(consenting.pseudonym(), incidentTitle + " 2").doesNotContain(silent.pseudonym());
    }

    @Test
    void aPartnerExportWithoutAPartnerNameIsRefused() {
        assertThatThrownBy(() -> ExportPurpose.forPartner(" ")).isInstanceOf(InvalidInputException.class);
        assertThat(Cli.run(new String[] {"export", "--data", dir.resolve("d").toString(), "--format", "csv", "--out",
                dir.resolve("x.csv").toString(), "--partner", " "})).isEqualTo(2);
    }

    private ExportResult export(ExportPurpose purpose) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSummary summary = exchange.export(ExportFormat.JSON, Locale.ENGLISH, purpose, out);
        return new ExportResult(out.toString(StandardCharsets.UTF_8), summary);
    }

    private Person person(String name) {
        return persons.record(new PersonForm(name + "-" + Markers.letters(6), Set.of("INTERVIEWEE", "VICTIM"), "woman",
                "40s", "trader", "", ""));
    }

    private void code(Source s, Person speaker, String words, String title) {
        Testimony t = testimonies.record(new TestimonyForm(s.id().toString(), speaker.id().toString(), "Account (fictional)",
                "en", "She said: " + words + ".", "", "2019", ""));
        int start = t.body().indexOf(words);
        coding.codeAct(new CodeActForm(null, new IncidentForm(title, "", "2004", "", "", "", ""), t.id().toString(), "body",
                start, start + words.length(), "rape", speaker.id().toString(),
                List.of(new PerpetratorForm("police", null, "direct"))));
    }

    private record ExportResult(String json, ExportSummary summary) {
    }
}
