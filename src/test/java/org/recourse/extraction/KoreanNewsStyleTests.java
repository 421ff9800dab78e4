package org.recourse.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Korean wordings of news stories and defectors' accounts that the coder must read (Korean
 * tuning round, 2026-12-07). Every sentence is fictional, written for these tests; none is
 * taken from any report.
 */
class KoreanNewsStyleTests {

    private static final TestimonyCoder CODER = TestimonyCoder.fromSeed();

    @Test
    void prisonAndConfinementWordsAreDetention() {
        // Fictional.
        assertThat(CODER.code("그녀는 석 달 동안 감옥에 갇혀 있었다.").locations()).contains("detention");
        assertThat(CODER.code("파견된 노동자들은 외출이 금지돼 숙소에만 머물렀다.").violations())
                .contains("arbitrary_detention");
        CodingResult summoned = CODER.code("그녀는 보위부에 불려가 사흘 동안 조사를 받았다.");
        assertThat(summoned.violations()).contains("arbitrary_detention");
        assertThat(summoned.perpetrators()).contains("state_security");
        assertThat(CODER.code("그는 노동단련형에 처해졌다.").locations()).contains("labour_training_camp");
    }

    @Test
    void deprivationWordsAreDenialOfResources() {
        // Fictional.
        assertThat(CODER.code("그 해 가을에는 식량 배급이 전혀 없었다.").violations()).contains("denial_of_resources");
        assertThat(CODER.code("간수들은 그에게 사흘 동안 물을 한 모금도 주지 않았다.").violations())
                .contains("denial_of_resources");
        assertThat(CODER.code("탈북자 가족이라는 이유로 승진을 제한했다.").violations()).contains("denial_of_resources");
        assertThat(CODER.code("노동자들 월급의 절반은 당국이 선취했다.").violations())
                .contains("forced_labour", "denial_of_resources");
    }

    @Test
    void searchingUnderwearIsAnInvasiveBodySearch() {
        // Fictional.
        CodingResult r = CODER.code("단속하던 보안원들이 여성들의 속옷까지 수색했다.");
        assertThat(r.violations()).contains("invasive_body_search");
        assertThat(r.perpetrators()).contains("police");
    }

    @Test
    void policeThatWillNotInvestigateDenyJustice() {
        // Fictional.
        CodingResult r = CODER.code("보안서는 피해 신고를 받고도 수사 의지를 보이지 않았다.");
        assertThat(r.violations()).contains("denial_of_justice");
        assertThat(r.perpetrators()).contains("police");
    }

    @Test
    void sexForFavoursAndProstitutionAreSexualExploitation() {
        // Fictional.
        assertThat(CODER.code("간부들은 여종업원들에게 손님과 동침하도록 지시했다.").violations())
                .contains("sexual_exploitation");
        assertThat(CODER.code("식당 지배인의 주선으로 여러 차례 성매매가 이뤄졌다.").violations())
                .contains("sexual_exploitation");
    }

    @Test
    void koreanWordsForPoliceArmyTraffickersAndBuyers() {
        // Fictional.
        assertThat(CODER.code("중국 경찰이 그녀를 체포했다.").perpetrators()).contains("police");
        assertThat(CODER.code("비밀경찰이 그를 고문했다.").perpetrators()).containsExactly("state_security");
        assertThat(CODER.code("북한군이 강을 건너던 여성을 때렸다.").perpetrators()).contains("soldier");
        assertThat(CODER.code("인신매매자들은 여성들을 중국에 팔아넘겼다.").perpetrators()).contains("broker");
        assertThat(CODER.code("마을 공터에서 한 여성이 폭행을 당했다.").locations()).contains("public_place");
    }

    @Test
    void aPersonGlossedInBracketsIsOnlyTheOneExplained() {
        // Fictional.
        CodingResult r = CODER.code("계호원(수감자를 감시하는 군인)들이 수감자들을 마구 때렸다.");
        assertThat(r.perpetrators()).contains("detention_guard").doesNotContain("soldier");
    }

    @Test
    void aHoldingPlaceFollowedByAWomanIsStillThePlace() {
        // Fictional: "여성" after a country is a nationality, after a prison it is the women's wing.
        assertThat(CODER.code("그녀는 교화소 여성 감방에 3년 동안 수감됐다.").locations()).contains("reeducation_camp");
    }

    @Test
    void chineseMoneyAndEthnicityAreNoPlace() {
        // Fictional.
        assertThat(CODER.code("보위원은 중국돈 천 위안을 구해 오라며 그를 때렸다.").locations())
                .doesNotContain("abroad_transit");
        assertThat(CODER.code("그를 때린 브로커는 중국 한족이었다.").locations()).doesNotContain("abroad_transit");
    }

