package org.recourse.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.recourse.search.internal.IndexStore;
import org.recourse.search.internal.PassageAnalyzer;
import org.recourse.search.internal.PassageSearcher;

/**
 * Searches the last commit of an index folder without opening a writer, so a command-line
 * search works while a server holds the index. Sees what was committed (at most ~2 s old).
 */
public final class ReadOnlySearch implements Closeable {

    private final Directory directory;
    private final SearcherManager searchers;
    private final PassageSearcher searcher = new PassageSearcher(new PassageAnalyzer(), SearchIndex.DEFAULT_TIMEOUT_MS);

    public ReadOnlySearch(Path folder) {
        try {
            directory = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new IllegalStateException("no search index has been committed in this folder yet");
            }
            searchers = IndexStore.readOnly(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    /** As {@link SearchIndex#search}: the same query language, limits and visibility rules. */
    public SearchResult search(SearchRequest request) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return searcher.search(s, request);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
