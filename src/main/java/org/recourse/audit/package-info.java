/**
 * The tamper-evident record of who did what: every change that a module makes publishes an
 * {@link org.recourse.audit.AuditEvent}, which is appended to a hash-chained log inside the
 * same transaction, so no change is stored without its entry. The head of the chain is signed
 * (a checkpoint) every 1,000 entries and at every clean shutdown, through
 * {@link org.recourse.audit.CheckpointSigner}, which {@code security} implements;
 * {@link org.recourse.audit.AuditLog#verify()} recomputes the chain and checks the signatures.
 * Entries carry ids, never names or text. Depends on {@code shared} only.
 */
package org.recourse.audit;
