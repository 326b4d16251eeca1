package com.northfield.payroll.util;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.LoggedInUser;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Helpers for the servlets (and whoever else needs them).
 */
public final class WebUtils implements Constants {

    private static final String VIEW_PREFIX = "/WEB-INF/jsp/";
    private static final String VIEW_SUFFIX = ".jsp";

    private WebUtils() {
    }

    // ------------------------------------------------------------------ context, session, user

    public static DataSource dataSource(ServletContext ctx) {
        DataSource ds = (DataSource) ctx.getAttribute(DATA_SOURCE);
        if (ds == null) {
            throw new IllegalStateException("no DataSource in the servlet context - did PayrollContextListener run?");
        }
        return ds;
    }

    public static int leaveYear(ServletContext ctx) {
        Object year = ctx.getAttribute(LEAVE_YEAR);
        return year == null ? LocalDate.now().getYear() : (Integer) year;
    }

    public static LoggedInUser currentUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (LoggedInUser) session.getAttribute(SESSION_USER);
    }

    public static boolean hasRole(HttpServletRequest request, String role) {
        LoggedInUser user = currentUser(request);
        return user != null && user.hasRole(role);
    }

    public static void flash(HttpServletRequest request, String message) {
        request.getSession().setAttribute(SESSION_FLASH, message);
    }

    // ------------------------------------------------------------------ views and redirects

    public static void forward(HttpServletRequest request, HttpServletResponse response, String view)
            throws ServletException, IOException {
        request.getRequestDispatcher(VIEW_PREFIX + view + VIEW_SUFFIX).forward(request, response);
    }

    public static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }

    // ------------------------------------------------------------------ request parameters

    public static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.trim().length() == 0) {
            return null;
        }
        return value.trim();
    }

    public static Integer intParam(HttpServletRequest request, String name) {
        String value = param(request, name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static BigDecimal decimalParam(HttpServletRequest request, String name) {
        String value = param(request, name);
        try {
            return value == null ? null : new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static LocalDate dateParam(HttpServletRequest request, String name) {
        String value = param(request, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static YearMonth periodParam(HttpServletRequest request, String name) {
        String value = param(request, name);
        try {
            return value == null ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ formatting

    public static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** 1234.5 becomes "1,234.50". */
    public static String formatMoney(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }

    public static String maskAccount(String account) {
        if (account == null || account.length() < 4) {
            return account;
        }
        return "****" + account.substring(account.length() - 4);
    }

    public static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    // ------------------------------------------------------------------ calendar

    /** Monday to Friday from first to last, both included. Bank holidays are not known here (yet). */
    public static int workingDaysBetween(LocalDate first, LocalDate last) {
        int days = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    public static LocalDate lastWorkingDay(YearMonth period) {
        LocalDate day = period.atEndOfMonth();
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    public static boolean isMonday(LocalDate date) {
        return date != null && date.getDayOfWeek() == DayOfWeek.MONDAY;
    }
}