    @Test
    void aCountryNamedInTheReasonForAnActIsNotItsScene() {
        // Fictional.
        CodingResult reason = CODER.code("그녀는 중국에서 한국 사람을 만났다는 이유로 보위원에게 맞았다.");
        assertThat(reason.violations()).contains("physical_assault");
        assertThat(reason.locations()).doesNotContain("abroad_transit");
        assertThat(CODER.code("그녀는 중국에서 남편에게 맞았다.").locations()).contains("abroad_transit");
    }

    @Test
    void aChineseHusbandPutsTheActsInChina() {
        // Fictional.
        assertThat(CODER.code("그녀는 중국인 남편에게 매일 맞았다.").locations()).contains("abroad_transit");
    }

    @Test
    void shanghaiIsNotReadInsideALongerWord() {
        // Fictional: 기상해 ("got up") holds the spelling of 상해 (Shanghai).
        assertThat(CODER.code("수감자들은 새벽 4시에 기상해 밤까지 강제노동에 시달렸다.").locations())
                .doesNotContain("abroad_transit");
        assertThat(CODER.code("그녀는 상해에서 공안에 체포됐다.").locations()).contains("abroad_transit");
    }

    @Test
    void aMarketPolicyIsNoMarketplace() {
        // Fictional.
        assertThat(CODER.code("당국의 시장통제 이후 보안원들이 상인들의 물건을 빼앗았다.").locations())
                .doesNotContain("market");
        assertThat(CODER.code("보안원들이 시장에서 상인들의 물건을 빼앗았다.").locations()).contains("market");
    }

    @Test
    void questioningAtAPoliceHoldingCentreIsNotAnInterrogationFacility() {
        // Fictional.
        CodingResult police = CODER.code("보안서에 구속된 여성은 심하게 취조를 당한 뒤 구류장에 갇혔다.");
        assertThat(police.locations()).contains("pretrial_detention").doesNotContain("interrogation_facility");
        CodingResult security = CODER.code("보위부에 잡힌 여성은 심하게 취조를 당한 뒤 구류장에 갇혔다.");
        assertThat(security.locations()).contains("interrogation_facility");
    }

    @Test
    void anAgencyNamedRightBeforeItsQuestioningHoldsThePerson() {
        // Fictional.
        CodingResult r = CODER.code("가상의 예: 석방된 언니가 또 잡혀 보위부 조사를 받는 중이다.");
        assertThat(r.violations()).contains("arbitrary_detention");
        assertThat(r.perpetrators()).contains("state_security");
    }

    @Test
    void whoFiredTheShotIsTheAgentOfTheKilling() {
        // Fictional.
        CodingResult r = CODER.code("강을 건너던 여성이 경비대원이 쏜 총에 맞아 숨졌다.");
        assertThat(r.violations()).contains("killing");
        assertThat(r.perpetrators()).contains("soldier");
    }

    @Test
    void killedInDetentionIsADeathInCustody() {
        // Fictional.
        assertThat(CODER.code("그 수감자는 교화소에서 간수에게 맞고 죽임을 당했다.").violations())
                .contains("killing", "death_in_custody");
    }

    @Test
    void tenMegabytesOfKoreanPeopleWrittenWithoutSpacesAreCodedInBoundedTime() {
        // Each person's particle is read in its eojeol, which is bounded: without spaces the
        // eojeol was the rest of the text (200 KB took 38 s before, 10 MB would take hours).
        String unit = "중국인남편이때렸다";
        String big = unit.repeat(10_000_000 / unit.length());
        Timed timed = Timed.code(CODER, big);
        CodingResult r = timed.result();
        assertThat(r.perpetrators()).contains("intimate_partner");
        assertThat(timed.seconds()).isLessThan(60);
    }

    @Test
    void tenMegabytesOfOneKoreanSentenceWithGlossesAndReasonsAreCodedInBoundedTime() {
        // No space and no full stop: glosses, reasons, nationalities and questioning are each read
        // in a window around their match, never to the end of the text (a match cut by the
        // sentence length limit once threw StringIndexOutOfBoundsException here).
        String unit = "계호원(군인)이때렸다중국돈중국에서만났다는이유로기상해시장통제취조를당했다구류장"
                + "가나다라마바사아자차카타파하".repeat(15);
        String big = unit.repeat(10_000_000 / unit.length());
        Timed timed = Timed.code(CODER, big);
        CodingResult r = timed.result();
        assertThat(r.violations()).contains("physical_assault");
        assertThat(r.perpetrators()).containsExactly("detention_guard");
        assertThat(timed.seconds()).isLessThan(60);
    }

    @Test
    void aWorkingDayOfTwelveHoursOrMoreIsForcedLabour() {
        // Fictional.
        assertThat(CODER.code("봉제공장 여공들은 하루 15∼16시간씩 근무해야 했다고 한다.").violations())
                .contains("forced_labour");
        assertThat(CODER.code("그녀는 매일 열네 시간 넘게 일했다고 말했다.").violations()).contains("forced_labour");
        assertThat(CODER.code("그녀는 하루 8시간 근무했다고 말했다.").violations()).doesNotContain("forced_labour");
        assertThat(CODER.code("보위원들이 하루 24시간 감시했다.").violations()).doesNotContain("forced_labour");
    }

