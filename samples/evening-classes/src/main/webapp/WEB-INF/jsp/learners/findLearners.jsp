<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<ash:layout pageName="learners" title="Learners">
  <h1>Find a learner</h1>
  <form class="row g-2 mb-3" method="get" action="<spring:url value="/learners"/>">
    <div class="col-auto">
      <input type="text" name="lastName" class="form-control" placeholder="Last name starts with" value="<c:out value="${lastName}"/>">
    </div>
    <div class="col-auto"><button type="submit" class="btn btn-primary">Find</button></div>
    <div class="col-auto"><a class="btn btn-outline-secondary" href="<spring:url value="/learners/new"/>">Register a learner</a></div>
  </form>

  <c:if test="${learners != null}">
    <c:choose>
      <c:when test="${empty learners}">
        <p id="found">No learner's last name starts with &quot;<c:out value="${lastName}"/>&quot;.</p>
      </c:when>
      <c:otherwise>
        <p id="found">${learners.size()} learner(s) found.</p>
        <table class="table table-sm" id="learners">
          <thead><tr><th>Learner no.</th><th>Name</th><th>Town</th><th>Telephone</th></tr></thead>
          <tbody>
          <c:forEach items="${learners}" var="learner">
            <spring:url value="/learners/{learnerId}" var="learnerUrl"><spring:param name="learnerId" value="${learner.id}"/></spring:url>
            <tr>
              <td><a href="${learnerUrl}">${learner.learnerNumber}</a></td>
              <td><c:out value="${learner.lastName}, ${learner.firstName}"/></td>
              <td><c:out value="${learner.town}"/></td>
              <td><c:out value="${learner.telephone}"/></td>
            </tr>
          </c:forEach>
          </tbody>
        </table>
      </c:otherwise>
    </c:choose>
  </c:if>
</ash:layout>
