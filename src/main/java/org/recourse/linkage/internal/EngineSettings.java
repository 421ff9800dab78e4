package org.recourse.linkage.internal;

import java.util.List;
import java.util.Map;

/**
 * How one run is set up: field types and blocking rules given by an expert (empty: chosen
 * from the data), the match threshold, the 1:1 constraint, and the probability from which
 * pairs are reported with their evidence, and whether m comes from a fixed prior
 * ({@link FixedModel}) instead of EM.
 */
public record EngineSettings(Map<String, FieldType> fieldTypes, List<List<String>> blockingRules, double threshold,
        boolean oneToOne, double reportFloor, boolean fixedModel) {
}