    @Test
    void theManASoldWomanMarriesOrCallsHerHusbandIsTheBuyer() {
        // Fictional.
        CodingResult married = CODER.code("그녀는 국경을 넘자마자 팔려가 나이 많은 한족 남성과 강제로 혼인했다.");
        assertThat(married.perpetrators()).contains("buyer");
        assertThat(married.violations()).contains("trafficking", "forced_marriage");
        CodingResult husband = CODER.code("시골로 팔려간 여성은 몇 해 동안 남편의 매질을 견뎌야 했다.");
        assertThat(husband.perpetrators()).contains("buyer", "intimate_partner");
        assertThat(CODER.code("그녀는 산골 홀아비(60)에게 2만 위안에 팔렸다.").perpetrators()).contains("buyer");
        assertThat(CODER.code("그녀는 고향에서 한족 남성과 결혼했다.").perpetrators()).doesNotContain("buyer");
    }

    @Test
    void anOfficialOfNoNamedAgencyBelongsToTheWorldThePassageTellsOf() {
        // Fictional.
        assertThat(CODER.code("공사장의 간부들은 여성 노동자들에게 밤마다 성폭력을 가했다.").perpetrators())
                .contains("workplace_superior").doesNotContain("official");
        assertThat(CODER.code("부대 간부들은 입대한 지 얼마 안 된 여군들을 성추행했다.").perpetrators())
                .contains("soldier").doesNotContain("official");
        assertThat(CODER.code("담당 예심원은 조사 중에 그녀를 여러 차례 성폭행했다.").perpetrators())
                .contains("state_security").doesNotContain("official");
    }

    @Test
    void anInstructorOfAPrisonOrItsInmatesIsADetentionGuard() {
        // Fictional.
        assertThat(CODER.code("그녀는 집결소 지도원에게 매를 맞았다고 했다.").perpetrators())
                .contains("detention_guard").doesNotContain("official");
        assertThat(CODER.code("새로 온 수감자가 있으면 지도원이 밤에 불러내 때렸습니다.").perpetrators())
                .contains("detention_guard").doesNotContain("official");
    }

    @Test
    void whatAThreatSaysWillBeDoneIsNotDoneAndWhoWouldDoItIsNoAgent() {
        // Fictional.
        CodingResult threat = CODER.code("브로커는 돈을 내지 않으면 공안에게 넘기겠다며 여성들을 협박했다.");
        assertThat(threat.perpetrators()).contains("broker").doesNotContain("police");
        CodingResult prison = CODER.code("그 보위원은 거절하면 감옥에 보내겠다고 그녀를 협박했다.");
        assertThat(prison.violations()).doesNotContain("arbitrary_detention");
        assertThat(prison.locations()).doesNotContain("detention");
        CodingResult beaten = CODER.code("남편은 아내를 폭행을 하면서 죽이겠다고 위협했다.");
        assertThat(beaten.violations()).contains("physical_assault");
    }

    @Test
    void buildingSitesAndRestaurantWorkAreWorkplaces() {
        // Fictional.
        assertThat(CODER.code("철도 공사 현장에서 일하던 여성들이 감독에게 폭행을 당했다.").locations()).contains("workplace");
        assertThat(CODER.code("그녀는 해외 북한식당에서 근무하다 간부에게 성추행을 당했다.").locations()).contains("workplace");
    }

    @Test
    void poorConditionsAreDenialOfResourcesAndQuotativeMyeonseoIsNoConditional() {
        // Fictional.
        assertThat(CODER.code("그는 보육원 아이들의 처우가 열악하기 때문이라면서 한숨을 쉬었다.").violations())
                .contains("denial_of_resources");
        assertThat(CODER.code("송환된 사람들은 열악한 환경에 갇혀 지낸다.").violations()).contains("denial_of_resources");
        assertThat(CODER.code("그녀는 교화소로 가기 전 담당 예심원에게 성폭행을 당했다.").perpetrators())
                .contains("state_security").doesNotContain("detention_guard");
    }

    @Test
    void aKoreanOfficialOfNoAgencyAndNoKnownWorldIsNotSuggestedAsTheBareParent() {
        // Fictional.
        CodingResult r = CODER.code("간부들이 그녀를 마구 때렸다고 한다.");
        assertThat(r.violations()).contains("physical_assault");
        assertThat(r.perpetrators()).doesNotContain("official");
    }

    @Test
    void aBareCampWhereDefectorsCaughtAbroadAreHeldIsDetentionNotAPoliticalPrisonCamp() {
        // Fictional.
        CodingResult caught = CODER.code("그녀는 국경 근처에서 중국 공안에 붙잡혀 한 달 동안 수용소에 갇혔다.");
        assertThat(caught.locations()).contains("detention").doesNotContain("prison_camp");
        assertThat(CODER.code("그는 정치범 수용소에서 십 년을 보냈다.").locations()).contains("prison_camp");
    }
}
