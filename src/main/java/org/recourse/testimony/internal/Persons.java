package org.recourse.testimony.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.PersonRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Persons {

    private final JdbcClient jdbc;

    Persons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Person p) {
        jdbc.sql("""
                INSERT INTO persons (id, pseudonym, roles, gender, age_band, occupation, departure_period, province, created_at)
                VALUES (:id, :pseudonym, :roles, :gender, :age, :occupation, :departure, :province, :created)""")
                .param("id", p.id().toString()).param("pseudonym", p.pseudonym())
                .param("roles", p.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("gender", p.gender()).param("age", p.ageBand()).param("occupation", p.occupation())
                .param("departure", p.departurePeriod()).param("province", p.province())
                .param("created", p.createdAt().toString()).update();
    }

    public Optional<Person> find(PersonId id) {
        return jdbc.sql("SELECT * FROM persons WHERE id = :id").param("id", id.toString()).query(Persons::person).optional();
    }

    public Optional<Person> findByPseudonym(String pseudonym) {
        return jdbc.sql("SELECT * FROM persons WHERE pseudonym = :p").param("p", pseudonym).query(Persons::person).optional();
    }

    public List<Person> all() {
        return jdbc.sql("SELECT * FROM persons ORDER BY pseudonym").query(Persons::person).list();
    }

    private static Person person(ResultSet rs, int n) throws SQLException {
        String roles = rs.getString("roles");
        return new Person(new PersonId(UUID.fromString(rs.getString("id"))), rs.getString("pseudonym"),
                roles.isEmpty() ? java.util.Set.of()
                        : Arrays.stream(roles.split(",")).map(PersonRole::valueOf).collect(Collectors.toSet()),
                rs.getString("gender"), rs.getString("age_band"), rs.getString("occupation"),
                rs.getString("departure_period"), rs.getString("province"), Instant.parse(rs.getString("created_at")));
    }
}
