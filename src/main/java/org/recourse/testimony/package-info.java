/**
 * What was heard and from whom: sources with their provenance, persons (shown by pseudonym
 * and coarse attributes only), consent per use, and testimonies with their transcripts.
 * Publishes {@link org.recourse.testimony.TestimonyRecorded} for the search index. Depends on
 * {@code shared} and {@code audit}.
 */
package org.recourse.testimony;
