package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.recourse.analysis.CaptureTable;
import org.recourse.analysis.LcmcrSettings;
import org.recourse.analysis.LogLinearSettings;
import org.recourse.analysis.MseResult;
import org.recourse.analysis.MultipleSystemsEstimation;
import org.recourse.corroboration.CaptureHistories;
import org.recourse.coding.IncidentFilter;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Term;
import org.recourse.vocabulary.Vocabulary;
import org.recourse.web.support.EstimateChart;
import org.recourse.web.support.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Multiple systems estimation: from an uploaded capture table, or from this collection, where
 * each coded incident is a case and each source that supports it is a list (only the incidents
 * and sources the caller may see).
 */
@Controller
class EstimatePages {

    static final long MAX_UPLOAD = 2_000_000;

    private final MultipleSystemsEstimation mse;
    private final CaptureHistories captures;
    private final Vocabulary vocabulary;

    EstimatePages(MultipleSystemsEstimation mse, CaptureHistories captures, Vocabulary vocabulary) {
        this.mse = mse;
        this.captures = captures;
        this.vocabulary = vocabulary;
    }

    /** The violation filter is a choice of terms, labelled in the reader's language, not a code to type. */
    @ModelAttribute("violations")
    List<Term> violations() {
        return vocabulary.terms(Schemes.VIOLATION);
    }

    @GetMapping("/estimates")
    String form() {
        return "estimates";
    }

    @PostMapping("/estimates/upload")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "loglinear") String method,
            Model model, HttpServletResponse response) throws IOException {
        try {
            if (file.isEmpty() || file.getSize() > MAX_UPLOAD) {
                throw new InvalidInputException("file", "choose a CSV file of at most 2 MB");
            }
            CaptureTable table = mse.readTable(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8),
                    "uploaded table");
            return show(estimate(table, method), List.of(table), model);
        } catch (InvalidInputException e) {
            return FormFailure.show(model, response, e, "estimates");
        }
    }

    @PostMapping("/estimates/collection")
    String collection(@RequestParam(defaultValue = "loglinear") String method,
            @RequestParam(required = false) String violation, @RequestParam(defaultValue = "none") String strata,
            Model model, HttpServletResponse response, Caller caller) {
        model.addAttribute("chosenViolation", violation);
        try {
            IncidentFilter filter = new IncidentFilter(Forms.present(violation), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            List<CaptureTable> tables = captures.incidentsBySource(filter, strata(strata), caller);
            if (tables.isEmpty()) {
                throw new InvalidInputException("collection", "at least two sources must document incidents to estimate");
            }
            MseResult result = "lcmcr".equals(method) ? mse.lcmcr(tables, LcmcrSettings.defaults())
                    : mse.logLinear(tables, LogLinearSettings.defaults());
            // Said to every caller who is not an administrator, whether or not anything was left out:
            // saying it only when something was would tell them that sources hidden from them exist.
            model.addAttribute("visibleOnly", !caller.isAdmin());
            return show(result, tables, model);
        } catch (InvalidInputException e) {
            return FormFailure.show(model, response, e, "estimates");
        } catch (IllegalArgumentException e) {
            return FormFailure.show(model, response, new InvalidInputException("table", e.getMessage()), "estimates");
        }
    }

    private static CaptureHistories.Strata strata(String s) {
        return switch (s) {
            case "period" -> CaptureHistories.Strata.PERIOD;
            case "country" -> CaptureHistories.Strata.COUNTRY;
            default -> CaptureHistories.Strata.NONE;
        };
    }

    private MseResult estimate(CaptureTable table, String method) {
        try {
            return "lcmcr".equals(method) ? mse.lcmcr(table, LcmcrSettings.defaults())
                    : mse.logLinear(table, LogLinearSettings.defaults());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("table", e.getMessage());
        }
    }

    private static String show(MseResult result, List<CaptureTable> tables, Model model) {
        model.addAttribute("result", result);
        model.addAttribute("lists", tables.stream().flatMap(t -> t.lists().stream()).distinct().sorted().toList());
        model.addAttribute("chart", EstimateChart.of(result));
        return "estimate";
    }
}
