package org.recourse.extraction;

/** A passage with what a trained coder coded in it (suggestions unused), for evaluation. */
public record GoldPassage(String id, String language, String text, CodingResult gold) {
}
