package org.recourse.vocabulary.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.recourse.vocabulary.Term;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;

/**
 * The terms table, with an in-memory copy per scheme: labels are read on every page, and
 * terms change rarely. Every change also writes a row of term_revisions.
 */
@Repository
public class Terms {

    private final JdbcClient jdbc;
    private final Map<String, List<Term>> cache = new ConcurrentHashMap<>();

    Terms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Term> inScheme(String scheme) {
        return cache.computeIfAbsent(scheme, s -> jdbc.sql("SELECT * FROM terms WHERE scheme = :s ORDER BY code")
                .param("s", s).query(Terms::term).list());
    }

    public Optional<Term> find(String scheme, String code) {
        return inScheme(scheme).stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public void insert(Term t) {
        jdbc.sql("""
                INSERT INTO terms (scheme, code, parent_code, label_en, label_ko, synonyms, deprecated, version)
                VALUES (:scheme, :code, :parent, :en, :ko, :syn, :dep, :version)""")
                .params(params(t)).update();
        revision(t);
    }

    public void update(Term t) {
        jdbc.sql("""
                UPDATE terms SET parent_code = :parent, label_en = :en, label_ko = :ko, synonyms = :syn,
                deprecated = :dep, version = :version WHERE scheme = :scheme AND code = :code""")
                .params(params(t)).update();
        revision(t);
    }

    public List<Term> revisions(String scheme, String code) {
        return jdbc.sql("SELECT * FROM term_revisions WHERE scheme = :s AND code = :c ORDER BY version DESC")
                .param("s", scheme).param("c", code).query(Terms::term).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM terms").query(Long.class).single() == 0;
    }

    private void revision(Term t) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        jdbc.sql("""
                INSERT INTO term_revisions (scheme, code, version, parent_code, label_en, label_ko, synonyms, deprecated,
                changed_at, changed_by) VALUES (:scheme, :code, :version, :parent, :en, :ko, :syn, :dep, :at, :by)""")
                .params(params(t)).param("at", Instant.now().toString())
                .param("by", auth == null ? "system" : auth.getName()).update();
        cache.remove(t.scheme());
    }

    private static Map<String, Object> params(Term t) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("scheme", t.scheme());
        m.put("code", t.code());
        m.put("parent", t.parent().orElse(null));
        m.put("en", t.labelEn());
        m.put("ko", t.labelKo());
        m.put("syn", String.join("|", t.synonyms()));
        m.put("dep", t.deprecated());
        m.put("version", t.version());
        return m;
    }

    private static Term term(ResultSet rs, int n) throws SQLException {
        String syn = rs.getString("synonyms");
        List<String> synonyms = syn == null || syn.isEmpty() ? List.of() : Arrays.asList(syn.split("\\|"));
        return new Term(rs.getString("scheme"), rs.getString("code"), Optional.ofNullable(rs.getString("parent_code")),
                rs.getString("label_en"), rs.getString("label_ko"), synonyms, rs.getBoolean("deprecated"), rs.getInt("version"));
    }
}
