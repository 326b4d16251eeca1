package org.example.library.model;

import java.time.LocalDate;

import org.example.library.util.DateUtil;
import org.example.library.util.JsonWriter;

/** A title in the catalog; the physical items are {@link Copy} rows. */
public class Book extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String isbn;
    private String title;
    private Long authorId;
    private String authorName;
    private Integer publicationYear;
    private String genre;
    private LocalDate addedOn;

    public String getIsbn() {
        return isbn;
    }

    public void setIsbn(String isbn) {
        this.isbn = isbn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public void setAuthorId(Long authorId) {
        this.authorId = authorId;
    }

    /** Filled by queries that join author; null otherwise. */
    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public Integer getPublicationYear() {
        return publicationYear;
    }

    public void setPublicationYear(Integer publicationYear) {
        this.publicationYear = publicationYear;
    }

    public String getGenre() {
        return genre;
    }

    public void setGenre(String genre) {
        this.genre = genre;
    }

    public LocalDate getAddedOn() {
        return addedOn;
    }

    public void setAddedOn(LocalDate addedOn) {
        this.addedOn = addedOn;
    }

    /** Writes the fields of the book into an object already opened by the caller. */
    public void writeFields(JsonWriter w) {
        w.field("id", getId()).field("isbn", isbn).field("title", title).field("authorId", authorId)
                .field("authorName", authorName).field("year", publicationYear).field("genre", genre)
                .field("addedOn", DateUtil.format(addedOn));
    }
}
