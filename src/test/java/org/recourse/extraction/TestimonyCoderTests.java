package org.recourse.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Behaviour of the coder on fictional passages written for these tests. */
class TestimonyCoderTests {

    private static final TestimonyCoder CODER = TestimonyCoder.fromSeed();

    @Test
    void negatedViolationIsNotSuggested() {
        CodingResult en = CODER.code("I was never raped, but the guards groped every woman during the body search.");
        assertThat(en.violations()).doesNotContain("rape").contains("sexual_assault", "invasive_body_search");
        CodingResult ko = CODER.code("저는 강간당하지 않았어요. 안전원이 저를 체포했지만 때리지는 않았어요.");
        assertThat(ko.violations()).containsExactly("arbitrary_detention");
    }

    @Test
    void fearedOrImaginedViolationIsNotSuggested() {
        assertThat(CODER.code("I feared she would be beaten by the guards.").violations()).isEmpty();
        assertThat(CODER.code("If I had been caught at the border, they would have sent me to a prison camp.").locations())
                .isEmpty();
        assertThat(CODER.code("저는 맞을까 봐 두려워서 아무 말도 못 했어요.").violations()).isEmpty();
        assertThat(CODER.code("만약 국경에서 잡혔다면 관리소로 갔을 거예요.").locations()).isEmpty();
    }

    @Test
    void soldierWhoWasBeatenIsAVictimNotAPerpetrator() {
        CodingResult en = CODER.code("A soldier who was beaten by police came to the market.");
        assertThat(en.violations()).containsExactly("physical_assault");
        assertThat(en.perpetrators()).containsExactly("police");
        CodingResult ko = CODER.code("군인이 맞았다는 얘기는 들었어요.");
        assertThat(ko.violations()).containsExactly("physical_assault");
        assertThat(ko.perpetrators()).isEmpty();
    }

    @Test
    void bystanderAndObjectAreNotPerpetrators() {
        CodingResult ko = CODER.code("시어머니가 저를 때렸어요. 남편은 그걸 보고도 아무 말도 안 했어요.");
        assertThat(ko.perpetrators()).containsExactly("family_member");
        CodingResult threat = CODER.code("조사관은 가족을 처벌하겠다고 협박했다.");
        assertThat(threat.perpetrators()).doesNotContain("family_member");
        CodingResult en = CODER.code("My husband's brother raped me while my husband was away.");
        assertThat(en.perpetrators()).containsExactly("family_member");
    }

