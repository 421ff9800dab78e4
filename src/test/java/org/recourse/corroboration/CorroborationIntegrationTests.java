package org.recourse.corroboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recourse.audit.AuditEntry;
import org.recourse.audit.AuditLog;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.PerpetratorForm;
import org.recourse.corroboration.internal.IncidentSubjects;
import org.recourse.corroboration.internal.PersonSubjects;
import org.recourse.support.Http;
import org.recourse.support.RecourseTest;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review queue on the booted application with the demo data plus records each test makes
 * (all fictional): who comes out as a candidate, what a decision does to the pages, and that
 * it is audited and reversible.
 */
@RecourseTest
class CorroborationIntegrationTests {

    private static final String BODY = "A fictional test testimony written for Recourse; not real testimony.";

    @LocalServerPort int port;
    @Autowired SourceRegistry sources;
    @Autowired PersonRegistry persons;
    @Autowired TestimonyRegistry testimonies;
    @Autowired Coding coding;
    @Autowired Corroboration corroboration;
    @Autowired AuditLog audit;

    @Test
    void twoSourcesTellingOfOneFacilityAndPeriodAreACandidateWithEvidenceAndAnUnrelatedIncidentIsNot() {
        String facility = "Onsong holding centre no. " + tag() + " (fictional)";
        String a = detentionIncident(facility, "2008..2010");
        String b = detentionIncident(facility, "2009");
        String unrelated = incident(new IncidentForm("Unrelated market case (fictional)", "", "2019", "market", "north_korea",
                "Ryanggang", "Hyesan market " + tag()), "forced_labour", "market_official");

        Candidate c = candidate(LinkKind.INCIDENT, a, b).orElseThrow();
        assertThat(c.probability()).isGreaterThan(0.95);
        assertThat(c.evidence()).extracting(Evidence::field).containsExactlyElementsOf(IncidentSubjects.FIELDS);
        assertThat(weight(c, "facility")).isPositive();
        assertThat(weight(c, "violations")).isPositive();
        assertThat(weight(c, "perpetrators")).isPositive();
        assertThat(level(c, "yearfrom")).isEqualTo("within 1 year");
        assertThat(candidate(LinkKind.INCIDENT, a, unrelated)).isEmpty();
        assertThat(candidate(LinkKind.INCIDENT, b, unrelated)).isEmpty();

        String json = Http.anonymous(port).apiGet("/api/review/candidates?kind=incident", ADMIN, ADMIN_PASSWORD).body();
        assertThat(json).contains(a, b, "\"probability\"", "\"field\":\"facility\"");
    }

    @Test
    void linkingShowsOnBothIncidentPagesAndUndoRemovesIt() {
        String facility = "Musan detention house " + tag() + " (fictional)";
        String a = detentionIncident(facility, "2011");
        String b = detentionIncident(facility, "2011..2012");
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        assertThat(http.get("/review").body()).contains("/incidents/" + a, "/incidents/" + b, "Match probability",
                "Named facility", " %");
        assertThat(http.get("/review?lang=ko").body()).contains("검토", "일치 확률", "시설명");

        HttpResponse<String> linked = http.form("/review/decisions", Map.of("kind", "incident", "left", a, "right", b,
                "decision", "linked", "_csrf", http.csrf("/review")));
        assertThat(linked.statusCode()).isEqualTo(302);
        String pageA = http.get("/incidents/" + a + "?lang=en").body();
        assertThat(pageA).contains("Corroborated by", "href=\"/incidents/" + b + "\"");
        assertThat(http.get("/incidents/" + b + "?lang=ko").body()).contains("뒷받침하는 사건", "href=\"/incidents/" + a + "\"");
        assertThat(candidate(LinkKind.INCIDENT, a, b)).as("a linked pair leaves the queue").isEmpty();

        LinkDecision d = corroboration.linksOf(LinkKind.INCIDENT, a).get(0);
        HttpResponse<String> undone = http.form("/review/decisions/" + d.id() + "/undo",
                Map.of("back", "/incidents/" + a, "_csrf", http.csrf("/incidents/" + a)));
        assertThat(undone.statusCode()).isEqualTo(302);
        assertThat(http.get("/incidents/" + a + "?lang=en").body()).doesNotContain("Corroborated by")
                .doesNotContain("href=\"/incidents/" + b + "\"");
        assertThat(candidate(LinkKind.INCIDENT, a, b)).as("an undone link puts the pair back").isPresent();
    }

