/**
 * Original files (audio, scans, documents) kept for chain of custody: stored encrypted in
 * {@code DATA/files/ab/cdef...}, addressed by the SHA-256 of their plaintext, attached to a
 * source (and optionally one of its testimonies). Every attach and every decryption is
 * audited by hash; the original file name may identify someone, so it is stored encrypted.
 * Nothing plaintext touches the disk here: content is hashed and encrypted while it streams.
 * A file on a testimony whose speaker is a person is encrypted under that person's key and is
 * destroyed when they withdraw all consent ({@code AllConsentWithdrawn}). Knows sources and
 * testimonies by id (the caller checks they exist) and reads a testimony's speaker from
 * {@code testimony}. Depends on {@code testimony}, {@code security}, {@code audit},
 * {@code storage} and {@code shared}.
 */
package org.recourse.files;
