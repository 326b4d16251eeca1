<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<%-- SimpleMappingExceptionResolver's default view (status 500); "exception" is what was thrown. --%>
<ash:layout pageName="error" title="Error">
  <h1>Something went wrong</h1>
  <p>Sorry: the office system could not finish this. Please try again, or call the IT desk on extension 214.</p>
  <p class="error-detail"><c:out value="${exception.message}"/></p>
</ash:layout>
