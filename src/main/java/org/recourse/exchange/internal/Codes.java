package org.recourse.exchange.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Term;
import org.recourse.vocabulary.Vocabulary;

/**
 * The usable codes of every scheme, read once per import or export: a file of a million rows
 * must not ask the database a million times. Reads codes, and labels in either language
 * (Uwazi files carry labels).
 */
public final class Codes {

    private final Map<String, Map<String, Term>> byCode = new HashMap<>();
    private final Map<String, Map<String, String>> byLabel = new HashMap<>();

    public Codes(Vocabulary vocabulary) {
        for (String scheme : Schemes.ALL) {
            Map<String, Term> codes = new HashMap<>();
            Map<String, String> labels = new HashMap<>();
            for (Term t : vocabulary.usable(scheme)) {
                codes.put(t.code(), t);
                labels.put(key(t.labelEn()), t.code());
                labels.put(key(t.labelKo()), t.code());
                labels.put(key(t.code()), t.code());
            }
            byCode.put(scheme, codes);
            byLabel.put(scheme, labels);
        }
    }

    public boolean usable(String scheme, String code) {
        return byCode.get(scheme).containsKey(code);
    }

    /**
     * The code as the vocabulary holds it, when usable: one shared string per code, so a file of
     * a million rows does not keep a million copies of "police" alive until it is stored.
     */
    public Optional<String> usableCode(String scheme, String code) {
        return Optional.ofNullable(byCode.get(scheme).get(code)).map(Term::code);
    }

    /** The code a cell names, by code or by label in English or Korean. */
    public Optional<String> fromCodeOrLabel(String scheme, String cell) {
        return Optional.ofNullable(byLabel.get(scheme).get(key(cell)));
    }

    public String label(String scheme, String code, Locale locale) {
        Term t = byCode.get(scheme).get(code);
        return t == null ? code : t.label(locale);
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
