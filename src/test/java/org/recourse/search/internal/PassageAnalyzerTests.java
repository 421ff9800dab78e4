package org.recourse.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class PassageAnalyzerTests {

    private final Analyzer analyzer = new PassageAnalyzer();

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void particlesAreDroppedSoInflectedFormsShareTheNoun() throws IOException {
        assertThat(tokens(analyzer, "보위부에서")).containsExactly("보위부");
        assertThat(tokens(analyzer, "보위부의")).containsExactly("보위부");
        assertThat(tokens(analyzer, "보위부가")).containsExactly("보위부");
        assertThat(tokens(analyzer, "집결소로")).containsExactly("집결소");
    }

    @Test
    void userDictionaryKeepsNorthKoreanInstitutionsWhole() throws IOException {
        assertThat(tokens(analyzer, "노동단련대에")).containsExactly("노동단련대");
        assertThat(tokens(analyzer, "꽃제비들이")).contains("꽃제비");
        assertThat(tokens(analyzer, "강제북송을")).containsExactly("강제북송");
    }

    @Test
    void northKoreanSpellingIndexesAsTheSouthernForm() throws IOException {
        assertThat(tokens(analyzer, "로동자")).isEqualTo(tokens(analyzer, "노동자"));
        assertThat(tokens(analyzer, "녀성들")).isEqualTo(tokens(analyzer, "여성들"));
        assertThat(tokens(analyzer, "리유")).isEqualTo(tokens(analyzer, "이유"));
    }

    @Test
    void englishIsStemmedAndRomanisationVariantsMeet() throws IOException {
        assertThat(tokens(analyzer, "detained detention")).containsExactly("detain", "detent");
        assertThat(tokens(analyzer, "Hoeryŏng")).containsExactly("hoeryong");
        assertThat(tokens(analyzer, "Hweryong")).containsExactly("hoeryong");
        assertThat(tokens(analyzer, "Ch'ŏngjin")).containsExactly("chongjin");
        assertThat(tokens(analyzer, "청진에서")).containsExactly("chongjin");
        assertThat(tokens(analyzer, "Sinŭiju")).containsExactly("sinuiju");
    }
}
