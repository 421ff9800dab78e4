package org.recourse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recourse.audit.AuditEntry;
import org.recourse.audit.AuditLog;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.CodedAct;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentDetail;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.IncidentSummary;
import org.recourse.coding.PerpetratorForm;
import org.recourse.coding.ReaderSuggestion;
import org.recourse.coding.Suggestions;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.ConsentUse;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.SeedUpdate;
import org.recourse.vocabulary.TermForm;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The record → code → find loop through the module APIs, on a real database. Subclasses run
 * it on SQLite and on PostgreSQL: one schema, one set of migrations, the same behaviour.
 * All texts are fictional, written for these tests.
 */
abstract class CodingLoopContract {

    static final String KOREAN = "집결소에 갇혀 있을 때 보안원이 밤마다 불러냈습니다.\r\n\"말하지 않으면 더 오래 갇힌다\"고 했어요. 😶  ";

    @Autowired SourceRegistry sources;
    @Autowired PersonRegistry persons;
    @Autowired TestimonyRegistry testimonies;
    @Autowired Coding coding;
    @Autowired IncidentCatalog incidents;
    @Autowired Vocabulary vocabulary;
    @Autowired AuditLog audit;
    @Autowired Suggestions suggestions;
    @Autowired org.recourse.coding.IncidentImports imports;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anImportStoresItsRecordsAsOneAuditedActionWhoseDigestVerifies() {
        // Quotes, commas, Korean, an empty summary and no location: what the inserts and the digest must keep exact.
        // Codes no other test here filters by, so the other tests' lists stay short.
        List<org.recourse.coding.IncidentImport> all = java.util.stream.IntStream.range(0, 7_000)
                .mapToObj(i -> new org.recourse.coding.IncidentImport(new IncidentForm("Imported \"night\", 보위부 " + i
                        + " (fictional)", i % 2 == 0 ? "" : "Summary, line " + i, "2004-0" + (1 + i % 9), i % 3 == 0 ? ""
                        : "market", "north_korea", "", ""), List.of(new org.recourse.coding.ActForm("forced_labour", null,
                        List.of(new PerpetratorForm("buyer", null, "direct"), new PerpetratorForm("broker", null, "complicit"))))))
                .toList();
        long head = audit.verify().headSeq();
        UUID importId = UUID.randomUUID();
        var stored = imports.store(new org.recourse.coding.IncidentFile(importId, "a".repeat(64), 7_000, all), done -> { });
        assertThat(stored.incidents()).isEqualTo(7_000);
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.verify().headSeq()).isEqualTo(head + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM involvements v JOIN acts a ON a.id = v.act_id WHERE a.import_id = :i")
                .param("i", importId.toString()).query(Long.class).single()).isEqualTo(14_000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM incidents WHERE import_id = :i AND location_type IS NULL AND summary = ''")
                .param("i", importId.toString()).query(Long.class).single()).isEqualTo(1_167);
        jdbc.sql("UPDATE incidents SET summary = 'changed' WHERE id = (SELECT MIN(id) FROM incidents WHERE import_id = :i)")
                .param("i", importId.toString()).update();
        assertThat(audit.verify().firstFailure()).map(f -> f.reason())
                .contains(org.recourse.audit.AuditFailure.Reason.IMPORT_MISMATCH);
        jdbc.sql("UPDATE incidents SET summary = '' WHERE id = (SELECT MIN(id) FROM incidents WHERE import_id = :i)")
                .param("i", importId.toString()).update();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void importedTextWithTabsNewlinesBackslashesAndKoreanIsStoredExactly() {
        // On PostgreSQL these rows go in through COPY's text format, where a tab, a newline, a
        // backslash and "\N" mean something: each must come back as written, and the digest verify.
        List<String> summaries = List.of("tab\there", "line one\nline two\r\nline three", "back\\slash \\N \\. \\t",
                "\\N", "\\.", "quote \" and 'single'", KOREAN, "", "trailing backslash \\");
        List<org.recourse.coding.IncidentImport> all = new java.util.ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) {
            all.add(new org.recourse.coding.IncidentImport(new IncidentForm("Awkward \\ title\t" + i + " 회령 (fictional)",
                    summaries.get(i), i % 2 == 0 ? "" : "2004", "", "", "Ryanggang\\N", ""), List.of(
                    new org.recourse.coding.ActForm("forced_labour", null, List.of(new PerpetratorForm("broker", null, "direct"))))));
        }
        long head = audit.verify().headSeq();
        UUID importId = UUID.randomUUID();
        imports.store(new org.recourse.coding.IncidentFile(importId, "b".repeat(64), summaries.size(), all), done -> { });

