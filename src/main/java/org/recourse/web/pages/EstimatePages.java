package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.recourse.analysis.CaptureTable;
import org.recourse.analysis.LcmcrSettings;
import org.recourse.analysis.LogLinearSettings;
import org.recourse.analysis.MseResult;
import org.recourse.analysis.MultipleSystemsEstimation;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentId;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.SourceRegistry;
import org.recourse.web.support.EstimateChart;
import org.recourse.web.support.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Multiple systems estimation: from an uploaded capture table, or from this collection, where
 * each coded incident is a case and each source that supports it is a list.
 */
@Controller
class EstimatePages {

    static final long MAX_UPLOAD = 2_000_000;

    private final MultipleSystemsEstimation mse;
    private final IncidentCatalog incidents;
    private final SourceRegistry sources;

    EstimatePages(MultipleSystemsEstimation mse, IncidentCatalog incidents, SourceRegistry sources) {
        this.mse = mse;
        this.incidents = incidents;
        this.sources = sources;
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
            return show(estimate(table, method), table, model);
        } catch (InvalidInputException e) {
            return FormFailure.show(model, response, e, "estimates");
        }
    }

    @PostMapping("/estimates/collection")
    String collection(@RequestParam(defaultValue = "loglinear") String method,
            @RequestParam(required = false) String violation, Model model, HttpServletResponse response) {
        try {
            CaptureTable table = collectionTable(violation);
            return show(estimate(table, method), table, model);
        } catch (InvalidInputException e) {
            return FormFailure.show(model, response, e, "estimates");
        }
    }

    private CaptureTable collectionTable(String violation) {
        IncidentFilter filter = new IncidentFilter(Forms.present(violation), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty());
        Map<IncidentId, Set<SourceId>> documented = incidents.sourcesOf(filter);
        List<String> lists = documented.values().stream().flatMap(Set::stream).distinct()
                .map(id -> sources.find(id).map(s -> s.title()).orElse(id.toString())).sorted().toList();
        if (lists.size() < 2) {
            throw new InvalidInputException("collection", "at least two sources must document incidents to estimate");
        }
        List<Set<String>> cases = new ArrayList<>();
        documented.values().forEach(ids -> cases.add(ids.stream()
                .map(id -> sources.find(id).map(s -> s.title()).orElse(id.toString())).collect(Collectors.toSet())));
        return CaptureTable.fromLinkedRecords("this collection", lists, cases);
    }

    private MseResult estimate(CaptureTable table, String method) {
        try {
            return "lcmcr".equals(method) ? mse.lcmcr(table, LcmcrSettings.defaults())
                    : mse.logLinear(table, LogLinearSettings.defaults());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("table", e.getMessage());
        }
    }

    private static String show(MseResult result, CaptureTable table, Model model) {
        model.addAttribute("result", result);
        model.addAttribute("lists", table.lists());
        model.addAttribute("chart", EstimateChart.of(result));
        return "estimate";
    }
}
