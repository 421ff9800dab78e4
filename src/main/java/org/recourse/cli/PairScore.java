package org.recourse.cli;

import java.util.Set;

/** Pairwise precision, recall and F1 of predicted pairs against true pairs. */
record PairScore(long predicted, long truePositives, long actual) {

    static PairScore of(Set<String> predicted, Set<String> truth) {
        long tp = predicted.stream().filter(truth::contains).count();
        return new PairScore(predicted.size(), tp, truth.size());
    }

    double precision() {
        return predicted == 0 ? 0 : truePositives / (double) predicted;
    }

    double recall() {
        return actual == 0 ? 0 : truePositives / (double) actual;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