    @Test
    void aRejectedPairDoesNotComeBackAndCannotBeDecidedTwice() {
        String facility = "Chongjin collection point " + tag() + " (fictional)";
        String a = detentionIncident(facility, "2003");
        String b = detentionIncident(facility, "2003");
        assertThat(candidate(LinkKind.INCIDENT, a, b)).isPresent();
        Http http = Http.anonymous(port);
        String request = "{\"kind\":\"incident\",\"left\":\"" + b + "\",\"right\":\"" + a + "\",\"decision\":\"rejected\"}";
        HttpResponse<String> r = http.apiPost("/api/review/decisions", request, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.body()).contains("\"decision\":\"REJECTED\"", "\"decidedBy\":\"admin\"");
        assertThat(candidate(LinkKind.INCIDENT, a, b)).isEmpty();
        assertThat(http.apiGet("/api/review/candidates?kind=incident", ADMIN, ADMIN_PASSWORD).body()).doesNotContain(a);
        assertThat(http.apiPost("/api/review/decisions", request, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(409);
        assertThat(http.apiGet("/api/review/candidates?kind=nobody", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(422);
    }

    @Test
    void thePersonInterviewedByTwoSourcesIsFoundFromCoarseFieldsOnly() {
        String occupation = "former railway signal keeper " + tag();
        PersonForm coarse = new PersonForm("", Set.of("INTERVIEWEE"), "female", "40s", occupation, "2015-2019", "Kangwon");
        String first = speaker(coarse, "Interviewee X-" + tag(), source());
        String second = speaker(coarse, "구술자 Q-" + tag(), source());
        Candidate c = candidate(LinkKind.PERSON, first, second).orElseThrow();
        assertThat(c.probability()).isGreaterThan(0.9);
        assertThat(c.evidence()).extracting(Evidence::field).containsExactlyElementsOf(PersonSubjects.FIELDS)
                .doesNotContain("pseudonym");
        assertThat(level(c, "occupation")).isEqualTo("jaccard>=0.9");

        String sameSource = speaker(coarse, "Interviewee Y-" + tag(), sourceOfSpeaker(first));
        assertThat(candidate(LinkKind.PERSON, first, sameSource)).as("one source's own persons are not paired").isEmpty();

        corroboration.decide(LinkKind.PERSON, first, second, Verdict.LINKED);
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        assertThat(http.get("/persons/" + first).body()).contains("May be the same person as", "href=\"/persons/" + second + "\"");
    }

    @Test
    void everyDecisionAndUndoIsInTheAuditLogByIdOnly() {
        String facility = "Hoeryong police jail " + tag() + " (fictional)";
        String a = detentionIncident(facility, "2016");
        String b = detentionIncident(facility, "2016");
        LinkDecision linked = corroboration.decide(LinkKind.INCIDENT, a, b, Verdict.LINKED);
        corroboration.undo(linked.id());
        LinkDecision rejected = corroboration.decide(LinkKind.INCIDENT, a, b, Verdict.REJECTED);

        List<AuditEntry> history = audit.historyOf("link_decision", linked.id().toString());
        assertThat(history).extracting(AuditEntry::action).containsExactly("linked", "undone");
        assertThat(audit.historyOf("link_decision", rejected.id().toString())).extracting(AuditEntry::action)
                .containsExactly("rejected");
        assertThat(corroboration.find(linked.id()).orElseThrow().undoneAt()).isPresent();
    }

    private Optional<Candidate> candidate(LinkKind kind, String x, String y) {
        return corroboration.candidates(kind).stream()
                .filter(c -> Set.of(c.left(), c.right()).equals(Set.of(x, y))).findFirst();
    }

    private static double weight(Candidate c, String field) {
        return c.evidence().stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow().weight();
    }

    private static String level(Candidate c, String field) {
        return c.evidence().stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow().level();
    }

    /** An incident of forced strip searches by guards at a border holding facility, told in a new source. */
    private String detentionIncident(String facility, String date) {
        return incident(new IncidentForm("Strip searches at a holding centre (fictional)", "", date, "pretrial_detention",
                "north_korea", "North Hamgyong", facility), "invasive_body_search", "detention_guard");
    }

    private String incident(IncidentForm form, String violation, String perpetrator) {
        Testimony t = testimonies.record(new TestimonyForm(source(), null, "Test testimony (fictional)", "en", BODY, "",
                "2020", ""));
        CodeActForm act = new CodeActForm(null, null, t.id().toString(), "body", 0, 20, violation, null,
                List.of(new PerpetratorForm(perpetrator, null, "direct")));
        return coding.createIncidentWithActs(form, List.of(act)).toString();
    }

    private String speaker(PersonForm coarse, String pseudonym, String sourceId) {
        String id = persons.record(new PersonForm(pseudonym, coarse.roles(), coarse.gender(), coarse.ageBand(),
                coarse.occupation(), coarse.departurePeriod(), coarse.province())).id().toString();
        testimonies.record(new TestimonyForm(sourceId, id, "Interview (fictional)", "en", BODY, "", "2021", ""));
        return id;
    }

    private String sourceOfSpeaker(String personId) {
        return testimonies.all().stream().filter(t -> t.speakerId().map(p -> p.toString().equals(personId)).orElse(false))
                .findFirst().orElseThrow().sourceId().toString();
    }

    private String source() {
        return sources.record(new SourceForm("interview", "Test source " + tag() + " (fictional)", "", "2020", "", "medium",
                "")).id().toString();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
