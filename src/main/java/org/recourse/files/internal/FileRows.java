package org.recourse.files.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code files} and {@code attachments} tables. Names stay ciphertext here; {@code Attachments} decrypts. */
@Repository
public class FileRows {

    /** One attachment row joined with its file, the name still encrypted. */
    public record Row(UUID id, String sha256, long size, String mediaType, UUID sourceId, Optional<UUID> testimonyId,
            Instant attachedAt, String attachedBy, String nameCiphertext) {
    }

    private static final String SELECT = """
            SELECT a.id, a.sha256, f.size, f.media_type, a.source_id, a.testimony_id, a.attached_at, a.attached_by,
                   a.original_name_ciphertext
            FROM attachments a JOIN files f ON f.sha256 = a.sha256""";

    private final JdbcClient jdbc;

    FileRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean fileKnown(String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM files WHERE sha256 = :s").param("s", sha256).query(Long.class).single() > 0;
    }

    public void insertFile(String sha256, long size, String mediaType, Instant at, String by) {
        jdbc.sql("INSERT INTO files (sha256, size, media_type, stored_at, stored_by) VALUES (:s, :size, :type, :at, :by)")
                .param("s", sha256).param("size", size).param("type", mediaType).param("at", at.toString())
                .param("by", by).update();
    }

    public void insertAttachment(Row r) {
        jdbc.sql("""
                INSERT INTO attachments (id, sha256, source_id, testimony_id, original_name_ciphertext, attached_at, attached_by)
                VALUES (:id, :s, :source, :testimony, :name, :at, :by)""")
                .param("id", r.id().toString()).param("s", r.sha256()).param("source", r.sourceId().toString())
                .param("testimony", r.testimonyId().map(UUID::toString).orElse(null))
                .param("name", r.nameCiphertext()).param("at", r.attachedAt().toString()).param("by", r.attachedBy())
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

    public Optional<Row> firstOf(UUID sourceId, String sha256) {
        return jdbc.sql(SELECT + " WHERE a.source_id = :id AND a.sha256 = :s ORDER BY a.attached_at, a.id")
                .param("id", sourceId.toString()).param("s", sha256).query(FileRows::row).list().stream().findFirst();
    }

    public List<String> allFiles() {
        return jdbc.sql("SELECT sha256 FROM files ORDER BY sha256").query(String.class).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(UUID.fromString(rs.getString("id")), rs.getString("sha256"), rs.getLong("size"),
                rs.getString("media_type"), UUID.fromString(rs.getString("source_id")),
                Optional.ofNullable(rs.getString("testimony_id")).map(UUID::fromString),
                Instant.parse(rs.getString("attached_at")), rs.getString("attached_by"),
                rs.getString("original_name_ciphertext"));
    }
}
