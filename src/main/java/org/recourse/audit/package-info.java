/**
 * The tamper-evident record of who did what: every change that a module makes publishes an
 * {@link org.recourse.audit.AuditEvent}, which is appended to a hash-chained log inside the
 * same transaction, so no change is stored without its entry. Entries carry ids, never names
 * or text. Depends on {@code shared} only.
 */
package org.recourse.audit;
