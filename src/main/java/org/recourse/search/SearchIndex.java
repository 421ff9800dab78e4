package org.recourse.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.recourse.search.internal.Documents;
import org.recourse.search.internal.Fields;
import org.recourse.search.internal.IndexStore;
import org.recourse.search.internal.PassageAnalyzer;
import org.recourse.search.internal.PassageSearcher;

/**
 * Full-text search of passages. The owner of the passages feeds it each committed write
 * ({@link #index}, {@link #delete}, {@link #deleteByTestimony}) and then {@link
 * #markApplied(long)} with that write's sequence number; a write is searchable within a
 * second. Commits happen every two seconds; on start, replay every write after {@link
 * #lastCommittedSequence()} (writes are idempotent), or {@link #rebuild} from scratch.
 * Thread-safe. Close it to commit and release the folder.
 */
public final class SearchIndex implements Closeable {

    static final long DEFAULT_TIMEOUT_MS = 2_000;

    private final IndexStore store;
    private final PassageSearcher searcher;

    /** Opens (or creates) the index in {@code folder}, typically {@code dataFolder/index}. */
    public SearchIndex(Path folder) {
        this(folder, new PassageAnalyzer(), DEFAULT_TIMEOUT_MS);
    }

    SearchIndex(Path folder, Analyzer analyzer, long timeoutMs) {
        try {
            this.store = new IndexStore(folder, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
        this.searcher = new PassageSearcher(analyzer, timeoutMs);
    }

    /** Adds the passage, or replaces the one with the same id. */
    public void index(PassageDocument passage) {
        io(() -> store.upsert(passage.passageId(), Documents.toLucene(passage)));
    }

    public void delete(String passageId) {
        io(() -> store.delete(new Term(Fields.ID, passageId)));
    }

    /** Removes every passage of a testimony (testimony deleted, or consent withdrawn). */
    public void deleteByTestimony(String testimonyId) {
        io(() -> store.delete(new Term(Fields.TESTIMONY, testimonyId)));
    }

    /** Declares every write up to {@code sequence} applied; the next commit records it. */
    public void markApplied(long sequence) {
        store.markApplied(sequence);
    }

    /** The newest sequence the index holds durably; -1 for a new index. Replay what follows. */
    public long lastCommittedSequence() {
        return store.committedSequence();
    }

    /**
     * Searches what the request's visibility allows. Hits, total, facets and snippets never
     * include a passage the caller may not see.
     *
     * @throws org.recourse.shared.InvalidInputException when the query is malformed or too big,
     *         naming the problem and where it is
     */
    /**
     * The vocabulary codes a query filters on ({@code violation:}, {@code perpetrator:},
     * {@code location:}, {@code country:}), so that the caller can check them against its
     * vocabularies: the index alone cannot tell a mistyped code from one no passage carries.
     */
    public static java.util.List<QueryCode> filterCodes(String query) {
        return org.recourse.search.internal.FieldFilters.codes(query);
    }

    public SearchResult search(SearchRequest request) {
        try {
            IndexSearcher s = store.searchers().acquire();
            try {
                return searcher.search(s, request);
            } finally {
                store.searchers().release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * Replaces the whole index with the given passages and records {@code sequence} as applied.
     * Searches see the old content until the new one is complete and committed. If it fails
     * part way, close and reopen the index: the last commit on disk is intact.
     */
    public void rebuild(Stream<PassageDocument> passages, long sequence) {
        io(store::beginRebuild);
        passages.parallel().forEach(p -> io(() -> store.addForRebuild(Documents.toLucene(p))));
        io(() -> store.endRebuild(sequence));
    }

    /** Rebuilds from the owner's source of all passages. */
    public void rebuild(PassageSource source) {
        io(store::beginRebuild);
        long sequence = source.forEach(p -> io(() -> store.addForRebuild(Documents.toLucene(p))));
        io(() -> store.endRebuild(sequence));
    }

    /** Commits now (the background commit does so every two seconds anyway). */
    public void commit() {
        io(store::commit);
    }

    /** Makes every write so far searchable now (the background refresh does within a second). */
    public void refresh() {
        io(store::refresh);
    }

    /**
     * Waits until segment merges running in the background are done (after a bulk load, so a
     * benchmark measures a settled index, as SQLite's {@code optimize} gives it one).
     */
    public void awaitMerges() {
        io(store::awaitMerges);
    }

    @Override
    public void close() {
        io(store::close);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("search index write failed", e);
        }
    }
}
