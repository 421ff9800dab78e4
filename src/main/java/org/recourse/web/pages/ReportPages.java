package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.recourse.report.ReportProgress;
import org.recourse.report.ReportRequest;
import org.recourse.report.Reports;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.web.support.Forms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reports: a filter form; the report shown on the page, or downloaded as PDF with the same filter. */
@Controller
class ReportPages {

    private final Reports reports;

    ReportPages(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports")
    String page(@RequestParam(required = false) String violation, @RequestParam(required = false) String perpetrator,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String country, @RequestParam(required = false) String k,
            @RequestParam(required = false) String run, Model model, HttpServletResponse response, Caller caller) {
        model.addAttribute("defaultK", reports.defaultK());
        if (run == null) {
            return "reports";
        }
        try {
            model.addAttribute("report", reports.htmlBody(request(violation, perpetrator, from, to, country, k),
                    ReportProgress.NONE, caller));
            return "reports";
        } catch (InvalidInputException e) {
            return FormFailure.show(model, response, e, "reports");
        }
    }

    @GetMapping("/reports/pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String violation,
            @RequestParam(required = false) String perpetrator, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String country,
            @RequestParam(required = false) String k, Caller caller) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.pdf(request(violation, perpetrator, from, to, country, k), ReportProgress.NONE, out, caller);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("recourse-report.pdf").build()
                        .toString())
                .body(out.toByteArray());
    }

    private static ReportRequest request(String violation, String perpetrator, String from, String to, String country,
            String k) {
        Locale locale = LocaleContextHolder.getLocale();
        return new ReportRequest(Forms.present(violation), Forms.present(perpetrator), year(from, "from"), year(to, "to"),
                Forms.present(country), Optional.empty(), kOf(k), locale, List.of());
    }

    private static Optional<Integer> year(String s, String field) {
        Optional<String> v = Forms.present(s);
        if (v.isPresent() && !v.get().matches("\\d{4}")) {
            throw new InvalidInputException(field, "write a year such as 2005");
        }
        return v.map(Integer::parseInt);
    }

    private static OptionalInt kOf(String s) {
        Optional<String> v = Forms.present(s);
        if (v.isPresent() && !v.get().matches("\\d{1,3}")) {
            throw new InvalidInputException("k", "write a whole number");
        }
        return v.map(x -> OptionalInt.of(Integer.parseInt(x))).orElse(OptionalInt.empty());
    }
}
