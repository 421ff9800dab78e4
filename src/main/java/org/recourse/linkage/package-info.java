/**
 * Probabilistic record linkage: finds records that describe the same person (or place, or
 * publication) within one file or between two, without labelled examples.
 *
 * <p>Records go in as an id and a map of field values ({@link org.recourse.linkage.LinkRecord});
 * candidate pairs come out with a match probability and per-field evidence, and clusters of
 * records judged to be one entity ({@link org.recourse.linkage.LinkResult}). The model is
 * Fellegi and Sunter (1969) with m and u probabilities estimated by EM (Winkler 1988; Splink's
 * practice of taking u from random pairs), term-frequency adjustment for common values,
 * blocking and comparisons chosen from the data, and an expert override file
 * ({@link org.recourse.linkage.LinkConfig}). Korean names are compared in Hangul and across
 * romanisations. Depends only on {@code shared}; the review queue that shows the evidence to
 * an investigator belongs to another module.
 */
package org.recourse.linkage;
