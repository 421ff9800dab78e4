package org.recourse.corroboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recourse.analysis.CaptureTable;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.IncidentId;
import org.recourse.security.Caller;
import org.recourse.support.RecourseTest;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.TermForm;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.beans.factory.annotation.Autowired;

/** The collection's capture histories: incidents a reviewer linked are one case seen by both sources. */
@RecourseTest
class CaptureHistoriesIntegrationTests {

    @Autowired CaptureHistories captures;
    @Autowired Corroboration corroboration;
    @Autowired Vocabulary vocabulary;
    @Autowired SourceRegistry sources;
    @Autowired TestimonyRegistry testimonies;
    @Autowired Coding coding;

    @Test
    void linkedIncidentsAreOneCaseDocumentedByEachOfTheirSources() {
        String code = freshViolation();
        String a = source("Capture list A (fictional)");
        String b = source("Capture list B (fictional)");
        IncidentId onA = incident(a, code, "2003");
        IncidentId onB = incident(b, code, "2004");
        incident(a, code, "2001");
        IncidentFilter filter = filter(code);

        assertThat(histories(captures.incidentsBySource(filter, CaptureHistories.Strata.NONE, Caller.SYSTEM)))
                .containsExactlyInAnyOrder("10:2", "01:1");
        corroboration.decide(LinkKind.INCIDENT, onA.toString(), onB.toString(), Verdict.LINKED);
        assertThat(histories(captures.incidentsBySource(filter, CaptureHistories.Strata.NONE, Caller.SYSTEM)))
                .containsExactlyInAnyOrder("11:1", "10:1");
    }

    @Test
    void periodStrataGiveOneTablePerFiveYearsAndLeaveOutStrataWithOneList() {
        String code = freshViolation();
        String a = source("Strata list A (fictional)");
        String b = source("Strata list B (fictional)");
        incident(a, code, "2001");
        incident(b, code, "2002");
        incident(a, code, "2011");
        List<CaptureTable> tables = captures.incidentsBySource(filter(code), CaptureHistories.Strata.PERIOD, Caller.SYSTEM);
        assertThat(tables).extracting(CaptureTable::name).containsExactly("2000-2004");
    }

    private static List<String> histories(List<CaptureTable> tables) {
        assertThat(tables).hasSize(1);
        return tables.get(0).histories().stream().map(h -> h.pattern() + ":" + h.count()).toList();
    }

    private String freshViolation() {
        String code = "cap_" + org.recourse.support.Markers.letters(8);
        vocabulary.add(Schemes.VIOLATION, new TermForm(code, "", "Capture test", "포획 시험", ""));
        return code;
    }

    private String source(String title) {
        return sources.record(new SourceForm("interview", title + " " + UUID.randomUUID(), "", "", "", "", "")).id()
                .toString();
    }

    private IncidentId incident(String source, String violation, String year) {
        String t = testimonies.record(new TestimonyForm(source, "", "Capture (fictional)", "en",
                "A fictional passage for capture histories.", "", "", "")).id().toString();
        return coding.createIncidentWithActs(new IncidentForm("Capture " + year, "", year, "", "", "", ""),
                List.of(new CodeActForm(null, null, t, "body", 0, 10, violation, null, List.of())));
    }

    private static IncidentFilter filter(String violation) {
        return new IncidentFilter(Optional.of(violation), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
