package org.recourse.coding.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest an import's audit entry names. Each incident with its imported acts and their
 * involvements is written as one canonical line (its stored column values, each prefixed by
 * its length so no text can shift into the next field, acts in id order) and hashed with SHA-256: its leaf. The import's digest is the
 * SHA-256 of the leaves, incidents in id order. Leaves rather than one stream so that an edit
 * of one incident, whose revision records its leaf before and after, leaves the rest checkable.
 */
public final class ContentDigest {

    private static final char SEP = '\u001f';
    private static final char RECORD = '\u001e';

    private final MessageDigest leaf = sha256();
    private final MessageDigest all = sha256();
    private final StringBuilder line = new StringBuilder(256);
    private byte[] ascii = new byte[256];

    /** An incident and its imported acts as stored, from the records (at import, and before and after an edit). */
    public ContentDigest incident(org.recourse.coding.Incident i, java.util.List<org.recourse.coding.Act> acts) {
        incident(i.id().toString(), i.title(), i.summary(), i.date().precision().name(),
                i.date().from().map(Object::toString).orElse(null), i.date().to().map(Object::toString).orElse(null),
                i.location().type().orElse(null), i.location().country().orElse(null), i.location().province(),
                i.location().facility());
        for (org.recourse.coding.Act a : acts) {
            act(a.id().toString(), a.violation(), a.victimId().map(Object::toString).orElse(null));
            for (int k = 0; k < a.involvements().size(); k++) {
                org.recourse.coding.Involvement v = a.involvements().get(k);
                involvement(k, v.perpetratorType(), v.perpetratorId().map(Object::toString).orElse(null), v.role().name());
            }
        }
        return this;
    }

    /** Starts an incident's line with its stored column values (nulls as empty). */
    public ContentDigest incident(String id, String title, String summary, String precision, String from, String to,
            String type, String country, String province, String facility) {
        line.setLength(0);
        line.append("incident");
        append(id, title, summary, precision, from, to, type, country, province, facility);
        return this;
    }

    public ContentDigest act(String id, String violation, String victim) {
        line.append(RECORD).append("act");
        append(id, violation, victim);
        return this;
    }

    public ContentDigest involvement(int ordinal, String type, String person, String role) {
        line.append(RECORD).append("involvement");
        append(Integer.toString(ordinal), type, person, role);
        return this;
    }

    /** Ends the incident: returns its leaf (hex) and adds it to the import's digest. */
    public String endIncident() {
        byte[] hash = leaf.digest(line.toString().getBytes(StandardCharsets.UTF_8));
        all.update(hash);
        return HexFormat.of().formatHex(hash);
    }

    /** Ends the incident and adds its leaf to the import's digest, without its hex form (imports). */
    public void addIncident() {
        if (asciiLine()) {
            leaf.update(ascii, 0, line.length());
            all.update(leaf.digest());
        } else {
            all.update(leaf.digest(line.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Copies the line into a reused buffer when it is ASCII (its UTF-8 bytes are its chars), as most are. */
    private boolean asciiLine() {
        int n = line.length();
        if (ascii.length < n) {
            ascii = new byte[Math.max(n, 2 * ascii.length)];
        }
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            ascii[i] = (byte) c;
        }
        return true;
    }

    /** The leaf of the incident line written so far, without adding it to the digest (edits). */
    public String leafOnly() {
        return HexFormat.of().formatHex(leaf.digest(line.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Adds a leaf recorded elsewhere (an edited incident's leaf as imported). */
    public void addLeaf(String hex) {
        all.update(HexFormat.of().parseHex(hex));
    }

    /** The import's digest over every leaf added, in order. */
    public String digest() {
        return HexFormat.of().formatHex(all.digest());
    }

    private void append(String... values) {
        for (String v : values) {
            String text = v == null ? "" : v;
            line.append(SEP).append(text.length()).append(':').append(text);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
