package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.Charset;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.recourse.exchange.Exchange;
import org.recourse.exchange.ExportFormat;
import org.recourse.exchange.ExportPurpose;
import org.recourse.exchange.ImportOptions;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.testimony.SourceRegistry;
import org.recourse.web.support.Forms;
import org.recourse.web.support.Jobs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Export downloads, and imports in two steps: the upload is kept in a temporary file named by a
 * random token held in the session (never in a URL), shown as a preview with its validation
 * report, and stored only when the user confirms.
 */
@Controller
class ExchangePages {

    private final Exchange exchange;
    private final SourceRegistry sources;
    private final Jobs jobs;
    private final PendingImports pendingImports;

    ExchangePages(Exchange exchange, SourceRegistry sources, Jobs jobs, PendingImports pendingImports) {
        this.exchange = exchange;
        this.sources = sources;
        this.jobs = jobs;
        this.pendingImports = pendingImports;
    }

    @GetMapping("/exchange")
    String page(Model model, Caller caller) {
        model.addAttribute("sources", sources.all(caller));
        model.addAttribute("maxMb", exchange.maxBytes() / 1048576);
        return "exchange";
    }

    /** Says, before anything is downloaded, how many persons and passages consent keeps out of an export. */
    @GetMapping("/exchange/check")
    String check(@RequestParam(required = false) String partner, Model model, HttpServletResponse response,
            Caller caller) {
        page(model, caller);
        model.addAttribute("partner", partner == null ? "" : partner);
        try {
            model.addAttribute("summary", exchange.check(ExportPurpose.of(Optional.ofNullable(partner)), caller));
            return "exchange";
        } catch (InvalidInputException e) {
            return FormFailure.show(model, response, e, "exchange");
        }
    }

    @GetMapping("/exchange/export")
    void export(@RequestParam String format, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(required = false) String partner, HttpServletResponse response, Caller caller) throws IOException {
        ExportFormat f = ExportFormat.named(format).orElseThrow(() -> new NotFoundException("export format", format));
        ExportPurpose purpose = ExportPurpose.of(Optional.ofNullable(partner));
        Locale locale = "ko".equals(lang) ? Locale.KOREAN : Locale.ENGLISH;
        response.setContentType(f.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"incidents-" + f.key() + "." + f.extension() + "\"");
        exchange.export(f, locale, purpose, response.getOutputStream(), caller);
    }

    @PostMapping("/exchange/upload")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String encoding,
            @RequestParam(required = false) String sourceId, HttpSession session, Model model,
            HttpServletResponse response, Caller caller) throws IOException {
        try {
            PendingImports.Pending pending = pendingImports.keep(session, file, options(encoding, sourceId, false),
                    exchange.maxBytes());
            model.addAttribute("preview", exchange.preview(pending.name(), pendingImports.content(pending),
                    pending.options()));
            model.addAttribute("token", pending.token());
            model.addAttribute("fileName", pending.name());
            return "exchange-preview";
        } catch (InvalidInputException e) {
            page(model, caller);
            return FormFailure.show(model, response, e, "exchange");
        }
    }

    /** Starts the import as a job and sends the user to its progress page. */
    @PostMapping("/exchange/import")
    String confirm(@RequestParam String token, @RequestParam(defaultValue = "false") boolean validRowsOnly,
            HttpSession session, Principal user) {
        PendingImports.Pending pending = pendingImports.take(session, token)
                .orElseThrow(() -> new NotFoundException("upload", "token"));
        ImportOptions o = pending.options();
        ImportOptions chosen = new ImportOptions(o.charset(), validRowsOnly, o.sourceId());
        String id = jobs.start(user.getName(), "import", progress -> {
            try {
                return exchange.importFile(pending.name(), pendingImports.content(pending), chosen,
                        (done, total) -> progress.at("rows", done, total));
            } finally {
                PendingImports.discard(pending);
            }
        });
        return "redirect:/jobs/" + id;
    }

    private static ImportOptions options(String encoding, String sourceId, boolean validRowsOnly) {
        Optional<Charset> charset;
        try {
            charset = Forms.present(encoding).map(Charset::forName);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("encoding", "names no known encoding");
        }
        return new ImportOptions(charset, validRowsOnly, Forms.present(sourceId));
    }
}