    @Test
    void jucheYearAndArduousMarchBecomeYears() {
        assertThat(CODER.code("주체96년에 두만강을 건넜어요.").periods()).extracting(Period::from, Period::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2007, 2007));
        assertThat(CODER.code("In Juche 96 she was sent back.").periods()).extracting(Period::from).containsExactly(2007);
        assertThat(CODER.code("고난의 행군 때 장마당에서 장사를 했어요.").periods()).extracting(Period::from, Period::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1994, 1998));
    }

    @Test
    void rangesDecadesAndRelativeYearsAreRead() {
        CodingResult r = CODER.code("They left between 2000 and 2009. I was sent back in 2012. "
                + "The year after I was sent back, I crossed again. In the late 1990s I sold noodles.");
        assertThat(r.periods()).extracting(p -> p.from() + ".." + p.to())
                .containsExactly("2000..2009", "2012..2012", "2013..2013", "1997..1999");
        assertThat(CODER.code("2005년에 탈북했어요. 그 이듬해 잡혔어요.").periods()).extracting(Period::from)
                .containsExactly(2005, 2006);
    }

    @Test
    void intervieweeCountsSumThePeopleInterviewed() {
        assertThat(CODER.code("Interviews with 62 North Koreans show a pattern.").intervieweeCount()).contains(62);
        assertThat(CODER.code("We interviewed 20 women and 5 men who left between 2000 and 2009.").intervieweeCount())
                .contains(25);
        assertThat(CODER.code("탈북민 25명을 심층 면접한 결과였다.").intervieweeCount()).contains(25);
        assertThat(CODER.code("At least 3 women died in 2014.").intervieweeCount()).isEmpty();
    }

    @Test
    void victimDescriptorsCarryGenderAndAgeBand() {
        assertThat(CODER.code("A woman in her 40s said the police beat her.").victims())
                .containsExactly(new VictimDescriptor(Optional.of("female"), Optional.of("40s")));
        assertThat(CODER.code("한 40대 여성은 경비원한테 끌려가서 강간당했다.").victims())
                .containsExactly(new VictimDescriptor(Optional.of("female"), Optional.of("40s")));
        assertThat(CODER.code("My neighbour, a man of 35, was publicly executed.").victims())
                .containsExactly(new VictimDescriptor(Optional.of("male"), Optional.of("30s")));
    }

    @Test
    void aVictimNamedOnlyByAPronounGivesTheGender() {
        assertThat(CODER.code("Fictional: the guards caught him at the river and beat him.").victims())
                .containsExactly(new VictimDescriptor(Optional.of("male"), Optional.empty()));
        assertThat(CODER.code("Fictional: she was sold to a farmer by a broker.").victims())
                .containsExactly(new VictimDescriptor(Optional.of("female"), Optional.empty()));
    }

    @Test
    void aKoreanWomanNamedInTheSentenceOfTheActIsItsVictimUnlessSheDoesIt() {
        assertThat(CODER.code("가상의 예: 지난달 한 여학생이 학교 근처에서 성폭행을 당했다.").victims())
                .containsExactly(new VictimDescriptor(Optional.of("female"), Optional.empty()));
        assertThat(CODER.code("가상의 예: 여성 보안원이 상인을 마구 때렸다.").victims()).isEmpty();
    }

    @Test
    void herBeforeAKinshipNounIsNotTheVictim() {
        assertThat(CODER.code("Fictional: she said her brother was beaten to death in custody.").victims())
                .containsExactly(new VictimDescriptor(Optional.of("male"), Optional.empty()));
    }

    @Test
    void agesStatedAsAtTheAgeOfOrInBracketsTakeTheGenderOfTheSentence() {
        assertThat(CODER.code("Fictional: at the age of just 14, she was sold to a man in China.").victims())
                .containsExactly(new VictimDescriptor(Optional.of("female"), Optional.of("10s")));
        assertThat(CODER.code("Fictional: she was only 13 years old when guards beat her.").victims())
                .containsExactly(new VictimDescriptor(Optional.of("female"), Optional.of("10s")));
        assertThat(CODER.code("가상의 예: 탈북 여성 김모(45)씨는 보위부에서 폭행을 당했다.").victims())
                .containsExactly(new VictimDescriptor(Optional.of("female"), Optional.of("40s")));
    }

    @Test
    void spansPointAtTheJustifyingWords() {
        String text = "보위부에서 조사받을 때 매일 맞았어요. The guards raped her.";
        CodingResult r = CODER.code(text);
        for (Suggestion s : r.suggestions()) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.evidenceText());
        }
        assertThat(r.suggestions()).filteredOn(s -> s.value().equals("rape")).extracting(Suggestion::evidenceText)
                .containsExactly("raped");
        assertThat(r.suggestions()).filteredOn(s -> s.value().equals("state_security"))
                .extracting(Suggestion::evidenceText).containsExactly("보위부");
    }

    @Test
    void aNewSynonymHeldAsDataNeedsNoCodeChange() {
        String text = "The inminban head slapped her.";
        assertThat(CODER.code(text).perpetrators()).isEmpty();
        TestimonyCoder extended = new TestimonyCoder(concat(CODER.terms(),
                new ExtractionTerm("perpetrator", "state_official", "State official", "행정 간부", List.of("inminban head"))));
        assertThat(extended.code(text).perpetrators()).containsExactly("state_official");
    }

    @Test
    void acceptedSpanProposesItsStemAsSynonym() {
        String text = "그 사람이 저를 두들겨 팼어요.";
        int start = text.indexOf("두들겨");
        Optional<SynonymProposal> p = CODER.proposeSynonym(text, start, text.indexOf("어요"), "violation", "physical_assault");
        assertThat(p).map(SynonymProposal::synonym).contains("두들겨 팼");
        String known = "보위부에서";
        assertThat(CODER.proposeSynonym(known, 0, known.length(), "perpetrator", "state_security")).isEmpty();
    }

    @Test
    void emptyAndJunkInputGetAnEmptyAnswer() {
        assertThat(CODER.code("").suggestions()).isEmpty();
        assertThat(CODER.code("   \n\t").violations()).isEmpty();
        StringBuilder junk = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            junk.append((char) random.nextInt(0xFFFF));
        }
        assertThat(CODER.code(junk.toString())).isNotNull();
    }

    @Test
    void tenMegabytesOfTextAreCodedInBoundedTime() {
        String sentence = "the guards beat the women 2007 주체96 군인이 맞았다 interviewed 62 people ";
        String big = sentence.repeat(10_000_000 / sentence.length());
        Timed timed = Timed.code(CODER, big);
        CodingResult r = timed.result();
        assertThat(r.violations()).contains("physical_assault");
        assertThat(timed.seconds()).isLessThan(60);
    }

    @Test
    void tenMegabytesOfOneSentenceAboutPayAreCodedInBoundedTime() {
        // One sentence of pay words: each sentence must be read once, not once per pay word.
        String big = "the wages were kept by the state ".repeat(300_000);
        Timed timed = Timed.code(CODER, big);
        CodingResult r = timed.result();
        assertThat(r.violations()).contains("forced_labour", "denial_of_resources");
        assertThat(timed.seconds()).isLessThan(60);
    }

    @Test
    void tenMegabytesOfKoreanAssaultsAreCodedInBoundedTime() {
        // Whether a pregnancy follows is looked for next to each assault, not in the rest of the text.
        String big = "그녀는 성폭행을 당했다 ".repeat(700_000);
        Timed timed = Timed.code(CODER, big);
        CodingResult r = timed.result();
        assertThat(r.violations()).contains("sexual_assault");
        assertThat(timed.seconds()).isLessThan(60);
    }

    private static List<ExtractionTerm> concat(List<ExtractionTerm> terms, ExtractionTerm extra) {
        List<ExtractionTerm> all = new java.util.ArrayList<>(terms);
        all.add(extra);
        return all;
    }
}
