/**
 * Data exchange: exports coded incidents, pseudonymised (pseudonyms, coarse attributes, codes
 * with labels in one language), as CSV, XLSX, JSON and Uwazi's entity CSV; imports incidents
 * and testimonies from CSV, XLSX and Uwazi CSV after a preview and a validation report that
 * names the row and column of every problem, and plain-text, Markdown and DOCX transcripts as
 * testimonies. Everything is written through the {@code coding} and {@code testimony} APIs, so
 * validation and audit apply to each record. Spreadsheet formulas are neutralised on export.
 * Depends on coding, testimony, vocabulary and shared; knows nothing of the web or the CLI.
 */
package org.recourse.exchange;
