package org.recourse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.PersonRole;

/** What a report prints about a speaker is shared by at least k interviewees, coarsened step by step (fictional people). */
class ReidentificationTests {

    @Test
    void aCombinationSharedByKIntervieweesIsPrintedAsRecorded() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(person("female", "40s", "former trader", "2005-2009", "North Hamgyong"));
        }
        Reidentification.Protected p = Reidentification.protect(people.get(0), people, 5);
        assertThat(p.steps()).isEmpty();
        assertThat(Descriptions.text(p.descriptor(), Locale.ENGLISH))
                .isEqualTo("a former trader in her 40s, from North Hamgyong, who left in 2005-2009");
    }

    @Test
    void aRareYearIsWidenedAndAProvinceBecomesItsRegion() {
        List<Person> people = new ArrayList<>();
        Person speaker = person("female", "40s", "former trader", "2007", "North Hamgyong");
        people.add(speaker);
        people.add(person("female", "40s", "former trader", "2005", "Ryanggang"));
        people.add(person("female", "40s", "former trader", "2009", "South Hamgyong"));
        people.add(person("female", "40s", "former trader", "2006", "Ryanggang"));
        people.add(person("female", "40s", "former trader", "2008", "North Hamgyong"));
        people.add(person("female", "40s", "former trader", "2007", "South Pyongan"));
        Reidentification.Protected p = Reidentification.protect(speaker, people, 5);
        assertThat(p.steps()).containsExactly("departure-period", "region");
        assertThat(p.descriptor().departure()).isEqualTo("2005-2009");
        assertThat(p.descriptor().place()).isEqualTo("north-east");
        assertThat(Descriptions.text(p.descriptor(), Locale.ENGLISH))
                .isEqualTo("a former trader in her 40s, from the north-east, who left in 2005-2009");
        assertThat(Descriptions.text(p.descriptor(), Locale.KOREAN)).contains("동북부", "40대", "여성", "2005-2009");
    }

    @Test
    void whenOccupationStillSinglesSomeoneOutItIsDropped() {
        List<Person> people = new ArrayList<>();
        Person speaker = person("female", "30s", "former nurse", "2012", "Ryanggang");
        people.add(speaker);
        for (int i = 0; i < 6; i++) {
            people.add(person("female", "30s", "former factory worker", "2011", "North Hamgyong"));
        }
        Reidentification.Protected p = Reidentification.protect(speaker, people, 5);
        assertThat(p.steps()).containsExactly("departure-period", "region", "no-occupation");
        assertThat(Descriptions.text(p.descriptor(), Locale.ENGLISH)).doesNotContain("nurse")
                .isEqualTo("a woman in her 30s, from the north-east, who left in 2010-2014");
    }

    @Test
    void everyPrintedDescriptorIsSharedByAtLeastKOfTheCollection() {
        List<Person> people = new ArrayList<>();
        String[] provinces = {"North Hamgyong", "Ryanggang", "South Pyongan", "Kangwon", "Pyongyang"};
        String[] jobs = {"former trader", "former soldier", "former teacher"};
        for (int i = 0; i < 40; i++) {
            people.add(person(i % 3 == 0 ? "male" : "female", (20 + 10 * (i % 4)) + "s", jobs[i % 3],
                    Integer.toString(1998 + (i * 7) % 20), provinces[(i * 3) % 5]));
        }
        for (Person speaker : people) {
            Reidentification.Protected p = Reidentification.protect(speaker, people, 5);
            Descriptor shown = p.descriptor();
            long sharing = people.stream().map(Reidentification::of).filter(d -> sharesCoarsened(shown, d, p.level())).count();
            assertThat(sharing).as(shown.toString()).isGreaterThanOrEqualTo(5);
        }
    }

    /** Whether a person, coarsened as far as the shown descriptor is, shows the same. */
    private static boolean sharesCoarsened(Descriptor shown, Descriptor raw, int level) {
        Descriptor d = raw;
        for (Reidentification.Step s : Reidentification.STEPS.subList(0, level)) {
            d = s.apply().apply(d);
        }
        return shown.sharedBy(d);
    }

    private static Person person(String gender, String age, String job, String departure, String province) {
        return new Person(PersonId.random(), "Fictional " + PersonId.random(), Set.of(PersonRole.INTERVIEWEE), gender, age, job,
                departure, province, Instant.now());
    }
}
