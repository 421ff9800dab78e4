/**
 * Full-text search of testimony passages, in Korean and English, with facets and
 * permission filtering. Lucene lives only here: other modules see {@link
 * org.recourse.search.SearchIndex} and plain records. The index is a derived copy of the
 * database, kept in {@code dataFolder/index}; the owner of the passages feeds it writes and
 * replays what happened after {@link org.recourse.search.SearchIndex#lastCommittedSequence()}
 * on start. Who may see what is decided by the caller ({@link org.recourse.search.Visibility})
 * and enforced inside the search, so hits, totals, facets and snippets never include a
 * passage the caller may not see. Depends only on {@code shared} and {@code storage} (for the
 * data folder); Spring sees one bean, the {@code SearchIndex} on {@code dataFolder/index}.
 */
package org.recourse.search;
