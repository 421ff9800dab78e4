package org.recourse.coding;

/** How a coder answered a suggestion. */
public enum SuggestionDecision {
    ACCEPTED, REJECTED
}
