package org.example.library.web;

import java.io.IOException;

import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.CatalogFacade;
import org.example.library.model.SearchCriteria;
import org.example.library.util.JndiNames;
import org.example.library.util.LibraryConstants;
import org.example.library.util.StringUtil;
import org.example.library.util.ValidationUtil;

/** GET /api/search?q=&genre=&available=true : the OPAC search box. */
@WebServlet("/api/search")
public class CatalogSearchServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SearchCriteria criteria = new SearchCriteria();
        criteria.setText(StringUtil.trimToNull(req.getParameter("q")));
        criteria.setGenre(StringUtil.toConstant(req.getParameter("genre")));
        criteria.setAvailableOnly(Boolean.parseBoolean(req.getParameter("available")));
        Integer max = ValidationUtil.optionalInt(req.getParameter("max"), "max");
        if (max != null) {
            criteria.setMaxResults(Math.max(1, Math.min(max, LibraryConstants.MAX_PAGE_SIZE)));
        }
        writeList(resp, "results", lookup(JndiNames.CATALOG_FACADE, CatalogFacade.class).search(criteria),
                (w, d) -> {
                    w.beginObject();
                    d.getBook().writeFields(w);
                    w.field("availableCopies", d.getAvailableCopies()).field("totalCopies", d.getCopies().size())
                            .endObject();
                });
    }
}
