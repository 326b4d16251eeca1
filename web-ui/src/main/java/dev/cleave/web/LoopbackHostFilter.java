package dev.cleave.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * When the wizard listens on a loopback address (the default), it answers only requests addressed to a loopback
 * host name: a web page elsewhere cannot reach it through DNS rebinding.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LoopbackHostFilter extends OncePerRequestFilter {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private final boolean loopbackOnly;

    public LoopbackHostFilter(@Value("${server.address:127.0.0.1}") String address) {
        this.loopbackOnly = isLoopback(address);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loopbackOnly && !LOOPBACK_NAMES.contains(hostName(request.getHeader("Host")))) {
            response.sendError(421,
                    "this wizard only answers requests to localhost; open http://localhost:" + request.getLocalPort());
            return;
        }
        chain.doFilter(request, response);
    }

    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        String h = host.toLowerCase(Locale.ROOT).strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
