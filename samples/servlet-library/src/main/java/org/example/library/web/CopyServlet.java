package org.example.library.web;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.CatalogFacade;
import org.example.library.model.Copy;
import org.example.library.util.JndiNames;
import org.example.library.util.JsonWriter;
import org.example.library.util.RequestUtil;
import org.example.library.util.ValidationUtil;

/** /api/copies (web.xml): look up by barcode, accession (form post), withdraw. */
public class CopyServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String barcode = RequestUtil.pathSegment(req, 0);
        if (barcode == null) {
            writeNotFound(resp, req);
            return;
        }
        write(resp, HttpServletResponse.SC_OK, lookup(JndiNames.CATALOG_FACADE, CatalogFacade.class).getCopy(barcode));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        CatalogFacade catalog = lookup(JndiNames.CATALOG_FACADE, CatalogFacade.class);
        String barcode = RequestUtil.pathSegment(req, 0);
        if (barcode != null && "withdraw".equals(RequestUtil.pathSegment(req, 1))) {
            write(resp, HttpServletResponse.SC_OK, catalog.withdrawCopy(barcode));
            return;
        }
        if (barcode != null) {
            writeNotFound(resp, req);
            return;
        }
        Map<String, String> p = RequestUtil.params(req);
        long bookId = ValidationUtil.requiredLong(p.get("bookId"), "bookId");
        write(resp, HttpServletResponse.SC_CREATED, catalog.addCopy(bookId, p.get("barcode"), p.get("shelf")));
    }

    private void write(HttpServletResponse resp, int status, Copy copy) throws IOException {
        JsonWriter w = new JsonWriter();
        copy.writeJson(w);
        writeJson(resp, status, w);
    }
}
