package org.example.library.dao;

import java.util.ArrayList;
import java.util.List;

import org.example.library.db.JdbcUtils;
import org.example.library.model.Book;
import org.example.library.model.SearchCriteria;
import org.example.library.util.DateUtil;
import org.example.library.util.StringUtil;

/** book table, joined with author for display names. */
public class BookDao extends BaseDao {

    private static final String SELECT = "SELECT b.id, b.isbn, b.title, b.author_id, a.name AS author_name, "
            + "b.publication_year, b.genre, b.added_on FROM book b JOIN author a ON a.id = b.author_id";

    static final RowMapper<Book> MAPPER = rs -> {
        Book b = new Book();
        b.setId(rs.getLong("id"));
        b.setIsbn(rs.getString("isbn"));
        b.setTitle(rs.getString("title"));
        b.setAuthorId(JdbcUtils.getLongOrNull(rs, "author_id"));
        b.setAuthorName(rs.getString("author_name"));
        int year = rs.getInt("publication_year");
        b.setPublicationYear(rs.wasNull() ? null : year);
        b.setGenre(rs.getString("genre"));
        b.setAddedOn(DateUtil.fromSql(rs.getDate("added_on")));
        return b;
    };

    public Book findById(long id) {
        return queryForObject(SELECT + " WHERE b.id = ?", MAPPER, id);
    }

    public Book findByIsbn(String isbn) {
        return queryForObject(SELECT + " WHERE b.isbn = ?", MAPPER, isbn);
    }

    public List<Book> findAll(String genre) {
        if (StringUtil.isBlank(genre)) {
            return queryForList(SELECT + " ORDER BY b.title", MAPPER);
        }
        return queryForList(SELECT + " WHERE b.genre = ? ORDER BY b.title", MAPPER, genre);
    }

    public List<Book> findByAuthor(long authorId) {
        return queryForList(SELECT + " WHERE b.author_id = ? ORDER BY b.publication_year", MAPPER, authorId);
    }

    /** Title/author text search; builds the WHERE clause by hand, as we always did. */
    public List<Book> search(SearchCriteria criteria) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (StringUtil.isNotBlank(criteria.getText())) {
            sql.append(" AND (LOWER(b.title) LIKE ? ESCAPE '\\' OR LOWER(a.name) LIKE ? ESCAPE '\\')");
            params.add(StringUtil.likePattern(criteria.getText()));
            params.add(StringUtil.likePattern(criteria.getText()));
        }
        if (StringUtil.isNotBlank(criteria.getGenre())) {
            sql.append(" AND b.genre = ?");
            params.add(criteria.getGenre());
        }
        if (criteria.isAvailableOnly()) {
            sql.append(" AND EXISTS (SELECT 1 FROM book_copy c WHERE c.book_id = b.id AND c.status = 'AVAILABLE')");
        }
        sql.append(" ORDER BY b.title LIMIT ").append(criteria.getMaxResults());
        return queryForList(sql.toString(), MAPPER, params.toArray());
    }

    public long insert(Book b) {
        return insert("INSERT INTO book (isbn, title, author_id, publication_year, genre, added_on) "
                + "VALUES (?, ?, ?, ?, ?, ?)", b.getIsbn(), b.getTitle(), b.getAuthorId(),
                b.getPublicationYear(), b.getGenre(), b.getAddedOn());
    }

    public int update(Book b) {
        return update("UPDATE book SET title = ?, publication_year = ?, genre = ? WHERE id = ?",
                b.getTitle(), b.getPublicationYear(), b.getGenre(), b.getId());
    }
}
