package com.acme.travel.web;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every response of the back office (the load balancer's health checks look for it).
 */
public class TravelDeskHeaderFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Travel-Desk";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, "1");
        chain.doFilter(request, response);
    }
}
