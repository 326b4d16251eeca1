<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<%-- NotFoundException, mapped in mvc-config.xml (status 404). --%>
<ash:layout pageName="error" title="Not found">
  <h1>Not found</h1>
  <p id="notFound"><c:out value="${exception.message}"/></p>
  <p>It may have been mistyped, or belong to an earlier term.</p>
</ash:layout>
