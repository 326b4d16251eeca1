<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="pageName" required="true" %>
<%@ attribute name="title" required="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags" %>
<%-- Every page: Bootstrap, the centre's stylesheet, the menu and the one-off message of the last form. --%>
<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><c:out value="${title}"/> - Ashgrove Evening Classes</title>
  <link rel="stylesheet" href="<spring:url value="/webjars/bootstrap/5.3.8/css/bootstrap.min.css"/>">
  <link rel="stylesheet" href="<spring:url value="/resources/css/evenings.css"/>">
</head>
<body>
<nav class="navbar navbar-expand navbar-dark bg-ashgrove mb-4">
  <div class="container">
    <a class="navbar-brand" href="<spring:url value="/"/>">Ashgrove Evening Classes</a>
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link${pageName eq 'courses' ? ' active' : ''}" href="<spring:url value="/courses"/>">Courses</a></li>
      <li class="nav-item"><a class="nav-link${pageName eq 'tutors' ? ' active' : ''}" href="<spring:url value="/tutors"/>">Tutors</a></li>
      <li class="nav-item"><a class="nav-link${pageName eq 'learners' ? ' active' : ''}" href="<spring:url value="/learners"/>">Learners</a></li>
      <li class="nav-item"><a class="nav-link${pageName eq 'register' ? ' active' : ''}" href="<spring:url value="/learners/new"/>">Register a learner</a></li>
    </ul>
  </div>
</nav>
<main class="container">
  <c:if test="${not empty message}">
    <div class="alert alert-success" id="message"><c:out value="${message}"/></div>
  </c:if>
  <c:if test="${not empty error}">
    <div class="alert alert-warning" id="error"><c:out value="${error}"/></div>
  </c:if>
  <jsp:doBody/>
</main>
<footer class="container text-muted small mt-5">Ashgrove Adult Education Centre &middot; Evening classes office</footer>
</body>
</html>
