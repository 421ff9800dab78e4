package org.recourse.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index on disk and its near-real-time view. A background task reopens the searcher
 * every {@value #REFRESH_MS} ms (so a write is searchable within a second) and commits every
 * {@value #COMMIT_MS} ms when something changed, recording in the commit's user data the
 * newest sequence the owner declared applied. After a crash the index is at its last commit
 * and the owner replays from {@link #committedSequence()}: writes are idempotent by id.
 */
public final class IndexStore implements Closeable {

    static final long REFRESH_MS = 200;
    static final long COMMIT_MS = 2_000;
    private static final String SEQUENCE = "recourse.sequence";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService background;
    private final AtomicLong appliedSequence = new AtomicLong(-1);
    private volatile long committedSequence;
    private volatile boolean rebuilding;

    /** Opens the last commit for searching only: no writer, no lock, so it works beside a running server. */
    public static SearcherManager readOnly(Directory directory) throws IOException {
        return new SearcherManager(directory, null);
    }

    public IndexStore(Path folder, Analyzer analyzer) throws IOException {
        directory = FSDirectory.open(folder);
        committedSequence = readSequence(directory);
        appliedSequence.set(committedSequence);
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setCommitOnClose(false);
        writer = new IndexWriter(directory, cfg);
        searchers = new SearcherManager(writer, null);
        background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-index");
            t.setDaemon(true);
            return t;
        });
        background.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(this::commitQuietly, COMMIT_MS, COMMIT_MS, TimeUnit.MILLISECONDS);
    }

    private static long readSequence(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return -1;
        }
        String s = SegmentInfos.readLatestCommit(dir).getUserData().get(SEQUENCE);
        return s == null ? -1 : Long.parseLong(s);
    }

    public void upsert(String id, Document doc) throws IOException {
        writer.updateDocument(new Term(Fields.ID, id), doc);
    }

    public void delete(Term term) throws IOException {
        writer.deleteDocuments(term);
    }

    public void markApplied(long sequence) {
        appliedSequence.accumulateAndGet(sequence, Math::max);
    }

    public long committedSequence() {
        return committedSequence;
    }

    public void addForRebuild(Document doc) throws IOException {
        writer.addDocument(doc);
    }

    /** Starts replacing the whole content; searchers keep the old view, and nothing is committed, until the end. */
    public void beginRebuild() throws IOException {
        rebuilding = true;
        writer.deleteAll();
    }

    public void endRebuild(long sequence) throws IOException {
        try {
            appliedSequence.set(sequence);
            commit();
        } finally {
            rebuilding = false;
        }
        refresh();
    }

    public synchronized void commit() throws IOException {
        long seq = appliedSequence.get();
        writer.setLiveCommitData(Map.of(SEQUENCE, Long.toString(seq)).entrySet());
        writer.commit();
        committedSequence = seq;
    }

    /** Waits for the background merges to finish, then shows the merged segments to searches. */
    public void awaitMerges() throws IOException {
        if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
            merges.sync();
        }
        refresh();
    }

    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    public SearcherManager searchers() {
        return searchers;
    }

    private void refreshQuietly() {
        if (rebuilding) {
            return;
        }
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // the next tick tries again; a broken index shows up on the next write or search
        }
    }

    private void commitQuietly() {
        if (rebuilding || (!writer.hasUncommittedChanges() && appliedSequence.get() == committedSequence)) {
            return;
        }
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            // as above: retried on the next tick
        }
    }

    @Override
    public void close() throws IOException {
        background.shutdown();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!rebuilding) {
            commit();
        }
        searchers.close();
        writer.close();
        directory.close();
    }
}
