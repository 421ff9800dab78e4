package org.recourse.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Role rules that published reports and news stories need (witnesses quoted before what they
 * recount, agents far after "by", places that only situate another). Fictional sentences
 * written for these tests, in the style of such reports.
 */
class PublishedReportStyleTests {

    private static final TestimonyCoder CODER = TestimonyCoder.fromSeed();

    @Test
    void witnessNamedBeforeAReportingVerbIsNotTheAgent() {
        CodingResult said = CODER.code("The former guard said the prisoners were beaten every night.");
        assertThat(said.violations()).contains("physical_assault");
        assertThat(said.perpetrators()).doesNotContain("detention_guard");
        CodingResult order = CODER.code("The guard told the cook to beat the boy.");
        assertThat(order.perpetrators()).contains("detention_guard");
    }

    @Test
    void agentStandsSeveralWordsAfterByOrAtTheHandsOf() {
        assertThat(CODER.code("She was beaten by two young North Korean soldiers.").perpetrators()).containsExactly("soldier");
        assertThat(CODER.code("He was tortured for months at the hands of the security services.").perpetrators())
                .containsExactly("state_security");
    }

    @Test
    void koreanAppositiveAndPossessorAreNotAgentsOfOtherActs() {
        CodingResult appositive = CODER.code("동료인 여성이 작업반장에게 맞았다.");
        assertThat(appositive.perpetrators()).containsExactly("workplace_superior");
        CodingResult feared = CODER.code("보위부의 고문이 두려워 도망쳤다.");
        assertThat(feared.perpetrators()).isEmpty();
        CodingResult possessed = CODER.code("남편의 잦은 폭행을 참았다.");
        assertThat(possessed.perpetrators()).containsExactly("intimate_partner");
    }

    @Test
    void koreanAgentMarkedWithRobuteoOrAfterDangguk() {
        assertThat(CODER.code("그녀는 군관으로부터 성추행을 당했다.").perpetrators()).containsExactly("soldier");
        assertThat(CODER.code("그는 중국공안당국에 잡혀 북송됐다.").perpetrators()).containsExactly("police");
    }

    @Test
    void placeThatOnlySituatesAnotherIsNotAPlace() {
        CodingResult r = CODER.code("중국 국경과 접한 도시에서 보안원이 그를 때렸다.");
        assertThat(r.locations()).doesNotContain("border_crossing", "abroad_transit");
        assertThat(r.perpetrators()).containsExactly("police");
        assertThat(CODER.code("국경 봉쇄가 시작되었다.").locations()).isEmpty();
    }
}
