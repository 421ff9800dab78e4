package org.recourse.search.internal;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.recourse.search.PassageDocument;

/** Turns a passage into a Lucene document: ids stored, codes as filter terms and facet doc values. */
public final class Documents {

    /** Body text: stored, with offsets in the postings so snippets need no re-analysis. */
    private static final FieldType BODY_TYPE = bodyType();

    private Documents() {
    }

    public static Document toLucene(PassageDocument p) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, p.passageId(), Field.Store.YES));
        d.add(new StringField(Fields.TESTIMONY, p.testimonyId(), Field.Store.YES));
        d.add(new BinaryDocValuesField(Fields.docValues(Fields.ID), new BytesRef(p.passageId())));
        d.add(new BinaryDocValuesField(Fields.docValues(Fields.TESTIMONY), new BytesRef(p.testimonyId())));
        d.add(new StringField(Fields.SOURCE, p.sourceId(), Field.Store.NO));
        d.add(new Field(Fields.BODY, p.text(), BODY_TYPE));
        codes(d, Fields.LANG, List.of(Language.resolve(p.language(), p.text())));
        codes(d, Fields.VIOLATION, p.violations());
        codes(d, Fields.PERPETRATOR, p.perpetrators());
        codes(d, Fields.LOCATION, p.locations());
        codes(d, Fields.COUNTRY, p.country().isBlank() ? List.of() : List.of(p.country()));
        p.yearFrom().ifPresent(y -> {
            d.add(new IntPoint(Fields.YEAR_FROM, y));
            d.add(new IntPoint(Fields.YEAR_TO, p.yearTo().orElse(y)));
            d.add(new SortedNumericDocValuesField(Fields.SORT_YEAR, y));
        });
        p.accessTags().forEach(t -> d.add(new StringField(Fields.ACCESS, t, Field.Store.NO)));
        return d;
    }

    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static void codes(Document d, String field, List<String> values) {
        for (String v : values) {
            String code = code(v);
            d.add(new StringField(field, code, Field.Store.NO));
            d.add(new SortedSetDocValuesField(Fields.facet(field), new BytesRef(code)));
        }
    }

    /** Thesaurus codes compare case-insensitively and ignore surrounding space. */
    public static String code(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

}
