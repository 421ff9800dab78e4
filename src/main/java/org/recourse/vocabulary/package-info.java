/**
 * The shared thesauri (violation, perpetrator, location and response types, countries) as
 * data: bilingual labels, hierarchy, synonyms, versions, deprecation without deletion.
 * Seeded on first start from {@code vocabulary/seed.tsv}. Depends on {@code shared} and
 * {@code audit}.
 */
package org.recourse.vocabulary;
