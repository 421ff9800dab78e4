package org.recourse.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How English reports word detention, labour, deprivation, killing and the agencies behind
 * them (the tenth session's round). Every sentence here is fictional, written for these tests.
 */
class EnglishReportWordingTests {

    private static final TestimonyCoder CODER = TestimonyCoder.fromSeed();

    @Test
    void aPersonStartingTheNextClauseIsNotTheObjectOfTheAct() {
        CodingResult r = CODER.code("When the widow was arrested, the police beat her with sticks.");
        assertThat(r.perpetrators()).contains("police");
        assertThat(CODER.code("The guards beat the police officer.").perpetrators()).doesNotContain("police");
    }

    @Test
    void standardWordsForBeatingSellingMarryingAndShooting() {
        assertThat(CODER.code("The guards bashed the two boys with shovels.").violations()).contains("physical_assault");
        assertThat(CODER.code("Two traders were publicly shot in the town square last spring.").violations()).contains("killing");
        assertThat(CODER.code("Many of the girls are sold to men in remote villages.").violations()).contains("trafficking");
        assertThat(CODER.code("After being sold, the teenager ran away.").violations()).contains("trafficking");
        assertThat(CODER.code("She was forcibly married to a stranger.").violations()).contains("forced_marriage");
        assertThat(CODER.code("Some of the refugees were forced into cyber pornography.").violations())
                .contains("sexual_exploitation");
    }

    @Test
    void capturedInThePassiveIsDetentionButCapturingBySmugglersIsNot() {
        assertThat(CODER.code("The seamstress was captured again near the river.").violations()).contains("arbitrary_detention");
        assertThat(CODER.code("They were turned over to the embassy the next morning.").violations())
                .contains("arbitrary_detention");
        assertThat(CODER.code("Smugglers captured her and sold her to a farmer.").violations())
                .doesNotContain("arbitrary_detention");
    }

    @Test
    void payFinesBribesAndMedicineAreWordsOfDeprivation() {
        assertThat(CODER.code("The brigade members worked for little to no pay.").violations()).contains("denial_of_resources");
        assertThat(CODER.code("Inspectors fined them for selling shoes outside the hall.").violations())
                .contains("denial_of_resources");
        assertThat(CODER.code("At the clinic the nurses said there was no medicine.").violations()).contains("denial_of_resources");
        assertThat(CODER.code("The guards refused to give the women sanitary products.").violations())
                .contains("denial_of_resources");
        assertThat(CODER.code("Officers were demanding bribes from every trader.").violations()).contains("denial_of_resources");
    }

    @Test
    void punishmentWithoutTrialOrRecourseIsDenialOfJustice() {
        assertThat(CODER.code("The tailor was sent to a camp without a trial.").violations()).contains("denial_of_justice");
        assertThat(CODER.code("The widow had no avenue of recourse left.").violations())
                .contains("denial_of_justice");
    }

    @Test
    void aHoldingFacilityOfStateSecurityIsWhereItInterrogates() {
        CodingResult r = CODER.code("The baker was sent to a Ministry of State Security provincial holding facility and beaten.");
        assertThat(r.locations()).contains("interrogation_facility").doesNotContain("pretrial_detention");
        assertThat(CODER.code("The baker spent a week in a police holding cell.").locations()).contains("pretrial_detention");
    }

    @Test
    void theOfficeOfABodyNamedInCapitalsIsNoWorkplace() {
        assertThat(CODER.code("Her goods were confiscated at the Ministry of Social Security office.").locations())
                .doesNotContain("workplace");
        assertThat(CODER.code("The market management office fined the vendors.").locations()).doesNotContain("workplace");
        assertThat(CODER.code("The foreman beat her in the factory office.").locations()).contains("workplace");
    }

    @Test
    void workingTenHoursADayOrMoreIsForcedLabourButRoundTheClockIsNot() {
        assertThat(CODER.code("The seamstresses worked fourteen hours a day in the workshop.").violations())
                .contains("forced_labour");
        assertThat(CODER.code("The loggers did 16-hour shifts in the snow.").violations()).contains("forced_labour");
        assertThat(CODER.code("Guards watched the cell 24 hours a day.").violations()).doesNotContain("forced_labour");
        assertThat(CODER.code("The clerks worked six hours a day.").violations()).doesNotContain("forced_labour");
    }

    @Test
    void aRelativeWhoSellsAGirlIsHerFamilyAndHerBroker() {
        CodingResult r = CODER.code("Short of money, the boy's aunt took his cousin across the river and sold her to a miner.");
        assertThat(r.violations()).contains("trafficking");
        assertThat(r.perpetrators()).contains("family_member", "broker");
        assertThat(CODER.code("His father sold his niece as a wife to a stranger.").violations())
                .contains("trafficking", "forced_marriage");
        assertThat(CODER.code("Her mother learned that she had been sold to a farmer.").perpetrators())
                .doesNotContain("family_member");
        assertThat(CODER.code("Her father sold his bicycle to pay the debt.").violations()).doesNotContain("trafficking");
    }

    @Test
    void aPlaceThatOthersOperateLikeOrBecomeLikeIsNotTheScene() {
        assertThat(CODER.code("The county jails now operate like political prison camps, and guards beat inmates.").locations())
                .doesNotContain("prison_camp");
        assertThat(CODER.code("The holding centres have become like concentration camps.").locations())
                .doesNotContain("prison_camp");
    }

    @Test
    void citiesOfTransitCountriesAreAbroad() {
        assertThat(CODER.code("The waitresses were confined to a restaurant in Yangon.").locations()).contains("abroad_transit");
        assertThat(CODER.code("The family was arrested in Chiang Saen.").locations()).contains("abroad_transit");
    }

    @Test
    void theRiversideAndTheRiverOfTheBorderAreTheBorder() {
        assertThat(CODER.code("Soldiers beat the two traders at the riverside.").locations()).contains("border_crossing");
        assertThat(CODER.code("The guards beat the smugglers and threw them into the river.").locations())
                .contains("border_crossing");
    }

    @Test
    void theAgencyNamedBeforeItsHoldingPlaceIsWhoHeldButPoliceCustodyIsNot() {
        assertThat(CODER.code("Dozens of traders were detained and questioned at the MSS's holding facility.")
                .perpetrators()).contains("state_security");
        assertThat(CODER.code("The seamstress died in prison before her transfer to police custody.").perpetrators())
                .doesNotContain("police");
    }
}
