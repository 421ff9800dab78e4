/**
 * Corroboration across sources: finds persons who may be one person interviewed (or named as
 * a victim) by different sources, and incidents that may be one event told by different
 * sources, and keeps a reviewer's decisions about them. Candidates come from the
 * {@code linkage} engine run on pseudonymised, coarse fields only (never a pseudonym, never an
 * identifying field); a decision links two records or rejects the pair, never merges them, and
 * can be undone. Capture histories for multiple systems estimation count linked incidents as
 * one case. Every decision and undo publishes an {@link org.recourse.audit.AuditEvent}
 * (ids only). Depends on {@code testimony}, {@code coding}, {@code linkage},
 * {@code analysis}, {@code vocabulary}, {@code audit} and {@code shared}.
 */
package org.recourse.corroboration;
