package org.example.library.model;

import java.util.ArrayList;
import java.util.List;

import org.example.library.util.JsonWriter;

/** A book with its author and copies, as shown on the catalog detail page. */
public class BookDetails {

    private final Book book;
    private final Author author;
    private final List<Copy> copies;

    public BookDetails(Book book, Author author, List<Copy> copies) {
        this.book = book;
        this.author = author;
        this.copies = new ArrayList<>(copies);
    }

    public Book getBook() {
        return book;
    }

    public Author getAuthor() {
        return author;
    }

    public List<Copy> getCopies() {
        return copies;
    }

    public int getAvailableCopies() {
        int n = 0;
        for (Copy c : copies) {
            if (c.isAvailable()) {
                n++;
            }
        }
        return n;
    }

    public void writeJson(JsonWriter w) {
        w.beginObject();
        book.writeFields(w);
        w.name("author");
        if (author == null) {
            w.nullValue();
        } else {
            author.writeJson(w);
        }
        w.field("totalCopies", copies.size()).field("availableCopies", getAvailableCopies());
        w.name("copies").beginArray();
        for (Copy c : copies) {
            c.writeJson(w);
        }
        w.endArray().endObject();
    }
}
