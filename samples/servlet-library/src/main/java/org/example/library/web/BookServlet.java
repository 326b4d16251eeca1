package org.example.library.web;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.CatalogFacade;
import org.example.library.model.Book;
import org.example.library.util.JndiNames;
import org.example.library.util.JsonWriter;
import org.example.library.util.RequestUtil;
import org.example.library.util.ValidationUtil;

/** /api/books (declared in web.xml): list, detail, add. */
public class BookServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        CatalogFacade catalog = lookup(JndiNames.CATALOG_FACADE, CatalogFacade.class);
        Long id = RequestUtil.pathId(req);
        if (id == null) {
            writeList(resp, "books", catalog.listBooks(req.getParameter("genre")), (w, b) -> {
                w.beginObject();
                b.writeFields(w);
                w.endObject();
            });
            return;
        }
        JsonWriter w = new JsonWriter();
        catalog.getBook(id).writeJson(w);
        writeOk(resp, w);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (RequestUtil.pathId(req) != null) {
            writeNotFound(resp, req);
            return;
        }
        Map<String, String> p = RequestUtil.params(req);
        Book book = new Book();
        book.setIsbn(ValidationUtil.required(p.get("isbn"), "isbn"));
        book.setTitle(p.get("title"));
        book.setAuthorId(ValidationUtil.requiredLong(p.get("authorId"), "authorId"));
        book.setPublicationYear(ValidationUtil.optionalInt(p.get("year"), "year"));
        book.setGenre(p.get("genre"));
        Book saved = lookup(JndiNames.CATALOG_FACADE, CatalogFacade.class).addBook(book);
        JsonWriter w = new JsonWriter().beginObject();
        saved.writeFields(w);
        writeCreated(resp, w.endObject());
    }
}
