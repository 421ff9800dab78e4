package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTests {

    @Test
    void englishAndKoreanBundlesHaveTheSameKeysAndNoEmptyLabel() throws Exception {
        Properties en = load("/messages.properties");
        Properties ko = load("/messages_ko.properties");
        assertThat(ko.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).hasSizeGreaterThan(100);
        en.forEach((k, v) -> assertThat((String) v).as(k.toString()).isNotBlank());
        ko.forEach((k, v) -> assertThat((String) v).as(k.toString()).isNotBlank());
    }

    @Test
    void aMessageWithArgumentsShowsItsApostrophesAndFillsItsArguments() throws Exception {
        for (String bundle : new String[] {"/messages.properties", "/messages_ko.properties"}) {
            load(bundle).forEach((k, v) -> {
                String pattern = (String) v;
                if (!pattern.matches("(?s).*\\{\\d.*")) {
                    return; // Spring shows a message without arguments as written
                }
                String shown = new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {7, 8, 9, 10, 11});
                assertThat(shown).as(bundle + " " + k).doesNotContainPattern("\\{\\d");
                assertThat(shown.chars().filter(c -> c == '\'').count()).as(bundle + " " + k + ": write '' for an apostrophe")
                        .isEqualTo(pattern.replace("''", "'").chars().filter(c -> c == '\'').count());
            });
        }
    }

    @Test
    void englishCountsSayOneInTheSingular() throws Exception {
        Properties en = load("/messages.properties");
        for (String[] c : new String[][] {{"search.count", "passage"}, {"incident.count", "incident"}}) {
            assertThat(new MessageFormat(en.getProperty(c[0]), Locale.ENGLISH).format(new Object[] {1})).isEqualTo("1 " + c[1]);
            assertThat(new MessageFormat(en.getProperty(c[0]), Locale.ENGLISH).format(new Object[] {1200}))
                    .isEqualTo("1,200 " + c[1] + "s");
        }
        assertThat(new MessageFormat(en.getProperty("exchange.problems"), Locale.ENGLISH).format(new Object[] {1}))
                .startsWith("1 problem.");
    }

    @Test
    void koreanLabelsAreInKorean() throws Exception {
        Properties ko = load("/messages_ko.properties");
        assertThat(ko.getProperty("nav.incidents")).isEqualTo("사건");
        long hangul = ko.values().stream().filter(v -> ((String) v).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)).count();
        assertThat(hangul).isGreaterThan(ko.size() * 9L / 10);
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(MessageBundlesTests.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
