package org.recourse.testimony;

/** Where information came from. */
public enum SourceKind {
    INTERVIEW, REPORT, NEWS_ARTICLE, DOCUMENT
}
