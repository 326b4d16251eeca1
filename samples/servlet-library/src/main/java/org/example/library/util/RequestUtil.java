package org.example.library.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.example.library.exception.ValidationException;

/** Request parsing shared by all servlets: form posts and JSON bodies end up in the same map. */
public final class RequestUtil {

    private RequestUtil() {
    }

    /**
     * Returns the request's parameters as single strings: the JSON object of a JSON body (numbers
     * in plain notation), otherwise the query and form parameters.
     */
    public static Map<String, String> params(HttpServletRequest req) throws IOException {
        Map<String, String> result = new HashMap<>();
        String contentType = StringUtil.defaultString(req.getContentType());
        if (contentType.startsWith("application/json")) {
            Map<String, Object> json;
            try {
                json = JsonParser.parseObject(readBody(req));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(e.getMessage());
            }
            for (Map.Entry<String, Object> e : json.entrySet()) {
                Object v = e.getValue();
                result.put(e.getKey(), v == null ? null
                        : v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : v.toString());
            }
        }
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            result.putIfAbsent(e.getKey(), e.getValue().length > 0 ? e.getValue()[0] : null);
        }
        return result;
    }

    /** The path segment after the servlet mapping: "/api/books/12" → "12"; null if none. */
    public static String pathSegment(HttpServletRequest req, int index) {
        String info = req.getPathInfo();
        if (info == null || info.length() <= 1) {
            return null;
        }
        String[] parts = info.substring(1).split("/");
        return index < parts.length ? parts[index] : null;
    }

    public static Long pathId(HttpServletRequest req) {
        String segment = pathSegment(req, 0);
        if (segment == null) {
            return null;
        }
        try {
            return Long.valueOf(segment);
        } catch (NumberFormatException e) {
            throw new ValidationException("not an id: " + segment);
        }
    }

    public static Long optionalLong(HttpServletRequest req, String name) {
        String value = req.getParameter(name);
        return StringUtil.isBlank(value) ? null : ValidationUtil.requiredLong(value, name);
    }

    private static String readBody(HttpServletRequest req) throws IOException {
        StringBuilder sb = new StringBuilder();
        BufferedReader reader = req.getReader();
        char[] buffer = new char[1024];
        int n;
        while ((n = reader.read(buffer)) > 0) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }
}
