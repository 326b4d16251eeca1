<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<ash:layout pageName="learners" title="${learner.fullName}">
  <h1><c:out value="${learner.fullName}"/><small class="text-muted ms-2">${learner.learnerNumber}</small></h1>
  <table class="table table-sm w-auto" id="learner">
    <tr><th>Date of birth</th><td><ash:localDate date="${learner.dateOfBirth}"/></td></tr>
    <tr><th>E-mail</th><td id="email"><c:out value="${learner.email}"/></td></tr>
    <tr><th>Telephone</th><td id="telephone"><c:out value="${learner.telephone}"/></td></tr>
    <tr><th>Address</th><td id="address"><c:out value="${learner.street}, ${learner.town} ${learner.postcode}"/></td></tr>
    <tr><th>Concession</th><td id="concession">${learner.concession.label}</td></tr>
  </table>
  <spring:url value="/learners/{learnerId}/edit" var="editUrl"><spring:param name="learnerId" value="${learner.id}"/></spring:url>
  <spring:url value="/learners/{learnerId}/enrolments/new" var="enrolUrl"><spring:param name="learnerId" value="${learner.id}"/></spring:url>
  <p>
    <a class="btn btn-outline-primary" href="${editUrl}">Edit contact details</a>
    <a class="btn btn-primary" href="${enrolUrl}">Enrol on a course</a>
  </p>

  <h2 class="h4">Enrolments</h2>
  <c:choose>
    <c:when test="${empty enrolments}">
      <p id="noEnrolments">No enrolments yet.</p>
    </c:when>
    <c:otherwise>
      <table class="table table-sm" id="enrolments">
        <thead><tr><th>Course</th><th>When</th><th>Enrolled</th><th>Fee</th><th>Status</th><th></th></tr></thead>
        <tbody>
        <c:forEach items="${enrolments}" var="enrolment">
          <spring:url value="/courses/{courseId}" var="courseUrl"><spring:param name="courseId" value="${enrolment.course.id}"/></spring:url>
          <tr id="enrolment-${enrolment.id}">
            <td><a href="${courseUrl}">${enrolment.course.code}</a> <c:out value="${enrolment.course.title}"/></td>
            <td><spring:message code="weekday.${enrolment.course.weekday}"/> at ${enrolment.course.startTime}</td>
            <td><ash:localDate date="${enrolment.enrolledOn}" pattern="d MMM yyyy"/></td>
            <td><fmt:formatNumber value="${enrolment.feeCharged}" type="currency"/></td>
            <c:choose>
              <c:when test="${enrolment.active}">
                <td class="status">Enrolled</td>
                <td>
                  <spring:url value="/enrolments/{enrolmentId}/cancel" var="cancelUrl"><spring:param name="enrolmentId" value="${enrolment.id}"/></spring:url>
                  <form method="post" action="${cancelUrl}"><button class="btn btn-sm btn-outline-danger" type="submit">Cancel</button></form>
                </td>
              </c:when>
              <c:otherwise>
                <td class="status">Cancelled, refund <fmt:formatNumber value="${enrolment.refundDue}" type="currency"/></td>
                <td></td>
              </c:otherwise>
            </c:choose>
          </tr>
        </c:forEach>
        </tbody>
      </table>
    </c:otherwise>
  </c:choose>
</ash:layout>
