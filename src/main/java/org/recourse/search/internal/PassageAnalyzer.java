package org.recourse.search.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * One chain for Korean and English, per script, into one field, so a query may mix both.
 * <ol>
 * <li>char filters: fold romanisation diacritics and apostrophes (Ch'ŏngjin → Chongjin), then
 * North Korean initial-sound spelling ({@link NkSpelling});</li>
 * <li>Nori's {@link KoreanTokenizer} with a user dictionary of North Korean institutions and
 * terms, decompound mode DISCARD (compounds index as their parts, as Elasticsearch's nori
 * plugin does by default); Latin words come out whole;</li>
 * <li>part-of-speech stop filter: drops particles and endings, so 보위부에서, 보위부의 and 보위부가
 * all index as 보위부 (plus a few particles Nori mis-tags after user-dictionary words);</li>
 * <li>Hanja to Hangul reading, lower case, place-name variants to one token;</li>
 * <li>English stop words and the Porter stemmer (only Latin words change: Porter's suffixes
 * are ASCII).</li>
 * </ol>
 */
public final class PassageAnalyzer extends Analyzer {

    private static final UserDictionary USER_DICTIONARY = loadUserDictionary();
    private static final NormalizeCharMap FOLDING = folding();
    /**
     * Particles that Nori tags as nouns when they follow a user-dictionary word it cannot
     * connect them to (보위부의 → 보위부 + 의/NNG).
     */
    private static final CharArraySet STRAY_PARTICLES = new CharArraySet(
            List.of("의", "에", "에서", "에게", "으로", "을", "를", "은", "는"), false);

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NkSpellingCharFilter(new MappingCharFilter(FOLDING, reader));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new NkSpellingCharFilter(new MappingCharFilter(FOLDING, reader));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, USER_DICTIONARY,
                KoreanTokenizer.DecompoundMode.DISCARD, false, true);
        TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer);
        stream = new StopFilter(stream, STRAY_PARTICLES);
        stream = new KoreanReadingFormFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new PlaceNameFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static UserDictionary loadUserDictionary() {
        try (Reader r = new InputStreamReader(
                PassageAnalyzer.class.getResourceAsStream("userdict_ko.txt"), StandardCharsets.UTF_8)) {
            return UserDictionary.open(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Korean user dictionary", e);
        }
    }

    private static NormalizeCharMap folding() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        String from = "ŏŭŎŬăĂāēīōūĀĒĪŌŪéèêëáàâäíìîïóòôöúùûüçñ";
        String to = "ououaaaeiouAEIOUeeeeaaaaiiiioooouuuucn";
        for (int i = 0; i < from.length(); i++) {
            b.add(String.valueOf(from.charAt(i)), String.valueOf(to.charAt(i)));
        }
        for (String apostrophe : new String[] {"'", "\u2019", "\u2018", "\u02BC", "`"}) {
            b.add(apostrophe, "");
        }
        return b.build();
    }
}
