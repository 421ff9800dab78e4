package org.recourse.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * An application test (class or method) that runs on SQLite only, not again in the build's
 * second run of the application tests on PostgreSQL ({@code -Drecourse.test.db=postgres}): it
 * checks something only the embedded database has, such as its file in the data folder or the
 * backup command (a PostgreSQL installation backs up with pg_dump). Say why in {@link #value()}.
 * The PostgreSQL run leaves out the tag; a class so marked keeps SQLite even with the property.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(TestDatabase.SQLITE_ONLY_TAG)
public @interface SqliteOnly {

    /** Why this test cannot run on PostgreSQL. */
    String value();
}
