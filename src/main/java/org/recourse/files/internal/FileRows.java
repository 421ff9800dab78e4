package org.recourse.files.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.files.FileChecks;
import org.recourse.files.StoredCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code files} and {@code attachments} tables. Names stay ciphertext here; {@code Attachments} decrypts. */
@Repository
public class FileRows {

    /**
     * One attachment row joined with its file, the name still encrypted; {@code keyPerson} the
     * person whose key wraps the copy it reads (empty: the master key).
     */
    public record Row(UUID id, String sha256, long size, String mediaType, UUID sourceId, Optional<UUID> testimonyId,
            Instant attachedAt, String attachedBy, String nameCiphertext, Optional<UUID> keyPerson,
            Optional<Instant> destroyedAt) {

        public FileCopy copy() {
            return new FileCopy(sha256, keyPerson);
        }
    }

    private static final String SELECT = """
            SELECT a.id, a.sha256, f.size, f.media_type, a.source_id, a.testimony_id, a.attached_at, a.attached_by,
                   a.original_name_ciphertext, a.key_person_id, a.destroyed_at
            FROM attachments a JOIN files f ON f.sha256 = a.sha256""";

    private final JdbcClient jdbc;

    FileRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean fileKnown(String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM files WHERE sha256 = :s").param("s", sha256).query(Long.class).single() > 0;
    }

    /** Whether any attachment, destroyed or not, reads this copy. */
    public boolean copyKnown(FileCopy copy) {
        return jdbc.sql("SELECT COUNT(*) FROM attachments WHERE sha256 = :s AND " + holder(copy.person()))
                .param("s", copy.sha256()).param("p", copy.person().map(UUID::toString).orElse(""))
                .query(Long.class).single() > 0;
    }

    public void insertFile(String sha256, long size, String mediaType, Instant at, String by) {
        jdbc.sql("INSERT INTO files (sha256, size, media_type, stored_at, stored_by) VALUES (:s, :size, :type, :at, :by)")
                .param("s", sha256).param("size", size).param("type", mediaType).param("at", at.toString())
                .param("by", by).update();
    }

    public void insertAttachment(Row r) {
        jdbc.sql("""
                INSERT INTO attachments (id, sha256, source_id, testimony_id, original_name_ciphertext, attached_at,
                                         attached_by, key_person_id)
                VALUES (:id, :s, :source, :testimony, :name, :at, :by, :person)""")
                .param("id", r.id().toString()).param("s", r.sha256()).param("source", r.sourceId().toString())
                .param("testimony", r.testimonyId().map(UUID::toString).orElse(null))
                .param("name", r.nameCiphertext()).param("at", r.attachedAt().toString()).param("by", r.attachedBy())
                .param("person", r.keyPerson().map(UUID::toString).orElse(null))
                .update();
    }

    public List<Row> ofSource(UUID sourceId) {
        return jdbc.sql(SELECT + " WHERE a.source_id = :id ORDER BY a.attached_at, a.id").param("id", sourceId.toString())
                .query(FileRows::row).list();
    }

    public List<Row> ofTestimony(UUID testimonyId) {
        return jdbc.sql(SELECT + " WHERE a.testimony_id = :id ORDER BY a.attached_at, a.id")
                .param("id", testimonyId.toString()).query(FileRows::row).list();
    }

    /** The source's attachments of this content, those still readable first. */
    public List<Row> of(UUID sourceId, String sha256) {
        return jdbc.sql(SELECT + " WHERE a.source_id = :id AND a.sha256 = :s ORDER BY a.attached_at, a.id")
                .param("id", sourceId.toString()).param("s", sha256).query(FileRows::row).list().stream()
                .sorted(java.util.Comparator.comparing(r -> r.destroyedAt().isPresent())).toList();
    }

    /**
     * The attachments not yet destroyed that belong to a person: those wrapped by their key, and
     * (files attached before V35, wrapped by the master key) those on their testimonies.
     */
    public List<Row> liveOfPerson(UUID person, Collection<UUID> testimonies) {
        String onTestimonies = testimonies.isEmpty() ? "" : " OR a.testimony_id IN (:t)";
        var spec = jdbc.sql(SELECT + " WHERE a.destroyed_at IS NULL AND (a.key_person_id = :p" + onTestimonies + ")")
                .param("p", person.toString());
        if (!testimonies.isEmpty()) {
            spec = spec.param("t", testimonies.stream().map(UUID::toString).toList());
        }
        return spec.query(FileRows::row).list();
    }

    /** Marks the attachment destroyed and erases its (encrypted) original name; hash, size and times stay. */
    public void markDestroyed(UUID attachmentId, Instant at) {
        jdbc.sql("UPDATE attachments SET destroyed_at = :at, original_name_ciphertext = '' WHERE id = :id").param("at", at.toString())
                .param("id", attachmentId.toString()).update();
    }

    /** Whether an attachment not destroyed still reads this copy. */
    public boolean copyLive(FileCopy copy) {
        return jdbc.sql("SELECT COUNT(*) FROM attachments WHERE destroyed_at IS NULL AND sha256 = :s AND "
                        + holder(copy.person()))
                .param("s", copy.sha256()).param("p", copy.person().map(UUID::toString).orElse(""))
                .query(Long.class).single() > 0;
    }

    /** One entry per attachment (or per file with none): hash, key holder, destroyed when. */
    public List<StoredCopy> copyRows() {
        return jdbc.sql(FileChecks.COPIES).query((rs, n) -> new StoredCopy(rs.getString(1),
                Optional.ofNullable(rs.getString(2)).map(UUID::fromString),
                Optional.ofNullable(rs.getString(3)).map(Instant::parse))).list();
    }

    private static String holder(Optional<UUID> person) {
        return person.isPresent() ? "key_person_id = :p" : "key_person_id IS NULL";
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(UUID.fromString(rs.getString("id")), rs.getString("sha256"), rs.getLong("size"),
                rs.getString("media_type"), UUID.fromString(rs.getString("source_id")),
                Optional.ofNullable(rs.getString("testimony_id")).map(UUID::fromString),
                Instant.parse(rs.getString("attached_at")), rs.getString("attached_by"),
                rs.getString("original_name_ciphertext"),
                Optional.ofNullable(rs.getString("key_person_id")).map(UUID::fromString),
                Optional.ofNullable(rs.getString("destroyed_at")).map(Instant::parse));
    }
}
