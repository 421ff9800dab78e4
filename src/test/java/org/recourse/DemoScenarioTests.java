package org.recourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentDetail;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentSummary;
import org.recourse.demo.DemoStatus;
import org.recourse.support.RecourseTest;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code --demo}: a lived-in, fictional collection, coded, whose every passage points at its words. */
@RecourseTest
class DemoScenarioTests {

    @Autowired TestimonyRegistry testimonies;
    @Autowired SourceRegistry sources;
    @Autowired IncidentCatalog incidents;
    @Autowired DemoStatus demo;

    @Test
    void theDemoHoldsKoreanAndEnglishTestimoniesAlreadyCodedIntoIncidents() {
        List<Testimony> all = testimonies.all();
        assertThat(all.stream().filter(t -> t.language().equals("ko")).count()).isGreaterThanOrEqualTo(5);
        assertThat(all.stream().filter(t -> t.language().equals("en")).count()).isGreaterThanOrEqualTo(5);
        List<IncidentSummary> coded = incidents.list(IncidentFilter.ALL);
        assertThat(coded).hasSizeGreaterThanOrEqualTo(10);
        assertThat(coded).anySatisfy(s -> assertThat(s.sources()).isGreaterThanOrEqualTo(2));
        assertThat(demo.loaded()).isTrue();
    }

    @Test
    void everyDemoSourceIsMarkedFictional() {
        assertThat(sources.all()).filteredOn(s -> s.title().contains("(fictional)") || s.title().contains("(가상)"))
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyCodedPassageQuotesExactlyTheWordsAtItsOffsets() {
        for (IncidentSummary s : incidents.list(IncidentFilter.ALL)) {
            IncidentDetail d = incidents.detail(s.incident().id());
            d.passages().forEach(p -> assertThat(testimonies.get(p.testimonyId()).text(p.part()).substring(p.start(), p.end()))
                    .isEqualTo(p.quoted()));
        }
    }
}
