package org.recourse.report;

import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentFilter;
import org.recourse.report.internal.Assembly;
import org.recourse.report.internal.Collection;
import org.recourse.report.internal.HtmlReport;
import org.recourse.report.internal.PdfOutput;
import org.recourse.report.internal.Quotations;
import org.recourse.report.internal.ReportModel;
import org.recourse.security.Caller;
import org.recourse.shared.Problems;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.PersonRole;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Builds reports of documented incidents as HTML or PDF. Consent and disclosure control are
 * applied here, so every caller (pages, command line) gets the same protected report.
 */
@Service
public class Reports {

    public static final int MIN_K = 2;
    public static final int MAX_K = 100;

    private final IncidentCatalog incidents;
    private final PersonRegistry persons;
    private final TestimonyRegistry testimonies;
    private final SourceRegistry sources;
    private final Vocabulary vocabulary;
    private final int defaultK;

    Reports(IncidentCatalog incidents, PersonRegistry persons, TestimonyRegistry testimonies, SourceRegistry sources,
            Vocabulary vocabulary, @Value("${recourse.report.k:5}") int defaultK) {
        this.incidents = incidents;
        this.persons = persons;
        this.testimonies = testimonies;
        this.sources = sources;
        this.vocabulary = vocabulary;
        this.defaultK = defaultK;
    }

    public int defaultK() {
        return defaultK;
    }

    /** A whole XHTML document. */
    public String html(ReportRequest request, ReportProgress progress) {
        return html(request, progress, Caller.SYSTEM);
    }

    /** A whole XHTML document from the records this caller may see (restricted sources left out). */
    public String html(ReportRequest request, ReportProgress progress, Caller caller) {
        return HtmlReport.document(model(request, progress, caller));
    }

    /** The report's body only, for a page that brings its own head and stylesheet. */
    public String htmlBody(ReportRequest request, ReportProgress progress) {
        return htmlBody(request, progress, Caller.SYSTEM);
    }

    public String htmlBody(ReportRequest request, ReportProgress progress, Caller caller) {
        return HtmlReport.body(model(request, progress, caller));
    }

    public void pdf(ReportRequest request, ReportProgress progress, OutputStream out) {
        pdf(request, progress, out, Caller.SYSTEM);
    }

    public void pdf(ReportRequest request, ReportProgress progress, OutputStream out, Caller caller) {
        String xhtml = html(request, progress, caller);
        progress.step("pdf", 0, 1);
        PdfOutput.write(xhtml, out);
        progress.step("pdf", 1, 1);
    }

    /**
     * Checks the request: known, usable-or-deprecated codes, years in order, a k in range.
     *
     * @throws org.recourse.shared.InvalidInputException naming each field that is wrong
     */
    public void check(ReportRequest r) {
        Problems p = new Problems();
        r.violation().ifPresent(c -> p.require(vocabulary.term(Schemes.VIOLATION, c).isPresent(), "violation",
                "'" + c + "' is not a term of the violation vocabulary"));
        r.perpetrator().ifPresent(c -> p.require(vocabulary.term(Schemes.PERPETRATOR, c).isPresent(), "perpetrator",
                "'" + c + "' is not a term of the perpetrator vocabulary"));
        r.country().ifPresent(c -> p.require(vocabulary.term(Schemes.COUNTRY, c).isPresent(), "country",
                "'" + c + "' is not a term of the country vocabulary"));
        r.source().ifPresent(s -> p.require(sources.find(s).isPresent(), "source", "names no source"));
        p.require(r.fromYear().isEmpty() || r.toYear().isEmpty() || r.fromYear().get() <= r.toYear().get(), "to",
                "the period ends before it starts");
        r.k().ifPresent(k -> p.require(k >= MIN_K && k <= MAX_K, "k", "must be between " + MIN_K + " and " + MAX_K));
        p.throwIfAny();
    }

    private ReportModel model(ReportRequest request, ReportProgress progress, Caller caller) {
        check(request);
        int k = request.k().orElse(defaultK);
        IncidentFilter filter = new IncidentFilter(request.violation(), request.perpetrator(), Optional.empty(),
                request.country(), request.fromYear(), request.toYear(), request.source());
        Optional<Set<String>> violations = request.violation().map(c -> vocabulary.withDescendants(Schemes.VIOLATION, c));
        Optional<Set<String>> perpetrators = request.perpetrator()
                .map(c -> vocabulary.withDescendants(Schemes.PERPETRATOR, c));
        Collection.Selected selected = Collection.read(incidents, filter, violations, perpetrators, progress,
                caller);
        progress.step("quotations", 0, 1);
        Quotations.Cleared quotes = Quotations.clear(selected.passages().values(), testimonies, persons, k, request.locale());
        int interviewees = (int) selected.acts().stream().flatMap(a -> a.testimonies().stream()).distinct()
                .map(id -> testimonies.find(new org.recourse.testimony.TestimonyId(java.util.UUID.fromString(id))))
                .flatMap(Optional::stream).flatMap(t -> t.speakerId().stream()).distinct()
                .filter(id -> persons.find(id).filter(x -> x.roles().contains(PersonRole.INTERVIEWEE)).isPresent()).count();
        progress.step("tables", 0, 1);
        return Assembly.model(request, k, selected, quotes, testimonies.count(caller), interviewees, vocabulary, sources);
    }
}
