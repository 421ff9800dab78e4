package org.recourse.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NkSpellingTests {

    @ParameterizedTest
    @CsvSource({
        "로동, 노동",
        "로동자들이, 노동자들이",
        "녀성, 여성",
        "리유, 이유",
        "력사, 역사",
        "량심, 양심",
        "락원, 낙원",
        "래일, 내일",
        "로인, 노인",
        "료리, 요리",
        "리명숙은 로동단련대에서, 이명숙은 노동단련대에서"})
    void wordInitialSyllablesTakeTheSouthernSpelling(String north, String south) {
        assertThat(NkSpelling.normalise(north)).isEqualTo(south);
    }

    @ParameterizedTest
    @CsvSource({
        "리",
        "10리 길",
        "마을리",
        "무산리에서",
        "노동",
        "라디오",
        "로씨야",
        "리본을",
        "뉴스",
        "고려",
        "Hoeryong"})
    void otherWordsAreLeftAlone(String text) {
        assertThat(NkSpelling.normalise(text)).isEqualTo(text);
    }
}
