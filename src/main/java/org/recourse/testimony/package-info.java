/**
 * What was heard and from whom: sources with their provenance, persons (shown by pseudonym
 * and coarse attributes only), consent per use, and testimonies with their transcripts.
 * Identifying fields of persons ({@link org.recourse.testimony.IdentityRegistry}) are stored only
 * encrypted under each person's own key from {@code security}, shown only to administrators and
 * to interviewers with access; {@link org.recourse.testimony.ConsentWithdrawal} ends all of a
 * person's consent and destroys that key. Publishes {@link org.recourse.testimony.TestimonyRecorded}
 * for the search index. Depends on {@code shared}, {@code audit} and {@code security}.
 */
package org.recourse.testimony;
