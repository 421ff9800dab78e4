/**
 * Publishing without endangering anyone: statistical reports of documented incidents in HTML
 * and PDF, in English or Korean. Counts are documented counts, never prevalence; every table
 * goes through small-cell and complementary suppression; quotes come only from speakers with
 * an active quotation consent (checked here, not in the UI), attributed by pseudonym and coarse
 * descriptors that at least k interviewees share. The only module that may use the PDF library.
 * Depends on {@code coding}, {@code testimony}, {@code vocabulary}, {@code audit} and {@code shared};
 * {@code web} and {@code cli} call {@link org.recourse.report.Reports}.
 */
package org.recourse.report;
