package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.security.Principal;
import org.recourse.report.ReportForm;
import org.recourse.report.ReportProgress;
import org.recourse.report.ReportRequest;
import org.recourse.report.Reports;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.SourceRegistry;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Vocabulary;
import org.recourse.web.support.Jobs;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Reports: a filter form; the report shown on the page, or downloaded as PDF with the same filter. */
@Controller
class ReportPages {

    private final Reports reports;
    private final Vocabulary vocabulary;
    private final SourceRegistry sources;
    private final Jobs jobs;

    ReportPages(Reports reports, Vocabulary vocabulary, SourceRegistry sources, Jobs jobs) {
        this.reports = reports;
        this.vocabulary = vocabulary;
        this.sources = sources;
        this.jobs = jobs;
    }

    @GetMapping("/reports")
    String page(@ModelAttribute("filter") ReportForm filter, @RequestParam(required = false) String run, Model model,
            HttpServletResponse response, Caller caller) {
        model.addAttribute("defaultK", reports.defaultK());
        model.addAttribute("violations", vocabulary.terms(Schemes.VIOLATION));
        model.addAttribute("perpetratorTypes", vocabulary.terms(Schemes.PERPETRATOR));
        model.addAttribute("countries", vocabulary.terms(Schemes.COUNTRY));
        model.addAttribute("sources", sources.all(caller));
        if (run == null) {
            return "reports";
        }
        try {
            model.addAttribute("report", reports.htmlBody(filter.toRequest(LocaleContextHolder.getLocale()),
                    ReportProgress.NONE, caller));
            return "reports";
        } catch (InvalidInputException e) {
            return FormFailure.show(model, response, e, "reports");
        }
    }

    /** Builds the PDF as a job with a progress page; the file is downloaded from the job when done. */
    @GetMapping("/reports/build")
    String build(@ModelAttribute ReportForm filter, Principal user, Caller caller) {
        ReportRequest request = filter.toRequest(LocaleContextHolder.getLocale());
        reports.check(request);
        String id = jobs.start(user.getName(), "report", progress -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reports.pdf(request, progress::at, out, caller);
            return new Jobs.Download("recourse-report.pdf", MediaType.APPLICATION_PDF_VALUE, out.toByteArray());
        });
        return "redirect:/jobs/" + id;
    }

    @GetMapping("/reports/pdf")
    ResponseEntity<byte[]> pdf(@ModelAttribute ReportForm filter, Caller caller) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.pdf(filter.toRequest(LocaleContextHolder.getLocale()), ReportProgress.NONE, out, caller);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("recourse-report.pdf").build()
                        .toString())
                .body(out.toByteArray());
    }
}
