<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<ash:layout pageName="home" title="Welcome">
  <h1><spring:message code="welcome.heading"/></h1>
  <p class="lead"><spring:message code="welcome.text"/></p>
  <div class="row">
    <div class="col-md-4"><h2 class="h5">Prospectus</h2><p><a href="<spring:url value="/courses"/>">Find a course</a> by subject or title.</p></div>
    <div class="col-md-4"><h2 class="h5">Learners</h2><p><a href="<spring:url value="/learners"/>">Find a learner</a> or <a href="<spring:url value="/learners/new"/>">register a new one</a>.</p></div>
    <div class="col-md-4"><h2 class="h5">Tutors</h2><p><a href="<spring:url value="/tutors"/>">Who teaches what</a> this term.</p></div>
  </div>
</ash:layout>
