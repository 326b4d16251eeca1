<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<ash:layout pageName="courses" title="Class list ${course.code}">
  <h1>Class list <small class="text-muted"><c:out value="${course.label}"/></small></h1>
  <p id="taken">${course.placesTaken} of ${course.places} places taken.</p>
  <table class="table table-sm" id="classList">
    <thead><tr><th>Learner no.</th><th>Name</th><th>Concession</th><th>Fee</th></tr></thead>
    <tbody>
    <c:set var="total" value="${0}"/>
    <c:forEach items="${enrolments}" var="enrolment">
      <spring:url value="/learners/{learnerId}" var="learnerUrl"><spring:param name="learnerId" value="${enrolment.learner.id}"/></spring:url>
      <tr>
        <td><a href="${learnerUrl}">${enrolment.learner.learnerNumber}</a></td>
        <td><c:out value="${enrolment.learner.lastName}, ${enrolment.learner.firstName}"/></td>
        <td>${enrolment.concession.label}</td>
        <td><fmt:formatNumber value="${enrolment.feeCharged}" type="currency"/></td>
      </tr>
      <c:set var="total" value="${total + enrolment.feeCharged}"/>
    </c:forEach>
    </tbody>
    <tfoot><tr><th colspan="3">Fees charged</th><th id="total"><fmt:formatNumber value="${total}" type="currency"/></th></tr></tfoot>
  </table>
</ash:layout>
