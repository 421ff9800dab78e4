package org.recourse.linkage;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Options of one run. {@code threshold}: match probability from which a pair joins two records
 * into one entity (default: the configuration's, else {@link #DEFAULT_THRESHOLD}).
 * {@code config}: expert settings, else everything is chosen from the data.
 * {@code oneToOne}: in linkage, each record matches at most one of the other file.
 * {@code reportFloor}: probability from which candidate pairs are returned with evidence.
 */
public record LinkOptions(OptionalDouble threshold, Optional<LinkConfig> config, boolean oneToOne, double reportFloor) {

    public static final double DEFAULT_THRESHOLD = 0.5;

    public LinkOptions {
        if (threshold.isPresent() && (threshold.getAsDouble() <= 0 || threshold.getAsDouble() >= 1)) {
            throw new IllegalArgumentException("the threshold is a probability between 0 and 1 (exclusive)");
        }
    }

    public static LinkOptions defaults() {
        return new LinkOptions(OptionalDouble.empty(), Optional.empty(), false, 0.05);
    }

    public LinkOptions withThreshold(double t) {
        return new LinkOptions(OptionalDouble.of(t), config, oneToOne, reportFloor);
    }

    public LinkOptions withConfig(LinkConfig c) {
        return new LinkOptions(threshold, Optional.of(c), oneToOne, reportFloor);
    }

    public LinkOptions withOneToOne(boolean b) {
        return new LinkOptions(threshold, config, b, reportFloor);
    }

    public LinkOptions withReportFloor(double floor) {
        return new LinkOptions(threshold, config, oneToOne, floor);
    }

    double effectiveThreshold() {
        return threshold.orElse(config.flatMap(LinkConfig::threshold).orElse(DEFAULT_THRESHOLD));
    }
}
