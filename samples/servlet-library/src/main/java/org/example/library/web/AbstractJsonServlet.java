package org.example.library.web;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.exception.LibraryException;
import org.example.library.util.AppConfig;
import org.example.library.util.JsonWriter;
import org.example.library.util.LibraryConstants;
import org.example.library.util.ServiceLocator;

/**
 * Base of the JSON servlets: turns LibraryExceptions into JSON errors with their HTTP status, and
 * offers the response helpers every servlet copied before this class existed.
 */
public abstract class AbstractJsonServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AbstractJsonServlet.class.getName());

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        try {
            super.service(req, resp);
        } catch (LibraryException e) {
            if (e.getHttpStatus() >= 500) {
                LOG.log(Level.SEVERE, req.getMethod() + " " + req.getRequestURI() + " failed", e);
            }
            writeError(resp, e.getHttpStatus(), e.getMessage());
        } catch (IllegalArgumentException e) {
            writeError(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    protected void writeJson(HttpServletResponse resp, int status, JsonWriter json) throws IOException {
        resp.setStatus(status);
        resp.setContentType(LibraryConstants.JSON_CONTENT_TYPE);
        resp.getWriter().write(json.toString());
    }

    protected void writeOk(HttpServletResponse resp, JsonWriter json) throws IOException {
        writeJson(resp, HttpServletResponse.SC_OK, json);
    }

    protected void writeCreated(HttpServletResponse resp, JsonWriter json) throws IOException {
        writeJson(resp, HttpServletResponse.SC_CREATED, json);
    }

    protected void writeError(HttpServletResponse resp, int status, String message) throws IOException {
        writeJson(resp, status, new JsonWriter().beginObject().field("error", message).field("status", status).endObject());
    }

    protected void writeNotFound(HttpServletResponse resp, HttpServletRequest req) throws IOException {
        writeError(resp, HttpServletResponse.SC_NOT_FOUND, "no resource at " + req.getRequestURI());
    }

    /** Writes {"<name>": [...], "count": n} with a callback per element. */
    protected <T> void writeList(HttpServletResponse resp, String name, List<T> items, ElementWriter<T> element)
            throws IOException {
        JsonWriter w = new JsonWriter().beginObject().name(name).beginArray();
        for (T item : items) {
            element.write(w, item);
        }
        w.endArray().field("count", items.size()).endObject();
        writeOk(resp, w);
    }

    protected <T> T lookup(String jndiName, Class<T> type) {
        return ServiceLocator.getInstance().lookup(jndiName, type);
    }

    /** Staff-only operations outside the paths StaffAuthFilter guards. */
    protected boolean isStaff(HttpServletRequest req) {
        return AppConfig.get("staff.token", "").equals(req.getHeader(LibraryConstants.STAFF_TOKEN_HEADER));
    }

    /** Writes one element of a JSON array. */
    protected interface ElementWriter<T> {
        void write(JsonWriter w, T item);
    }
}
