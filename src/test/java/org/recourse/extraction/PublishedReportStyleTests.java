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

    @Test
    void agencyNamedAsThePlaceIsTheAgent() {
        CodingResult r = CODER.code("Treatment was especially harsh at the Ministry of State Security, where detainees were beaten daily.");
        assertThat(r.perpetrators()).containsExactly("state_security");
        assertThat(CODER.code("The guards at the market were kind to us.").perpetrators()).isEmpty();
    }

    @Test
    void rankAloneTakesTheAgencyThePassageNames() {
        assertThat(CODER.code("An officer at the police station kicked her until she confessed.").perpetrators())
                .containsExactly("police");
        assertThat(CODER.code("예심원은 그를 때렸다. 그곳은 보위부 구류장이었다.").perpetrators()).containsExactly("state_security");
        assertThat(CODER.code("She said an officer slapped her.").perpetrators()).containsExactly("official");
        assertThat(CODER.code("A soldier who was beaten by officials reported it.").perpetrators()).containsExactly("official");
    }

    @Test
    void agentNamedInTheSentenceBeforeThePronounThatActs() {
        assertThat(CODER.code("The guard came into the cell at night. He beat her until she fainted.").perpetrators())
                .containsExactly("detention_guard");
        assertThat(CODER.code("The guard came into the cell at night. My husband beat her.").perpetrators())
                .containsExactly("intimate_partner");
        assertThat(CODER.code("The guard came in. She was beaten by the other women.").perpetrators()).isEmpty();
    }

    @Test
    void actOnAPersonWithoutAThesaurusVerbTiesTheAgent() {
        assertThat(CODER.code("Later the officer grabbed her and pulled her into a back room, where she was raped.")
                .perpetrators()).containsExactly("official");
        assertThat(CODER.code("The guard helped her after she was beaten by other inmates.").perpetrators()).isEmpty();
        assertThat(CODER.code("보위원이 나를 끌고 갔다. 그리고 밤새 무릎을 꿇게 했다.").perpetrators()).containsExactly("state_security");
        assertThat(CODER.code("남편이 나를 도와주었다. 그 뒤 보위원에게 맞았다.").perpetrators()).containsExactly("state_security");
    }

    @Test
    void theManAWomanIsSoldToIsTheBuyer() {
        assertThat(CODER.code("She was sold to an older Chinese farmer for 3,000 yuan.").perpetrators()).containsExactly("buyer");
        assertThat(CODER.code("그녀는 브로커에게 속아 중국 남성에게 팔려갔다.").perpetrators()).contains("buyer");
        assertThat(CODER.code("She feared she would be sold to a Chinese man.").perpetrators()).isEmpty();
        assertThat(CODER.code("누구에게 팔려갈지 몰랐다.").perpetrators()).doesNotContain("buyer");
    }

    @Test
    void placesThatDescribeATownOrSomeonesPastAreNotPlaces() {
        CodingResult r = CODER.code("He grew up in a city bordering China and was arrested in 2010.");
        assertThat(r.locations()).isEmpty();
        // The border area as the place of the act is the border (GUIDE.txt, sets D/E); a town near it is not.
        assertThat(CODER.code("He grew up in a town near the Chinese border and was arrested in 2010.").locations()).isEmpty();
        assertThat(CODER.code("She had lived in China for years. Police arrested her in Hyesan.").locations()).isEmpty();
        assertThat(CODER.code("Guards beat him in a border town.").locations()).isEmpty();
        assertThat(CODER.code("그의 고향은 국경과 거리가 멀고, 그는 보안서에서 구타를 당했다.").locations()).isEmpty();
        assertThat(CODER.code("He was beaten in China and caught crossing the border.").locations())
                .containsExactlyInAnyOrder("abroad_transit", "border_crossing");
    }

    @Test
    void theParentDetentionAddsNothingNextToItsKind() {
        assertThat(CODER.code("In detention at the holding centre, guards beat her.").locations())
                .containsExactly("pretrial_detention");
        assertThat(CODER.code("Rape by officials in detention was common.").locations()).containsExactly("detention");
    }

    @Test
    void violationsToldByDescription() {
        assertThat(CODER.code("Detainees were forced to sit motionless for hours and were not allowed to sleep.").violations())
                .contains("torture");
        assertThat(CODER.code("Prisoners were barely fed and given no food for days.").violations()).contains("denial_of_resources");
        assertThat(CODER.code("취조실에서 밤새 잠을 재우지 않았다.").violations()).contains("torture");
        assertThat(CODER.code("구류장에서는 밥을 주지 않았다.").violations()).contains("denial_of_resources");
    }

    @Test
    void workUnderAFearedBeatingIsForcedLabour() {
        assertThat(CODER.code("We worked from dawn to midnight because we did not want to be beaten.").violations())
                .containsExactly("forced_labour");
        assertThat(CODER.code("맞을까 봐 새벽부터 밤까지 일했다.").violations()).containsExactly("forced_labour");
        assertThat(CODER.code("She feared she would be beaten if she went back.").violations()).isEmpty();
    }

    @Test
    void anObjectPronounInsideAPhraseDoesNotHideIt() {
        assertThat(CODER.code("An interrogator forced her to kneel on the floor for hours.").violations()).contains("torture");
        assertThat(CODER.code("The guards beat him to death.").violations()).contains("killing");
    }

    @Test
    void workAndDeathInADetentionPlace() {
        assertThat(CODER.code("At the labour training camp we worked fourteen hours a day.").violations())
                .contains("forced_labour");
        assertThat(CODER.code("Detainees at the labour training camp were strip-searched.").violations())
                .doesNotContain("forced_labour");
        assertThat(CODER.code("그는 교화소에서 영양실조로 사망한 수감자를 보았다.").violations()).contains("death_in_custody");
        assertThat(CODER.code("She worked at a market before she was sent to the holding centre.").violations())
                .doesNotContain("forced_labour");
    }

    @Test
    void womenSoldAsBridesAreTraffickedAndForcedToMarry() {
        CodingResult r = CODER.code("Many ended up sold as brides to farmers in rural villages.");
        assertThat(r.violations()).contains("trafficking", "forced_marriage");
        assertThat(r.perpetrators()).containsExactly("buyer");
    }

    @Test
    void aBorderCityIsNotACrossing() {
        assertThat(CODER.code("혜산은 중국과 가까운 국경 도시로 밀수가 많다.").locations()).isEmpty();
    }

    @Test
    void koreanDetaineeNounIsNotTheActOfThePersonBeforeIt() {
        assertThat(CODER.code("구류장 계호원은 여성 수감자들에게 성관계를 요구했다.").perpetrators()).containsExactly("detention_guard");
    }

    @Test
    void takenToAnAgencyIsDetentionByIt() {
        CodingResult r = CODER.code("그녀는 보위부에 끌려가 한 달 동안 조사를 받았다.");
        assertThat(r.violations()).contains("arbitrary_detention");
        assertThat(r.perpetrators()).containsExactly("state_security");
    }

    @Test
    void placeWordsQualifyingAnAbstractNounOrOwningSomethingAreNotPlaces() {
        assertThat(CODER.code("Women engaged in market activities were arrested.").locations()).isEmpty();
        assertThat(CODER.code("China's repatriation policy sends women back to be detained.").locations()).isEmpty();
        assertThat(CODER.code("Guards beat women at the market.").locations()).containsExactly("market");
    }

    @Test
    void commandersAreSoldiersAndRunByNamesTheAgent() {
        assertThat(CODER.code("The commander of her unit raped her repeatedly.").perpetrators()).containsExactly("soldier");
        assertThat(CODER.code("He was left standing for days in an interrogation room run by the Bowibu.").perpetrators())
                .containsExactly("state_security");
    }

    @Test
    void killingANewbornIsInfanticide() {
        assertThat(CODER.code("She said the guards took the newborn away and killed it.").violations())
                .containsExactly("infanticide");
        assertThat(CODER.code("간수가 아기를 데려가 죽였다고 했다.").violations()).containsExactly("infanticide");
        assertThat(CODER.code("The guards killed a prisoner who tried to escape.").violations()).contains("killing")
                .doesNotContain("infanticide");
    }

    @Test
    void personNamedAsThePerpetratorIsTheAgent() {
        assertThat(CODER.code("She was raped in 2011. The perpetrator was a soldier from a nearby base.").perpetrators())
                .containsExactly("soldier");
        assertThat(CODER.code("그녀는 성폭행을 당했다. 가해자는 보위원이었다.").perpetrators()).containsExactly("state_security");
    }

    @Test
    void placesOfOriginAreNotScenes() {
        assertThat(CODER.code("A woman who grew up near the border was raped by a soldier.").locations()).isEmpty();
        assertThat(CODER.code("중국에서 태어난 아이는 보위원에게 맞았다.").locations()).isEmpty();
    }

    @Test
    void aStayInADetentionPlaceIsDetention() {
        assertThat(CODER.code("He spent two years in a prison in the north.").violations()).containsExactly("arbitrary_detention");
        assertThat(CODER.code("그는 구치소에서 석 달을 보내며 재판을 기다렸다.").violations()).containsExactly("arbitrary_detention");
        // A woman beaten at the holding centre was held there (the coders' convention, docs/coding-suggestions.md).
        assertThat(CODER.code("At the holding centre the guards beat a woman.").violations())
                .containsExactlyInAnyOrder("physical_assault", "arbitrary_detention");
    }

    @Test
    void detaineeNounsAreNotActsOfThePersonBeforeThem() {
        assertThat(CODER.code("Her brother and other inmates were beaten by guards.").perpetrators())
                .containsExactly("detention_guard");
        assertThat(CODER.code("교화소 관리자는 다른 제소자들이 그녀를 때리도록 했다.").perpetrators()).containsExactly("detention_guard");
    }

    @Test
    void nationalityOfPeopleIsNoPlaceUnlessAWomanIsSoldToThem() {
        assertThat(CODER.code("Her Chinese husband beat her.").locations()).isEmpty();
        assertThat(CODER.code("She was sold to a Chinese farmer.").locations()).containsExactly("abroad_transit");
        assertThat(CODER.code("She was sold to an older Chinese farmer.").locations()).containsExactly("abroad_transit");
        assertThat(CODER.code("Guards beat the prisoners sent back home.").locations()).isEmpty();
        assertThat(CODER.code("The goods are exported to China, where guards beat them.").locations()).isEmpty();
    }

    @Test
    void dreadIsAHedge() {
        assertThat(CODER.code("She lives in dread that the police will arrest her.").violations()).isEmpty();
    }

    @Test
    void koreanBorderRegionIsNoCrossing() {
        assertThat(CODER.code("국경지역의 집결소에 구금되었다.").locations()).containsExactly("pretrial_detention");
        assertThat(CODER.code("교화소는 국경에서 수십 킬로 떨어진 산에 있다.").locations()).containsExactly("reeducation_camp");
    }

    @Test
    void theCloserPersonIsTheSubjectAndTheDeadAreVictims() {
        assertThat(CODER.code("She sent money to her brother, but her husband would not give her an allowance and beat her.")
                .perpetrators()).containsExactly("intimate_partner");
        assertThat(CODER.code("The guards and the soldiers beat him.").perpetrators())
                .containsExactlyInAnyOrder("detention_guard", "soldier");
        assertThat(CODER.code("Her father died in custody in 2009.").perpetrators()).isEmpty();
        assertThat(CODER.code("Her husband was caught and savagely beaten by the police.").perpetrators()).containsExactly("police");
    }

    @Test
    void forcedMarriageAbroadIsTrafficking() {
        CodingResult r = CODER.code("In China she was married off to a man twice her age.");
        assertThat(r.violations()).contains("forced_marriage", "trafficking");
        assertThat(r.perpetrators()).containsExactly("buyer");
        assertThat(CODER.code("Her parents married her off to a neighbour.").violations()).containsExactly("forced_marriage");
    }

    @Test
    void theBorderInABorderForceIsNoCrossing() {
        assertThat(CODER.code("She was arrested in a city by border agents.").locations()).isEmpty();
        assertThat(CODER.code("A former prison guard said soldiers beat women at the market.").locations())
                .containsExactly("market");
    }

    @Test
    void deathAndHungerInTheSentencesAfterTheHeld() {
        CodingResult r = CODER.code("남자 죄수들이 시신을 산으로 옮겼다. 굶주림으로 매일 두세 명이 죽었다.");
        assertThat(r.violations()).contains("arbitrary_detention", "death_in_custody", "denial_of_resources");
        assertThat(CODER.code("At the camp the inmates carried the bodies out. Many died of hunger.").violations())
                .contains("death_in_custody", "denial_of_resources");
    }

    @Test
    void aPeriodAfterAnAbbreviationEndsNoSentence() {
        assertThat(CODER.code("He was held in Kwan-li-so No. 14, where he worked in a mine.").violations())
                .contains("forced_labour");
    }

    @Test
    void aPlaceThatDescribesTheNextOneIsNotASecondPlace() {
        assertThat(CODER.code("재판 전 구금 시설인 구류장에서 보위원에게 맞았다.").locations()).containsExactly("pretrial_detention");
        assertThat(CODER.code("여성폭력 담당 보고관이 강제노동을 비판했다.").violations()).containsExactly("forced_labour");
    }

    @Test
    void harmToANewbornToldWithoutTheWordIsInfanticide() {
        CodingResult r = CODER.code("A guard took the newborn and smothered it with a towel.");
        assertThat(r.violations()).containsExactly("infanticide");
        assertThat(r.perpetrators()).containsExactly("detention_guard");
        assertThat(CODER.code("경비원이 갓난아기를 엎어 놓았다.").violations()).containsExactly("infanticide");
        assertThat(CODER.code("The guards never smothered the babies.").violations()).isEmpty();
        assertThat(CODER.code("He drowned his sorrows after the beating.").violations()).doesNotContain("infanticide");
    }

    @Test
    void withoutNegatesOnlyItsOwnNoun() {
        assertThat(CODER.code("She was punched for leaving without permission at a detention center.").locations())
                .containsExactly("detention");
        assertThat(CODER.code("He died in custody in 2003.").locations()).containsExactly("detention");
    }

    @Test
    void theAgencyRunningAFacilityIsNotTheAgentWhenSomeoneElseIsNamed() {
        assertThat(CODER.code("보위부 집결소에서 남성 간수들이 여성들을 성추행했다.").perpetrators()).containsExactly("detention_guard");
        assertThat(CODER.code("보안원, 보위원, 교도관들에게 맞았다.").perpetrators())
                .containsExactlyInAnyOrder("police", "state_security", "detention_guard");
        assertThat(CODER.code("보안성 요원, 보위부 요원, 교도관들에게 폭행을 당했다.").perpetrators())
                .containsExactlyInAnyOrder("police", "state_security", "detention_guard");
    }

    @Test
    void riskIsAHedgeInBothLanguages() {
        assertThat(CODER.code("Women sent back risk being tortured.").violations()).isEmpty();
        assertThat(CODER.code("북송되면 고문을 당할 위험이 크다.").violations()).isEmpty();
        assertThat(CODER.code("그는 보위부에서 고문을 당했다.").violations()).containsExactly("torture");
    }

    // Fictional sentences written for these tests (no text from any real report).

    @Test
    void actorNamedInAnotherSentenceThanTheActIsAPerpetrator() {
        assertThat(CODER.code("Two prisoners were beaten to death in the yard. The guards were later moved to another camp.")
                .perpetrators()).containsExactly("detention_guard");
        assertThat(CODER.code("보안원은 사건을 받아주지 않았다. 그 뒤 그녀는 다시 폭행을 당했다.").perpetrators())
                .containsExactly("police");
    }

    @Test
    void mentionedActorIsNotASpeakerFormerMemberKinOrAddressee() {
        assertThat(CODER.code("Prisoners were beaten every day. A former guard said so in an interview.").perpetrators())
                .isEmpty();
        assertThat(CODER.code("Prisoners were beaten every day. The wives of soldiers sold bread nearby.").perpetrators())
                .isEmpty();
        assertThat(CODER.code("She was beaten at home. Later she went to the police for help.").perpetrators()).isEmpty();
        assertThat(CODER.code("그녀는 집에서 맞았다. 보안원에게 알렸지만 소용없었다.").perpetrators()).isEmpty();
        assertThat(CODER.code("군인 출신 여성들은 구금 중에 맞았다고 했다.").perpetrators()).isEmpty();
        assertThat(CODER.code("He was tortured in custody. His brother visited him once.").perpetrators()).isEmpty();
    }

    @Test
    void mentionedActorIsNotTakenWhenTheActAlreadyHasItsAgent() {
        assertThat(CODER.code("The soldiers stood at the gate. Her husband beat her that night.").perpetrators())
                .containsExactly("intimate_partner");
        assertThat(CODER.code("The guard stood outside. She was beaten by the other women.").perpetrators()).isEmpty();
    }

    @Test
    void brokerMentionedOnlyCountsNextToASale() {
        assertThat(CODER.code("A broker helped her cross the river. She was arrested in the city.").perpetrators())
                .doesNotContain("broker");
        assertThat(CODER.code("The broker ran a network in the city. Two young women were sold to a farmer.").perpetrators())
                .contains("broker");
    }

    @Test
    void notOnlyDoesNotNegateAndPluralPossessorIsNotTheAgent() {
        assertThat(CODER.code("The women were not only beaten, they were starved.").violations()).contains("physical_assault");
        assertThat(CODER.code("Disobeying the guards' rules led to beatings.").perpetrators()).isEmpty();
    }

    @Test
    void violationsAndPlacesToldByDescription() {
        assertThat(CODER.code("For weeks the detainees got scraps of food; some were not provided with water.").violations())
                .contains("denial_of_resources");
        assertThat(CODER.code("Officers demanded sexual favours from the young recruits.").violations())
                .contains("sexual_exploitation");
        assertThat(CODER.code("Guards searched for hidden money on every returnee.").violations())
                .contains("invasive_body_search");
        assertThat(CODER.code("They laboured at a concentration camp from dawn.").locations()).contains("prison_camp");
        assertThat(CODER.code("그는 입대 후 구타를 당했다.").locations()).contains("military_unit");
        assertThat(CODER.code("그들은 임금을 받지 못하고 일했다.").violations()).contains("forced_labour");
    }

    @Test
    void koreanGlossAndCountedSubjectAndAgencyAsThePlace() {
        assertThat(CODER.code("교도관(간수) 3명이 밤에 그 남성을 때렸다.").perpetrators()).containsExactly("detention_guard");
        assertThat(CODER.code("보위부에서 경비원 3명이 그 남성을 때렸다.").perpetrators()).containsExactly("detention_guard");
        assertThat(CODER.code("보위부에서 여성을 때렸다.").perpetrators()).containsExactly("state_security");
    }

    @Test
    void borderRegionIsNoScene() {
        assertThat(CODER.code("She phoned us from the border region, where she was later beaten.").locations())
                .doesNotContain("border_crossing");
        assertThat(CODER.code("She was beaten at the border.").locations()).containsExactly("border_crossing");
    }

    @Test
    void chineseAuthoritiesArePolice() {
        assertThat(CODER.code("She was arrested by the Chinese authorities.").perpetrators()).containsExactly("police");
    }

    @Test
    void koreanLitotesAsserts() {
        assertThat(CODER.code("그 구류장에서는 밤마다 고문이 끊이지 않았다.").violations()).contains("torture");
        assertThat(CODER.code("그 부대에서는 상급자가 여군에게 성적인 요구를 하는 경우가 드물지 않았다고 한다.").violations()).contains("sexual_exploitation");
        assertThat(CODER.code("그는 고문을 당하지 않았다.").violations()).doesNotContain("torture");
    }

    @Test
    void holdingCentreRunByStateSecurityIsWhereItInterrogates() {
        assertThat(CODER.code("She was held for a month at an MSS holding center near the river.").locations())
                .containsExactly("interrogation_facility");
        assertThat(CODER.code("She was held for a month at a holding center near the river.").locations())
                .containsExactly("pretrial_detention");
    }

    @Test
    void koreanCountryBeforeAThingIsItsNationality() {
        assertThat(CODER.code("그녀는 중국 손전화를 쓰다가 보위부에 체포됐다.").locations()).doesNotContain("abroad_transit");
        assertThat(CODER.code("그녀는 중국 공안에 잡혀 북송됐다.").locations()).contains("abroad_transit");
    }

    @Test
    void moreActsToldByDescription() {
        assertThat(CODER.code("The prisoners were kicked in the yard before being shot by the guards.").violations()).contains("killing");
        assertThat(CODER.code("The cook said the guards did not provide enough food for the women.").violations())
                .contains("denial_of_resources");
        assertThat(CODER.code("On arrival the women were put straight to work in the kitchen.").violations())
                .contains("forced_labour");
        assertThat(CODER.code("업주는 여성들에게 화상채팅을 시켰다.").violations()).contains("sexual_exploitation");
        assertThat(CODER.code("이웃이 신고했지만 그 남자에 대한 처벌은 없었다.").violations()).contains("denial_of_justice");
    }

    // Set D round (2026-12-07): fictional sentences written for these tests.

    @Test
    void detentionToldByConfinementOrASecondCatchButNotByRepatriationAlone() {
        assertThat(CODER.code("The two sisters were kept in confinement in a rented flat for weeks.").violations())
                .contains("arbitrary_detention");
        assertThat(CODER.code("After the raid on the guesthouse he was repatriated.").violations())
                .doesNotContain("arbitrary_detention");
        assertThat(CODER.code("Months later she was caught again by the authorities near the station.").violations())
                .contains("arbitrary_detention");
        assertThat(CODER.code("She fears she will be forcibly repatriated.").violations()).doesNotContain("arbitrary_detention");
        assertThat(CODER.code("Women sent back to the North risk being tortured.").violations()).isEmpty();
    }

    @Test
    void beingSentToAHoldingPlaceIsDetentionEvenBesideOtherActs() {
        assertThat(CODER.code("Young traders who missed the meetings were sent to a labour training camp, where many were beaten.")
                .violations()).contains("arbitrary_detention", "physical_assault");
        assertThat(CODER.code("규칙을 어긴 청년들은 노동단련대에 보내졌고 그곳에서 매를 맞았다.").violations())
                .contains("arbitrary_detention");
        assertThat(CODER.code("The guards at the labour training camp were beaten by their own officers.").violations())
                .doesNotContain("arbitrary_detention");
    }

    @Test
    void beatingVerbsAndNounListsOfAbuses() {
        assertThat(CODER.code("The officer repeatedly struck the man with a shovel handle.").violations()).contains("physical_assault");
        assertThat(CODER.code("Guards would stomp on the backs of men who fell asleep.").violations()).contains("physical_assault");
        assertThat(CODER.code("The accounts describe killings, inadequate access to food and verbal abuse in two camps.")
                .violations()).contains("killing", "denial_of_resources");
        assertThat(CODER.code("The man was never beaten up during his stay.").violations()).doesNotContain("physical_assault");
    }

    @Test
    void forcedAbortionToldByWhatWasDoneToTheUnborn() {
        assertThat(CODER.code("The interrogator made her run until it would cause a miscarriage.").violations())
                .contains("forced_abortion");
        assertThat(CODER.code("The officers were ordered to kill the unborn babies of the returned women.").violations())
                .contains("forced_abortion");
        assertThat(CODER.code("Her fetus was aborted in the clinic of the holding centre.").violations())
                .contains("forced_abortion");
    }

    @Test
    void workAndPayToldByDescription() {
        assertThat(CODER.code("The loggers had to work seven days a week and were never paid.").violations())
                .contains("forced_labour", "denial_of_resources");
        assertThat(CODER.code("The kitchen staff said they lacked basic necessities such as soap.").violations())
                .contains("denial_of_resources");
        assertThat(CODER.code("They did not have to work on Sundays.").violations()).doesNotContain("forced_labour");
    }

    @Test
    void saleToAManSpokenOfAsHusbandIsAForcedMarriage() {
        CodingResult far = CODER.code("She was sold for a few thousand yuan (a sum her family never saw) to a widower. "
                + "Her husband locked her in the barn.");
        assertThat(far.violations()).contains("trafficking", "forced_marriage");
        assertThat(far.perpetrators()).contains("buyer");
        assertThat(CODER.code("The women were sold either to old farmers as a wife or to bar owners.").violations())
                .contains("forced_marriage");
        CodingResult worker = CODER.code("The broker sold her as a servant to an old farmer, and she worked in his orchard.");
        assertThat(worker.perpetrators()).contains("buyer");
        assertThat(worker.violations()).doesNotContain("forced_marriage");
        assertThat(CODER.code("Brokers sell women to men in poor villages who cannot find brides.").violations())
                .doesNotContain("forced_marriage");
    }

    @Test
    void agentsNamedAsMiddlemenSuperiorsOrGovernmentSupervisors() {
        assertThat(CODER.code("Middlemen sold her to a bar owner.").perpetrators()).contains("broker");
        assertThat(CODER.code("Our superiors beat the night shift for being late.").perpetrators())
                .containsExactly("workplace_superior");
        assertThat(CODER.code("Government supervisors beat the workers who complained.").perpetrators())
                .containsExactly("state_official");
    }

    @Test
    void crowdsAndStadiumsArePublicPlacesAndAFiringSquadIsNoUnit() {
        CodingResult r = CODER.code("The two men were shot by a firing squad in front of large crowds in a stadium.");
        assertThat(r.locations()).contains("public_place").doesNotContain("military_unit");
        assertThat(CODER.code("He was beaten in his squad by an older soldier.").locations()).contains("military_unit");
    }

    @Test
    void moreKoreanActsToldByNouns() {
        assertThat(CODER.code("수감자들은 식량 박탈을 겪었다고 진술했다.").violations()).contains("denial_of_resources");
        assertThat(CODER.code("여성들은 교화소에서 강도 높은 신체 수색을 당했다.").violations()).contains("invasive_body_search");
        assertThat(CODER.code("시어머니는 며느리를 날마다 구박했다.").violations()).contains("psychological_abuse");
        assertThat(CODER.code("그 마을에서는 가정 폭력이 흔했다고 한다.").violations()).contains("physical_assault");
    }

    @Test
    void chineseBeforeAThingIsItsNationalityButBeforeAForceOrPlaceItIsChina() {
        assertThat(CODER.code("The guard beat her because she carried a Chinese baby.").locations()).doesNotContain("abroad_transit");
        assertThat(CODER.code("He was sold for 900 Chinese yuan and beaten on the way.").locations()).doesNotContain("abroad_transit");
        assertThat(CODER.code("She was beaten in a Chinese prison before her return.").locations()).contains("abroad_transit");
        assertThat(CODER.code("She was arrested by Chinese police at the bus stop.").locations()).contains("abroad_transit");
    }

    @Test
    void placesOnlyComparedWithOrNamingAnInstitutionAreNoScene() {
        assertThat(CODER.code("The workers were beaten more often than the prisoners in labor camps.").locations())
                .doesNotContain("labour_training_camp", "detention");
        assertThat(CODER.code("The Office of the Ombudsman heard that the women were beaten.").locations()).isEmpty();
        assertThat(CODER.code("The manager beat her in his office.").locations()).containsExactly("workplace");
        assertThat(CODER.code("Smugglers raped the women in a town that was a transit point for refugees.").locations())
                .doesNotContain("abroad_transit");
    }

    @Test
    void aHouseInsideALongerPlaceIsNoHome() {
        CodingResult r = CODER.code("He was beaten at a detention house near the bridge.");
        assertThat(r.locations()).contains("detention").doesNotContain("home");
        assertThat(r.violations()).contains("physical_assault", "arbitrary_detention");
    }

    @Test
    void killingUnbornBabiesIsForcedAbortionNotInfanticideAndHangingFromABarIsTorture() {
        CodingResult unborn = CODER.code("The officers beat the women to kill their unborn babies.");
        assertThat(unborn.violations()).contains("forced_abortion").doesNotContain("infanticide");
        assertThat(CODER.code("The guards killed the babies born in the cell.").violations()).contains("infanticide");
        CodingResult bar = CODER.code("As a punishment the recruits had to hang from a frozen bar for an hour.");
        assertThat(bar.violations()).contains("torture").doesNotContain("killing");
    }

    @Test
    void koreanStateSecurityNamedAsWhereSomeoneIsHeldIsAnInterrogationFacility() {
        CodingResult held = CODER.code("그 남자는 도 보위부에 구금된 뒤 매일 맞았다.");
        assertThat(held.locations()).contains("interrogation_facility");
        CodingResult entered = CODER.code("보위부에 들어가자 그들은 옷을 벗으라고 했다.");
        assertThat(entered.violations()).contains("arbitrary_detention");
        assertThat(entered.locations()).contains("interrogation_facility");
        assertThat(CODER.code("그녀는 보위부에 구금될까 봐 두려웠다.").locations()).doesNotContain("interrogation_facility");
        assertThat(CODER.code("보위부 요원이 시장에서 그를 때렸다.").locations()).doesNotContain("interrogation_facility");
    }

    // Set D round 2 (from the other half): fictional sentences written for these tests.

    @Test
    void hungerAndNeglectToldByNouns() {
        assertThat(CODER.code("Constant hunger and malnutrition marked the years in the labour camp.").violations())
                .contains("denial_of_resources");
        assertThat(CODER.code("The injured boy received no medical attention for a week.").violations())
                .contains("denial_of_resources");
        assertThat(CODER.code("감방에서는 물 한 모금도 주지 않았다고 그는 말했다.").violations()).contains("denial_of_resources");
    }

    @Test
    void almostKilledIsNoKillingAndFearedExecutionIsNoneInKorean() {
        CodingResult almost = CODER.code("The trader was almost beaten to death by the guards.");
        assertThat(almost.violations()).doesNotContain("killing");
        assertThat(CODER.code("The trader was beaten to death by the guards.").violations()).contains("killing");
        assertThat(CODER.code("그들은 처형당하게 될 것을 우려해서 사실을 숨겼다.").violations()).doesNotContain("killing");
    }

    @Test
    void sexualAssaultThatLedToAPregnancyIsRape() {
        CodingResult r = CODER.code("The cook became pregnant after repeated sexual assaults by the foreman.");
        assertThat(r.violations()).contains("rape").doesNotContain("sexual_assault");
        assertThat(CODER.code("The foreman sexually assaulted the cook. Years later she was pregnant with her second child.")
                .violations()).contains("sexual_assault").doesNotContain("rape");
    }

    @Test
    void anOfficeOfAnAgencyIsNoWorkplaceAndBeingTakenForInterrogationIsDetention() {
        CodingResult r = CODER.code("The villagers were taken to the county office of the secret police for interrogation.");
        assertThat(r.locations()).contains("interrogation_facility").doesNotContain("workplace");
        assertThat(r.violations()).contains("arbitrary_detention");
    }

    @Test
    void intimidationAndGrabbingAreAbuse() {
        assertThat(CODER.code("The guards intimidated the new arrivals with shouted orders.").violations())
                .contains("psychological_abuse");
        assertThat(CODER.code("The director grabbed her chest in the corridor.").violations()).contains("sexual_assault");
        assertThat(CODER.code("Inspectors searched their underwear for banknotes.").violations()).contains("invasive_body_search");
    }

    @Test
    void boughtAsBridesAndWorkersAtASiteAndCountriesWhereWorkersAreSent() {
        CodingResult r = CODER.code("The two cousins were bought as brides by brothers in a mountain village.");
        assertThat(r.violations()).contains("trafficking", "forced_marriage");
        assertThat(CODER.code("A worker at the cement plant was beaten by his foreman.").locations()).contains("workplace");
        assertThat(CODER.code("Loggers sent to Malaysia were beaten when they asked for pay.").locations())
                .contains("abroad_transit");
    }

    @Test
    void koreanSaleToABachelorIsAForcedMarriageAndMoreKoreanActs() {
        assertThat(CODER.code("그 여성은 중국 노총각에게 팔려갔다.").violations()).contains("trafficking", "forced_marriage");
        assertThat(CODER.code("그 여성은 식당 주인에게 팔려갔다.").violations()).doesNotContain("forced_marriage");
        assertThat(CODER.code("단속원들은 여성들의 속옷까지 뒤지며 돈을 찾았다.").violations()).contains("invasive_body_search");
        assertThat(CODER.code("수감자들은 간부들의 집짓기에 동원되었다.").violations()).contains("forced_labour");
        assertThat(CODER.code("계호원이 개머리판으로 그의 등을 내리쳤다.").violations()).contains("physical_assault");
    }

    @Test
    void koreanStateSecurityWhereAnActWasDoneIsAnInterrogationFacility() {
        assertThat(CODER.code("그는 군 보위부 반탐처에서 한 달간 고문에 시달렸다.").locations()).contains("interrogation_facility");
        assertThat(CODER.code("그는 보위부 집결소에 구금되었다.").locations()).doesNotContain("interrogation_facility");
        assertThat(CODER.code("보위부에서 나온 요원이 그를 때렸다.").locations()).doesNotContain("interrogation_facility");
    }

    // Set E rounds (2026-12-07): fictional sentences written for these tests.

    @Test
    void vulnerableLikelyPossibleChargedAndFreeOfDoNotAssert() {
        assertThat(CODER.code("Widows in the mining towns are vulnerable to trafficking.").violations()).isEmpty();
        assertThat(CODER.code("The returned students could face possible torture.").violations()).isEmpty();
        assertThat(CODER.code("Officials say the county has been free of domestic violence for years.").violations()).isEmpty();
        assertThat(CODER.code("The smuggler convicted of trafficking was executed in public.").violations())
                .containsExactly("killing");
        assertThat(CODER.code("She is likely to be punished again because she was imprisoned for two years.").violations())
                .contains("arbitrary_detention");
    }

    @Test
    void placesLikenedToAtTheEdgeOfATownOrGivenAsANationalityAreNoScene() {
        assertThat(CODER.code("The new hostel looks like a prison camp.").locations()).doesNotContain("prison_camp");
        assertThat(CODER.code("In a city on the border, two traders were beaten.").locations()).doesNotContain("border_crossing");
        CodingResult nationality = CODER.code("The guards insulted the boy because his father was Chinese.");
        assertThat(nationality.violations()).contains("psychological_abuse");
        assertThat(nationality.locations()).doesNotContain("abroad_transit");
        assertThat(CODER.code("He was beaten at a Russian timber yard.").locations()).contains("abroad_transit");
        assertThat(CODER.code("She was beaten by her Russian neighbours.").locations()).doesNotContain("abroad_transit");
        assertThat(CODER.code("Four defectors were arrested near Shenyang.").locations()).contains("abroad_transit");
    }

    @Test
    void aVerbOrADirectionIsNoHomeAndAProsecutorsOfficeIsNoWorkplace() {
        assertThat(CODER.code("The barracks housed two hundred recruits.").locations()).doesNotContain("home");
        assertThat(CODER.code("He was beaten on his way home from the mine.").locations()).doesNotContain("home");
        assertThat(CODER.code("The guard was arrested and his file sent to the prosecutor's office.").locations())
                .doesNotContain("workplace");
    }

    @Test
    void aCountWordInsideAPhraseIsSkippedAndAProgressiveIsActive() {
        assertThat(CODER.code("The camp doctor forced them to have several abortions.").violations()).contains("forced_abortion");
        assertThat(CODER.code("The seamstresses were held there against their will.").violations()).contains("arbitrary_detention");
        assertThat(CODER.code("The sergeant had been beating the recruits for weeks.").perpetrators()).containsExactly("soldier");
        assertThat(CODER.code("The sergeant had been beaten by the cook.").perpetrators()).isEmpty();
    }

    @Test
    void bornInAPrisonCampWasHeldThere() {
        assertThat(CODER.code("Her son was born in a prison camp in the north.").locations()).contains("prison_camp");
        assertThat(CODER.code("She was born in China and beaten there by her husband.").locations()).doesNotContain("abroad_transit");
    }

    @Test
    void aChineseForceGivesNoKindToTheDetentionPlaceAfterTheHandOver() {
        CodingResult r = CODER.code("Chinese police seized him at a bus station and handed him over. He was held in a detention centre.");
        assertThat(r.locations()).contains("detention").doesNotContain("pretrial_detention");
        assertThat(CODER.code("The police held her in a detention centre for a month.").locations()).contains("pretrial_detention");
    }

    @Test
    void wagesTakenConfinementToTheWorkplaceAndInducedLabour() {
        assertThat(CODER.code("The miners' earnings went to the state as loyalty funds.").violations())
                .contains("forced_labour", "denial_of_resources");
        CodingResult confined = CODER.code("Cooks at the restaurant were forbidden to leave their dormitory.");
        assertThat(confined.violations()).contains("arbitrary_detention");
        assertThat(confined.locations()).contains("workplace");
        CodingResult induced = CODER.code("A nurse gave the detainee a labor-inducing drug.");
        assertThat(induced.violations()).contains("forced_abortion").doesNotContain("forced_labour");
        assertThat(CODER.code("Her cousin ended up in an involuntary marriage.").violations()).contains("forced_marriage");
    }

    @Test
    void koreanWordsInsideLongerWordsAndMinistriesAreNotMatches() {
        assertThat(CODER.code("그는 불구속 입건되었다.").violations()).doesNotContain("arbitrary_detention");
        assertThat(CODER.code("경찰 범죄수사과가 사건을 넘겨받았다.").violations()).doesNotContain("arbitrary_detention");
        CodingResult ministry = CODER.code("여성가족부의 조사에서 부부폭력이 흔한 것으로 나타났다.");
        assertThat(ministry.violations()).contains("physical_assault");
        assertThat(ministry.perpetrators()).containsExactly("intimate_partner");
    }

    @Test
    void koreanArrestByStateSecurityThenHeldElsewhere() {
        CodingResult r = CODER.code("그의 형은 보위부에 체포되어 관리소에 수감되었다.");
        assertThat(r.locations()).contains("prison_camp").doesNotContain("interrogation_facility");
        assertThat(r.violations()).contains("arbitrary_detention");
        assertThat(CODER.code("그는 보위부에 체포된 뒤 한 달 동안 구금되어 있었다.").locations()).contains("interrogation_facility");
    }

    @Test
    void koreanNationalityOfWomenAndConditionalTrips() {
        CodingResult woman = CODER.code("시장에서 중국 여자 두 명이 군인에게 맞았다.");
        assertThat(woman.locations()).doesNotContain("abroad_transit");
        assertThat(woman.perpetrators()).containsExactly("soldier");
        CodingResult lured = CODER.code("중개인은 러시아에 가면 일자리가 많다며 여성들을 꼬드겼다.");
        assertThat(lured.locations()).doesNotContain("abroad_transit");
        assertThat(lured.violations()).contains("trafficking");
    }

    @Test
    void koreanOfficialsOfADetentionPlaceAreItsGuards() {
        assertThat(CODER.code("교화소의 한 간부가 수감자를 때렸다.").perpetrators()).containsExactly("detention_guard");
        assertThat(CODER.code("집결소에 온 사람들은 밤마다 간부들에게 맞았다.").perpetrators())
                .containsExactly("detention_guard");
        assertThat(CODER.code("인민반장들이 그 여성을 때렸다.").perpetrators()).containsExactly("state_official");
    }

    @Test
    void deathAndWorkToldBeforeTheDetentionPlaceOfTheirClause() {
        assertThat(CODER.code("Both prisoners died of typhus after months of hard labour at the kwalliso.").violations())
                .contains("death_in_custody", "forced_labour");
        assertThat(CODER.code("Her uncle died in the spring, and years later she was sent to a prison camp.").violations())
                .doesNotContain("death_in_custody");
        assertThat(CODER.code("지나친 노동으로 몸이 상한 수감자들이 교화소 병실에서 죽어가고 있었다.").violations())
                .contains("forced_labour", "death_in_custody");
    }

    @Test
    void theStatesUnnamedAuthoritiesAreItsOfficialsInKoreanAndChinasAreItsPolice() {
        // English reports say "the authorities" of any agency (sets D, E, G, I): no code.
        assertThat(CODER.code("The authorities beat the women who had returned from the border town.").perpetrators())
                .isEmpty();
        assertThat(CODER.code("북한 당국은 여성들에게 낙태를 강요했다.").perpetrators()).containsExactly("state_official");
        assertThat(CODER.code("중국 당국에 체포된 여성들은 며칠 뒤 강제 송환되었다.").perpetrators()).containsExactly("police");
        // Named only in passing, the authorities act on no one.
        assertThat(CODER.code("당국은 그 시설이 있다는 사실을 부인하고 있다.").perpetrators()).isEmpty();
    }

    @Test
    void aKoreanSexualAssaultThatMadeHerPregnantIsRapeButAPregnantWomanNamedBeforeIsNot() {
        assertThat(CODER.code("그 여성은 작업반장에게 여러 차례 성폭행을 당하고 결국 임신까지 하게 되었다.").violations())
                .contains("rape").doesNotContain("sexual_assault");
        assertThat(CODER.code("구류장에서는 임신부에게 낙태를 강요하고 여성 수감자들에게 성폭행을 가했다.").violations())
                .contains("sexual_assault", "forced_abortion").doesNotContain("rape");
    }

    @Test
    void someoneToldOfInsideAPlaceOfDetentionWasHeldThere() {
        assertThat(CODER.code("교화소에서 함께 지내던 언니는 병이 들었는데 치료를 받지 못했다.").violations())
                .contains("arbitrary_detention", "denial_of_resources");
        assertThat(CODER.code("At the holding centre the guards carried out a body search on every woman.").violations())
                .contains("arbitrary_detention", "invasive_body_search");
        // Feared, not told: no detention.
        assertThat(CODER.code("만약 국경에서 잡혔다면 관리소로 갔을 거예요.").violations()).isEmpty();
    }

    @Test
    void theNounBeforeAndInAKoreanListSharesTheAgentParticleOfItsLastItem() {
        assertThat(CODER.code("그 여성은 중국인 남편과 시어머니에게 매일 폭행을 당했다.").perpetrators())
                .contains("intimate_partner", "family_member");
        // "Together with" joins no list: the husband was arrested with her.
        assertThat(CODER.code("그 여성은 남편과 함께 중국 공안에게 체포되었다.").perpetrators())
                .contains("police").doesNotContain("intimate_partner");
    }

    @Test
    void payTakenFromThoseWhoEarnedItIsForcedLabourAndDenialOfResources() {
        assertThat(CODER.code("The state kept most of the wages of the women sent to the sewing plant abroad.").violations())
                .contains("forced_labour", "denial_of_resources");
        assertThat(CODER.code("해외에 파견된 여성 노동자들은 월급의 대부분을 당국에 빼앗겼다.").violations())
                .contains("forced_labour", "denial_of_resources");
        // Pay that is only mentioned is no violation.
        assertThat(CODER.code("She said her wages at the restaurant in Seoul were enough to live on.").violations()).isEmpty();
    }

    @Test
    void aKoreanActToldAsAConditionIsNotAsserted() {
        assertThat(CODER.code("여성들은 북송되면 다시 구금될 것이라고 말했다.").violations()).isEmpty();
        assertThat(CODER.code("그 여성은 작년에 북송되어 구류장에서 조사를 받았다.").violations()).contains("arbitrary_detention");
    }

    @Test
    void bathingIsNotSwearing() {
        assertThat(CODER.code("수감자들은 한 달에 한 번 찬물로 목욕을 했다.").violations()).doesNotContain("psychological_abuse");
    }

    @Test
    void aLabourCampOfNoStatedKindIsDetentionAndAShortTermOneALabourTrainingCamp() {
        // The coders' convention (sets D-F): "labor camp" names no kind of camp; 노동단련대 is
        // usually put into English as a short-term labour camp.
        assertThat(CODER.code("She spent eight months in a labor camp after she was sent back.").locations())
                .containsExactly("detention");
        assertThat(CODER.code("She spent eight months in a short-term labor camp after she was sent back.").locations())
                .containsExactly("labour_training_camp");
    }
}
