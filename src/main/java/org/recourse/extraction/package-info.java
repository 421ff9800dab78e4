/**
 * Coding suggestions: reads a passage of testimony (English or Korean) and suggests what a
 * trained coder would code (violation, perpetrator, location and response types, periods,
 * victim descriptors, the number of people interviewed), each with the span of text that
 * justifies it. Thesaurus terms come in as data ({@link org.recourse.extraction.ExtractionTerm});
 * only language rules (negation, hedging, roles, dates) live in code. Depends only on
 * {@code shared}. The API is {@link org.recourse.extraction.TestimonyCoder} and its records.
 */
package org.recourse.extraction;
