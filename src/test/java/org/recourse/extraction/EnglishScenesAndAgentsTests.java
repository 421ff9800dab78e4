package org.recourse.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * English places that name no scene and people who are not agents, as news reports word them.
 * Every sentence here is fictional, written for these tests.
 */
class EnglishScenesAndAgentsTests {

    private static final TestimonyCoder CODER = TestimonyCoder.fromSeed();

    @Test
    void aCountryThatIsOnlyTheGoalOfAJourneyIsNotTheScene() {
        assertThat(CODER.code("Soldiers shot at her as she crossed the river into China at dawn.").locations())
                .doesNotContain("abroad_transit");
        assertThat(CODER.code("Guards beat the women who had tried to escape to China.").locations())
                .doesNotContain("abroad_transit");
        assertThat(CODER.code("She fled to China, where a broker sold her to a farmer.").locations()).contains("abroad_transit");
        assertThat(CODER.code("He went to China to earn money and was beaten by his employer.").locations())
                .contains("abroad_transit");
        assertThat(CODER.code("After crossing into China she was raped by the broker.").locations()).contains("abroad_transit");
    }

    @Test
    void aVerbThatSharesAPlaceWordsStemNamesNoPlace() {
        assertThat(CODER.code("The prisoners were beaten until the crops were planted.").locations()).doesNotContain("workplace");
        assertThat(CODER.code("The manager beat her at the plant.").locations()).contains("workplace");
    }

    @Test
    void aPlaceWordThatQualifiesPeopleIsNoScene() {
        assertThat(CODER.code("Police arrested three market vendors in the city.").locations()).doesNotContain("market");
        assertThat(CODER.code("An orphaned street child was sold to a broker.").locations()).doesNotContain("public_place");
        assertThat(CODER.code("Back in her home country she was jailed for a year.").locations()).doesNotContain("home");
        assertThat(CODER.code("Police beat the traders in the market.").locations()).contains("market");
    }

    @Test
    void aPlaceToldClosedIsNoScene() {
        assertThat(CODER.code("The markets were closed, and the soldiers beat anyone they found.").locations())
                .doesNotContain("market");
        assertThat(CODER.code("After the closure of the border, guards beat smugglers in the town.").locations())
                .doesNotContain("border_crossing");
    }

    @Test
    void aStayBeforeWhatIsToldOrAMadeInLabelIsNotAbroad() {
        assertThat(CODER.code("Agents arrested her after living in China for a year.").locations())
                .doesNotContain("abroad_transit");
        assertThat(CODER.code("He was arrested for owning a Chinese-made phone.").locations()).doesNotContain("abroad_transit");
        assertThat(CODER.code("The babies were killed because the fathers were assumed to be Chinese.").locations())
                .doesNotContain("abroad_transit");
    }

    @Test
    void aCountryThatNamesABorderPutsThePassageAtTheBorder() {
        CodingResult r = CODER.code("Soldiers beat the women on the North Korea-China border.");
        assertThat(r.locations()).contains("border_crossing").doesNotContain("abroad_transit");
        assertThat(CODER.code("Women living near the border with China were forced to work on the wall.").locations())
                .doesNotContain("abroad_transit");
    }

    @Test
    void anActInTheBorderAreaOrNearTheBorderIsAtTheBorder() {
        assertThat(CODER.code("Police arrested her in the border area.").locations()).contains("border_crossing");
        assertThat(CODER.code("Soldiers caught her near the border and beat her.").locations()).contains("border_crossing");
        assertThat(CODER.code("She was raped in a village near the border.").locations()).doesNotContain("border_crossing");
        assertThat(CODER.code("Police arrested a woman who was living in the border regions.").locations())
                .doesNotContain("border_crossing");
    }

    @Test
    void aWomanSoldToAForeignManFarAfterToIsSoldAbroadToABuyer() {
        CodingResult r = CODER.code("She was sold to a poor middle-aged Chinese farmer.");
        assertThat(r.perpetrators()).contains("buyer");
        assertThat(r.locations()).contains("abroad_transit");
    }

    @Test
    void anOfficeOfAnAdministrationIsNoWorkplace() {
        assertThat(CODER.code("Officials at the district office beat him.").locations()).doesNotContain("workplace");
        assertThat(CODER.code("Agents from the KWP office arrested him.").locations()).doesNotContain("workplace");
        assertThat(CODER.code("The manager beat her in the office.").locations()).contains("workplace");
    }

    @Test
    void whoReceivesSomeoneOrIsASourceIsNotTheAgent() {
        CodingResult r = CODER.code("State security agents beat her and then handed her over to the local police.");
        assertThat(r.perpetrators()).contains("state_security").doesNotContain("police");
        assertThat(CODER.code("State security agents tortured him and compared his answers with files obtained from the police.")
                .perpetrators()).doesNotContain("police");
    }

