/**
 * Keeps the search index in step with the database and answers searches for users: turns
 * testimonies into paragraph-sized passages faceted by the incidents coded on them, queues
 * every change in an outbox table inside the writer's transaction, and drains the outbox into
 * the index after commit and at start. Depends on {@code testimony}, {@code coding} and
 * {@code search}; nothing here knows Lucene.
 */
package org.recourse.indexing;
