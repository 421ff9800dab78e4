package org.recourse.linkage.internal;

/**
 * Numbers with tolerance. Years use absolute differences (1 and 5 years); other quantities
 * relative ones (5% and 25%), as an area or an enrolment reported by two sources differs
 * in proportion to its size.
 */
public final class NumericComparison extends Comparison {

    private final double[] numbers;
    private final boolean years;

    public NumericComparison(String field, String[] values, boolean years) {
        super(field, values, years
                ? new String[] {"missing", "exact", "within 1 year", "within 5 years", "different"}
                : new String[] {"missing", "exact", "within 5%", "within 25%", "different"});
        this.years = years;
        numbers = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = parse(values[i]);
        }
    }

    static double parse(String v) {
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v.replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    public boolean termFrequency() {
        return false;
    }

    @Override
    protected int compare(int i, int j, String a, String b) {
        double x = numbers[i];
        double y = numbers[j];
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return a.equals(b) ? 1 : 4;
        }
        double diff = Math.abs(x - y);
        if (diff == 0) {
            return 1;
        }
        double scale = years ? 1.0 : Math.max(Math.abs(x), Math.abs(y));
        double rel = diff / scale;
        if (years ? rel <= 1 : rel <= 0.05) {
            return 2;
        }
        return (years ? rel <= 5 : rel <= 0.25) ? 3 : 4;
    }
}
