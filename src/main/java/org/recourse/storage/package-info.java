/**
 * Where data lives: the data folder and the database in it (SQLite, embedded) or a
 * PostgreSQL server named by {@code RECOURSE_DB_URL}. One set of Flyway migrations serves
 * both. Other modules get a {@code JdbcClient} and the {@link org.recourse.storage.DataFolder};
 * nothing here knows about their records.
 */
package org.recourse.storage;
