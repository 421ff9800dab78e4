package org.recourse.search.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * The passage and testimony ids of a hit, read from doc values: reading them from stored
 * fields decompressed a whole block of passage texts per hit, which cost as much as finding
 * the hits. Documents indexed before the doc values existed fall back to the stored fields.
 */
final class HitIds {

    record Ids(String passageId, String testimonyId) {
    }

    private static final Set<String> STORED = Set.of(Fields.ID, Fields.TESTIMONY);

    private HitIds() {
    }

    static Ids of(IndexSearcher searcher, int doc) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        BinaryDocValues ids = leaf.reader().getBinaryDocValues(Fields.docValues(Fields.ID));
        BinaryDocValues testimonies = leaf.reader().getBinaryDocValues(Fields.docValues(Fields.TESTIMONY));
        if (ids != null && testimonies != null && ids.advanceExact(local) && testimonies.advanceExact(local)) {
            return new Ids(ids.binaryValue().utf8ToString(), testimonies.binaryValue().utf8ToString());
        }
        Document d = searcher.storedFields().document(doc, STORED);
        return new Ids(d.get(Fields.ID), d.get(Fields.TESTIMONY));
    }
}
