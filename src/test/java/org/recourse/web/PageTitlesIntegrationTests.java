package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.CodedAct;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.PerpetratorForm;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser's history keeps every page's title with its address; a record's title (free text an
 * interviewer wrote: it may name a town or a family) is shown on the page, never in its title.
 */
@RecourseTest
class PageTitlesIntegrationTests {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    @Autowired SourceRegistry sources;
    @Autowired TestimonyRegistry testimonies;
    @Autowired PersonRegistry persons;
    @Autowired Coding coding;
    @LocalServerPort int port;

    @Test
    void aRecordsOwnTitleIsOnItsPageButNotInThePageTitleTheBrowserKeeps() {
        String marker = "zt" + Markers.letters(8);
        Source source = sources.record(new SourceForm("interview", "Source " + marker + " (fictional)", "", "", "", "", ""));
        Person person = persons.record(new PersonForm("Pseudonym " + marker, Set.of("INTERVIEWEE"), "female", "40s", "", "",
                ""));
        String text = "The guards beat the women at the holding centre. (fictional)";
        Testimony testimony = testimonies.record(new TestimonyForm(source.id().toString(), person.id().toString(),
                "Testimony " + marker + " (fictional)", "en", text, "", "", ""));
        CodedAct act = coding.codeAct(new CodeActForm("", new IncidentForm("Incident " + marker + " (fictional)", "", "2004",
                "pretrial_detention", "north_korea", "", ""), testimony.id().toString(), "body", 0, text.length(),
                "physical_assault", "", List.of(new PerpetratorForm("detention_guard", "", "direct"))));
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);

        for (String page : List.of("/sources/" + source.id(), "/persons/" + person.id(), "/testimonies/" + testimony.id(),
                "/incidents/" + act.incidentId(), "/testimonies/" + testimony.id() + "?lang=ko")) {
            String body = http.get(page).body();
            assertThat(body).as(page).contains(marker);
            Matcher title = TITLE.matcher(body);
            assertThat(title.find()).as(page).isTrue();
            assertThat(title.group(1)).as(page).doesNotContain(marker).endsWith("Recourse");
        }
    }
}
