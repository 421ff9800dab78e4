package org.recourse.extraction;

/**
 * Set-based agreement with the gold coding for one field and language group ({@code en},
 * {@code ko}, {@code all}): true/false positives and false negatives pooled over passages
 * (micro), and the mean per-label F1 (macro).
 */
public record FieldScore(String language, String field, int tp, int fp, int fn, double macroF1) {

    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
