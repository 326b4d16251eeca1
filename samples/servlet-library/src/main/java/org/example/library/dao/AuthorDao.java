package org.example.library.dao;

import java.util.List;

import org.example.library.model.Author;

/** author table. */
public class AuthorDao extends BaseDao {

    private static final String SELECT = "SELECT id, name, birth_year, nationality FROM author";

    private static final RowMapper<Author> MAPPER = rs -> {
        Author a = new Author();
        a.setId(rs.getLong("id"));
        a.setName(rs.getString("name"));
        int year = rs.getInt("birth_year");
        a.setBirthYear(rs.wasNull() ? null : year);
        a.setNationality(rs.getString("nationality"));
        return a;
    };

    public Author findById(long id) {
        return queryForObject(SELECT + " WHERE id = ?", MAPPER, id);
    }

    public List<Author> findAll() {
        return queryForList(SELECT + " ORDER BY name", MAPPER);
    }

    public Author findByName(String name) {
        return queryForObject(SELECT + " WHERE LOWER(name) = LOWER(?)", MAPPER, name);
    }

    public long insert(Author a) {
        return insert("INSERT INTO author (name, birth_year, nationality) VALUES (?, ?, ?)",
                a.getName(), a.getBirthYear(), a.getNationality());
    }
}
