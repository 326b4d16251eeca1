package org.example.library.web;

import java.io.IOException;
import java.io.PrintWriter;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.dao.BookDao;
import org.example.library.model.Book;
import org.example.library.model.SearchCriteria;

/**
 * The HTML search page of release 1.x. Replaced by CatalogSearchServlet and search.jsp in 2.0; its
 * mapping was removed from web.xml but the class was never deleted.
 */
public class OldSearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SearchCriteria criteria = new SearchCriteria();
        criteria.setText(req.getParameter("title"));
        resp.setContentType("text/html");
        PrintWriter out = resp.getWriter();
        out.println("<html><body><table>");
        for (Book b : new BookDao().search(criteria)) {
            out.println("<tr><td>" + b.getTitle() + "</td><td>" + b.getAuthorName() + "</td></tr>");
        }
        out.println("</table></body></html>");
    }
}
