<%@ tag body-content="empty" trimDirectiveWhitespaces="true" %>
<%@ attribute name="date" required="true" type="java.time.LocalDate" %>
<%@ attribute name="pattern" required="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%-- A java.time.LocalDate through JSTL's formatting (which knows java.util.Date only). Default: "10 September 2024". --%>
<c:if test="${empty pattern}"><c:set var="pattern" value="d MMMM yyyy"/></c:if>
<fmt:parseDate value="${date}" pattern="yyyy-MM-dd" var="parsedDate" type="date"/>
<fmt:formatDate value="${parsedDate}" type="date" pattern="${pattern}"/>