        List<String> stored = jdbc.sql("SELECT summary FROM incidents WHERE import_id = :i ORDER BY id")
                .param("i", importId.toString()).query(String.class).list();
        // Validation strips surrounding space (the Korean text ends in two), nothing else.
        assertThat(stored).containsExactlyElementsOf(summaries.stream().map(String::strip).toList());
        assertThat(stored.get(1)).contains("\r\n");
        assertThat(jdbc.sql("SELECT title FROM incidents WHERE import_id = :i ORDER BY id").param("i", importId.toString())
                .query(String.class).list()).first().isEqualTo("Awkward \\ title\t0 회령 (fictional)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM incidents WHERE import_id = :i AND date_from IS NULL AND location_type IS NULL"
                + " AND province = 'Ryanggang\\N'").param("i", importId.toString()).query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM acts WHERE import_id = :i AND victim_id IS NULL")
                .param("i", importId.toString()).query(Long.class).single()).isEqualTo(summaries.size());
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.verify().headSeq()).isEqualTo(head + 1);
    }

    @Test
    void aCodedPassageIsFoundAgainByEveryFilterThatMatchesIt() {
        Source source = source();
        Person speaker = person();
        Testimony t = testimony(source, speaker, KOREAN);
        int start = KOREAN.indexOf("보안원");
        CodedAct coded = coding.codeAct(new CodeActForm("", incidentForm("Night summons in a holding centre"),
                t.id().toString(), "body", start, start + 20, "sexual_exploitation", speaker.id().toString(),
                List.of(new PerpetratorForm("police", "", "direct"))));

        IncidentDetail detail = incidents.detail(coded.incidentId());
        assertThat(detail.passages()).singleElement().satisfies(p -> {
            assertThat(p.quoted()).isEqualTo(KOREAN.substring(start, start + 20));
            assertThat(p.testimonyId()).isEqualTo(t.id());
        });
        assertThat(detail.acts()).singleElement().satisfies(a -> assertThat(a.victimId()).contains(speaker.id()));

        assertThat(ids(filter("sexual_violence", null, null, null, null, null))).contains(coded.incidentId().value());
        assertThat(ids(filter(null, "official", null, null, null, null))).contains(coded.incidentId().value());
        assertThat(ids(filter(null, null, "detention", "north_korea", 2005, 2009))).contains(coded.incidentId().value());
        assertThat(ids(new IncidentFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(source.id())))).containsExactly(coded.incidentId().value());
        assertThat(ids(filter("trafficking", null, null, null, null, null))).doesNotContain(coded.incidentId().value());
        assertThat(ids(filter(null, null, null, "china", null, null))).doesNotContain(coded.incidentId().value());
        assertThat(ids(filter(null, null, null, null, 2010, 2012))).doesNotContain(coded.incidentId().value());
    }

    @Test
    void anIncidentToldByTwoTestimoniesListsBothSources() {
        Testimony first = testimony(source(), person(), "A guard searched all of us at the border post. (fictional)");
        Testimony second = testimony(source(), person(), "She also told of the search at the border post. (fictional)");
        CodedAct coded = coding.codeAct(new CodeActForm("", incidentForm("Search at a border post"), first.id().toString(),
                "body", 0, 20, "invasive_body_search", "", List.of(new PerpetratorForm("detention_guard", "", "direct"))));
        coding.linkPassage(coded.incidentId(), second.id().toString(), "body", 9, 30);

        IncidentSummary summary = incidents.list(filter("invasive_body_search", null, null, null, null, null)).stream()
                .filter(s -> s.incident().id().equals(coded.incidentId())).findFirst().orElseThrow();
        assertThat(summary.sources()).isEqualTo(2);
        assertThat(summary.passages()).isEqualTo(2);
    }

    @Test
    void theReaderSuggestsCodesFromTheThesaurusAndForgetsRejectedOnes() {
        String text = "At the border a soldier beat her with a rifle butt. (fictional)";
        Testimony t = testimony(source(), person(), text);
        List<ReaderSuggestion> found = suggestions.forTestimony(t.id(), "body");
        assertThat(found).extracting(ReaderSuggestion::value).contains("physical_assault", "soldier", "border_crossing");
        ReaderSuggestion soldier = found.stream().filter(s -> s.value().equals("soldier")).findFirst().orElseThrow();
        assertThat(text.substring(soldier.start(), soldier.end())).isEqualTo(soldier.evidence());

        suggestions.reject(t.id(), "body", soldier.key());
        assertThat(suggestions.forTestimony(t.id(), "body")).extracting(ReaderSuggestion::key)
                .doesNotContain(soldier.key()).isNotEmpty();
    }

    @Test
    void aShortSpanCodedByHandIsLearntAsASynonymAndSuggestedNextTime() {
        String word = "clobbered" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9-]", "x");
        String text = "The foreman " + word + " him in the yard. (fictional)";
        Testimony first = testimony(source(), person(), text);
        assertThat(suggestions.forTestimony(first.id(), "body")).extracting(ReaderSuggestion::value)
                .doesNotContain("physical_assault");
        int start = text.indexOf(word);
        suggestions.codeAct(new CodeActForm("", incidentForm("Learnt synonym"), first.id().toString(), "body", start,
                start + word.length(), "physical_assault", "", List.of()), List.of());

        assertThat(vocabulary.term(Schemes.VIOLATION, "physical_assault").orElseThrow().synonyms()).contains(word);
        Testimony second = testimony(source(), person(), "Later the guard " + word + " another man. (fictional)");
        assertThat(suggestions.forTestimony(second.id(), "body")).extracting(ReaderSuggestion::value)
                .contains("physical_assault");
    }

    @Test
    void textIsStoredExactlyAsGivenKoreanIncluded() {
        Testimony t = testimony(source(), person(), KOREAN);
        assertThat(testimonies.get(t.id()).body()).isEqualTo(KOREAN);
    }

    @Test
    void invalidCodingNamesEveryProblemAndStoresNothing() {
        Testimony t = testimony(source(), person(), "Short fictional text.");
        long before = incidents.count();
        assertThatThrownBy(() -> coding.codeAct(new CodeActForm("", incidentForm(""), t.id().toString(), "body", 5, 500,
                "not_a_violation", "", List.of(new PerpetratorForm("police", "", "sideways")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .contains("incident.title", "violation", "end", "perpetrators[0].role"));
        assertThat(incidents.count()).isEqualTo(before);
    }

    @Test
    void anIncidentWithOneBadActIsNotStoredAtAll() {
        Testimony t = testimony(source(), person(), "Another short fictional text for coding.");
        long before = incidents.count();
        List<CodeActForm> acts = List.of(
                new CodeActForm(null, null, t.id().toString(), "body", 0, 7, "physical_assault", null, List.of()),
                new CodeActForm(null, null, t.id().toString(), "body", 0, 7, "no_such_code", null, List.of()));
        assertThatThrownBy(() -> coding.createIncidentWithActs(incidentForm("Half-written?"), acts))
                .isInstanceOf(InvalidInputException.class);
        assertThat(incidents.count()).isEqualTo(before);
    }

    @Test
    void vocabulariesAreSeededInEnglishAndKorean() {
        assertThat(vocabulary.term(Schemes.VIOLATION, "rape")).hasValueSatisfying(term -> {
            assertThat(term.labelEn()).isEqualTo("Rape");
            assertThat(term.labelKo()).isEqualTo("강간");
        });
        assertThat(vocabulary.term(Schemes.PERPETRATOR, "state_security").orElseThrow().labelKo()).isEqualTo("보위원");
        assertThat(vocabulary.terms(Schemes.LOCATION)).extracting(t -> t.code()).contains("labour_training_camp", "market");
        assertThat(vocabulary.withDescendants(Schemes.PERPETRATOR, "official")).contains("police", "soldier")
                .doesNotContain("broker");
    }

    @Test
    void aDeprecatedTermStaysOnOldRecordsButIsRefusedForNewOnes() {
        String code = "term_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        vocabulary.add(Schemes.VIOLATION, new TermForm(code, "", "Test violation", "시험 침해", "first|둘째"));
        Testimony t = testimony(source(), person(), "A fictional passage to code with a term about to be deprecated.");
        CodedAct coded = coding.codeAct(new CodeActForm("", incidentForm("Uses a deprecated term"), t.id().toString(),
                "body", 0, 10, code, "", List.of()));
        vocabulary.setDeprecated(Schemes.VIOLATION, code, true);

        assertThat(incidents.detail(coded.incidentId()).acts()).extracting(a -> a.violation()).containsExactly(code);
        assertThatThrownBy(() -> coding.codeAct(new CodeActForm(coded.incidentId().toString(), null, t.id().toString(),
                "body", 0, 10, code, "", List.of()))).hasMessageContaining("deprecated");
        assertThat(vocabulary.history(Schemes.VIOLATION, code)).extracting(h -> h.version()).containsExactly(2, 1);
        assertThat(vocabulary.term(Schemes.VIOLATION, code).orElseThrow().synonyms()).containsExactly("first", "둘째");
    }

    @Test
    void aFreshInstallationHasEveryStartingTermAndSynonymAlready() {
        SeedUpdate update = vocabulary.addFromSeed();

        assertThat(update.termsAdded()).isZero();
        assertThat(update.synonymsAdded()).isZero();
    }

    @Test
    void aTermMayHoldSeveralThousandCharactersOfSynonymsButNotWithoutLimit() {
        String code = "term_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        vocabulary.add(Schemes.VIOLATION, new TermForm(code, "", "Fictional long term", "가상 긴 용어", ""));
        String many = java.util.stream.IntStream.range(0, 600).mapToObj(i -> "fictional phrase " + i)
                .collect(java.util.stream.Collectors.joining("|"));

        vocabulary.update(Schemes.VIOLATION, code, new TermForm(code, "", "Fictional long term", "가상 긴 용어", many));
        assertThat(vocabulary.addSynonym(Schemes.VIOLATION, code, "one more fictional phrase").synonyms()).hasSize(601);
        assertThatThrownBy(() -> vocabulary.update(Schemes.VIOLATION, code,
                new TermForm(code, "", "Fictional long term", "가상 긴 용어", "x".repeat(20_001))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("synonyms");
    }

    @Test
    void everyChangeIsAppendedToTheHashChain() {
        Source s = source();
        List<AuditEntry> history = audit.historyOf("source", s.id().toString());
        assertThat(history).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("created"));
        List<AuditEntry> latest = audit.latest(20);
        for (int i = 0; i + 1 < latest.size(); i++) {
            assertThat(latest.get(i).prevHash()).isEqualTo(latest.get(i + 1).hash());
            assertThat(latest.get(i).seq()).isEqualTo(latest.get(i + 1).seq() + 1);
        }
    }

    @Test
    void theWholeChainVerifiesWithTheCheckpointSignedAtTheFirstStart() {
        source();
        var report = audit.verify();
        assertThat(report.firstFailure()).isEmpty();
        assertThat(report.entries()).isEqualTo(report.headSeq()).isPositive();
        assertThat(report.checkpoints()).isPositive();
    }

    @Test
    void consentIsPerUseAndCanBeWithdrawn() {
        Person p = person();
        var quotation = persons.grant(p.id(), "quotation", "");
        assertThat(persons.consents(p.id(), ConsentUse.QUOTATION, null)).isTrue();
        assertThat(persons.consents(p.id(), ConsentUse.PUBLICATION, null)).isFalse();
        persons.withdraw(quotation.id());
        assertThat(persons.consents(p.id(), ConsentUse.QUOTATION, null)).isFalse();
        assertThatThrownBy(() -> persons.withdraw(quotation.id())).hasMessageContaining("withdrawn already");
        assertThatThrownBy(() -> persons.grant(p.id(), "sharing", "")).hasMessageContaining("partner");
    }

    Source source() {
        return sources.record(new SourceForm("interview", "Test interviews (fictional) " + UUID.randomUUID(), "team",
                "2019-05", "in person", "high", ""));
    }

    Person person() {
        return persons.record(new PersonForm("Witness " + UUID.randomUUID().toString().substring(0, 8),
                Set.of("INTERVIEWEE", "VICTIM"), "female", "40s", "former trader", "2005-2009", "North Hamgyong"));
    }

    Testimony testimony(Source s, Person speaker, String body) {
        return testimonies.record(new TestimonyForm(s.id().toString(), speaker.id().toString(), "Testimony (fictional)",
                body.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) ? "ko" : "en",
                body, "", "2019-05-14", "Interviewer 1"));
    }

    static IncidentForm incidentForm(String title) {
        return new IncidentForm(title, "", "2008", "pretrial_detention", "north_korea", "North Hamgyong", "");
    }

    static IncidentFilter filter(String violation, String perpetrator, String location, String country, Integer from,
            Integer to) {
        return new IncidentFilter(Optional.ofNullable(violation), Optional.ofNullable(perpetrator),
                Optional.ofNullable(location), Optional.ofNullable(country), Optional.ofNullable(from),
                Optional.ofNullable(to), Optional.empty());
    }

    List<UUID> ids(IncidentFilter f) {
        return incidents.list(f).stream().map(s -> s.incident().id().value()).toList();
    }
}
