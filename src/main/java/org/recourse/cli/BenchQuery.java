package org.recourse.cli;

import java.util.List;

/**
 * One benchmark query written for each engine: our query language, an FTS5 MATCH expression,
 * a PostgreSQL tsquery, and an SQL filter on the side columns ("" for none). SQLite and
 * PostgreSQL have no Korean morphology, so Korean words are prefix queries there (보위부*),
 * the usual workaround, which finds the inflected forms our analyzer finds.
 */
record BenchQuery(String kind, String ours, String fts5, String tsquery, String sqlFilter) {

    static final List<BenchQuery> MIX = List.of(
            new BenchQuery("word", "police", "police", "police", ""),
            new BenchQuery("word", "broker", "broker", "broker", ""),
            new BenchQuery("word", "interrogation", "interrogation", "interrogation", ""),
            new BenchQuery("word", "Hyesan", "hyesan", "hyesan", ""),
            new BenchQuery("rare word", "trafficked", "trafficked", "trafficked", ""),
            new BenchQuery("phrase", "\"holding centre\"", "\"holding centre\"", "holding <-> centre", ""),
            new BenchQuery("phrase", "\"self-criticism letter\"", "\"self criticism letter\"", "self-criticism <-> letter", ""),
            new BenchQuery("phrase", "\"labour training camp\"", "\"labour training camp\"", "labour <-> training <-> camp", ""),
            new BenchQuery("boolean", "broker AND China", "broker AND china", "broker & china", ""),
            new BenchQuery("boolean", "guard OR soldier", "guard OR soldier", "guard | soldier", ""),
            new BenchQuery("boolean", "detention NOT China", "detention NOT china", "detention & !china", ""),
            new BenchQuery("boolean", "보위부 OR 보안원", "보위부* OR 보안원*", "보위부:* | 보안원:*", ""),
            new BenchQuery("filtered", "police violation:rape", "police", "police", "violation = 'rape'"),
            new BenchQuery("filtered", "broker year:2000..2009", "broker", "broker", "year_from <= 2009 AND year_to >= 2000"),
            new BenchQuery("filtered", "브로커 country:china", "브로커*", "브로커:*", "country = 'china'"),
            new BenchQuery("korean", "보위부", "보위부*", "보위부:*", ""),
            new BenchQuery("korean", "집결소", "집결소*", "집결소:*", ""),
            new BenchQuery("korean", "노동단련대", "노동단련대*", "노동단련대:*", ""),
            new BenchQuery("korean", "꽃제비 장마당", "꽃제비* AND 장마당*", "꽃제비:* & 장마당:*", ""),
            new BenchQuery("korean", "강제북송", "강제북송*", "강제북송:*", ""));
}