    @Test
    void theOnesAVictimFellToAreTheAgents() {
        assertThat(CODER.code("She fled alone but fell victim to traffickers and was sold.").perpetrators()).contains("broker");
    }

    @Test
    void whoStarvedOrDiedSufferedTheAct() {
        assertThat(CODER.code("Her husband starved to death during the famine.").perpetrators()).isEmpty();
    }

    @Test
    void stateSecurityIsAnInterrogationFacilityOnlyWhenNamedAsThePlaceOfAnAct() {
        assertThat(CODER.code("She was held for two weeks at the state security department and beaten.").locations())
                .contains("interrogation_facility");
        assertThat(CODER.code("He was tortured for a month by the State Security Department.").locations())
                .doesNotContain("interrogation_facility");
    }

    @Test
    void campNumbersMatchAcrossTheAbbreviationsPeriod() {
        assertThat(CODER.code("He was held in Camp No. 14 for years.").locations()).contains("prison_camp");
    }

    @Test
    void newEntriesOfThisRound() {
        CodingResult money = CODER.code("Police officers were taking money from the children every week.");
        assertThat(money.violations()).contains("denial_of_resources");
        assertThat(money.perpetrators()).contains("police");
        CodingResult held = CODER.code("Six months of detainment by state security broke her.");
        assertThat(held.violations()).contains("arbitrary_detention");
        assertThat(held.perpetrators()).contains("state_security");
        assertThat(CODER.code("She was held at a jipkyolso for a month.").locations()).contains("pretrial_detention");
        assertThat(CODER.code("The women were locked in a small room for days.").violations()).contains("arbitrary_detention");
        assertThat(CODER.code("They were sent to labor-training or re-education camps.").locations())
                .contains("labour_training_camp", "reeducation_camp");
    }

    @Test
    void aBorderCrossedOnTheWayOrThatSituatesATownIsNotTheScene() {
        assertThat(CODER.code("The broker smuggled the women across the border and sold them in a city.").locations())
                .doesNotContain("border_crossing");
        assertThat(CODER.code("The police arrested two men in a town just across the border from the city.").locations())
                .doesNotContain("border_crossing");
        assertThat(CODER.code("He waded across the river into China and was beaten by the broker.").locations())
                .doesNotContain("border_crossing");
        assertThat(CODER.code("Guards shot the women as they went across the border.").locations()).contains("border_crossing");
    }

    @Test
    void aHouseWhereSomeoneIsKeptOrThatWasTakenIsNotHome() {
        assertThat(CODER.code("The broker kept her locked in a house and beat her.").locations()).doesNotContain("home");
        assertThat(CODER.code("Her family was exiled and their house was confiscated by the police.").locations())
                .doesNotContain("home");
        assertThat(CODER.code("Her husband beat her in the house every night.").locations()).contains("home");
    }

    @Test
    void reportWordingOfFarmWorkUnpaidWagesAndDeprivation() {
        assertThat(CODER.code("(Fictional.) In May the pupils of our school were forced to plant maize for three weeks.").violations()).contains("forced_labour");
        assertThat(CODER.code("The pupils serve as free labor on the collective farm each autumn.").violations())
                .contains("forced_labour");
        assertThat(CODER.code("The workers say they don't get paid for their months abroad.").violations())
                .contains("forced_labour", "denial_of_resources");
        assertThat(CODER.code("The loggers were paid very little by the company.").violations()).contains("forced_labour");
        assertThat(CODER.code("She cannot be hospitalized without papers.").violations()).contains("denial_of_resources");
        assertThat(CODER.code("With limited access to medical care, the prisoner fell ill.").violations())
                .contains("denial_of_resources");
        assertThat(CODER.code("Her son was found dead from starvation in the village.").violations())
                .contains("denial_of_resources");
        assertThat(CODER.code("In the cell there were no showers and no privacy.").violations()).contains("denial_of_resources");
    }

    @Test
    void tenMegabytesOfOneSentenceOfJourneysAndBordersAreCodedInBoundedTime() {
        // Each new rule reads a few words around a match: one sentence of them costs linear time.
        String big = ("she crossed the river into China after living in China near the North Korea-China border "
                + "market vendors were closed a Chinese-made phone sold to a poor middle-aged Chinese farmer "
                + "handed over to the local police fell victim to traffickers Camp No. 14 smuggled them back across the "
                + "border locked in a house ").repeat(40_000);
        Timed timed = Timed.code(CODER, big);
        CodingResult r = timed.result();
        assertThat(r.locations()).contains("prison_camp");
        assertThat(timed.seconds()).isLessThan(60);
    }

    @Test
    void tenMegabytesWithoutSpacesAreCodedInBoundedTime() {
        String big = "Chinese-made-China-border-No.14-".repeat(330_000);
        Timed timed = Timed.code(CODER, big);
        CodingResult r = timed.result();
        assertThat(r).isNotNull();
        assertThat(timed.seconds()).isLessThan(60);
    }
}
