package org.example.library.web;

import java.io.IOException;
import java.util.Map;

import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.CatalogFacade;
import org.example.library.model.Author;
import org.example.library.model.Book;
import org.example.library.util.JndiNames;
import org.example.library.util.JsonWriter;
import org.example.library.util.RequestUtil;
import org.example.library.util.ValidationUtil;

/** /api/authors: list, one author with their books, add (form post). */
@WebServlet(name = "AuthorServlet", urlPatterns = "/api/authors/*")
public class AuthorServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        CatalogFacade catalog = lookup(JndiNames.CATALOG_FACADE, CatalogFacade.class);
        Long id = RequestUtil.pathId(req);
        if (id == null) {
            writeList(resp, "authors", catalog.listAuthors(), (w, a) -> a.writeJson(w));
            return;
        }
        Author author = catalog.getAuthor(id);
        JsonWriter w = new JsonWriter().beginObject().field("id", author.getId()).field("name", author.getName())
                .field("birthYear", author.getBirthYear()).field("nationality", author.getNationality());
        w.name("books").beginArray();
        for (Book b : catalog.booksByAuthor(id)) {
            w.beginObject().field("id", b.getId()).field("title", b.getTitle()).field("year", b.getPublicationYear())
                    .endObject();
        }
        writeOk(resp, w.endArray().endObject());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> p = RequestUtil.params(req);
        Author author = new Author();
        author.setName(ValidationUtil.required(p.get("name"), "name"));
        author.setBirthYear(ValidationUtil.optionalInt(p.get("birthYear"), "birthYear"));
        author.setNationality(p.get("nationality"));
        Author saved = lookup(JndiNames.CATALOG_FACADE, CatalogFacade.class).addAuthor(author);
        JsonWriter w = new JsonWriter();
        saved.writeJson(w);
        writeCreated(resp, w);
    }
}
