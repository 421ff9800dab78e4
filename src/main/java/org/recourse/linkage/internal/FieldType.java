package org.recourse.linkage.internal;

/** What a column holds, which decides how two of its values are compared and blocked. */
public enum FieldType {
    NAME, DATE, YEAR, NUMERIC, CODE, TEXT, CATEGORICAL, IGNORE
}
