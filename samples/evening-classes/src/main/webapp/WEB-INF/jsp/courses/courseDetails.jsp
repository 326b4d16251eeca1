<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<ash:layout pageName="courses" title="${course.label}">
  <h1><c:out value="${course.label}"/></h1>
  <p class="lead"><c:out value="${course.description}"/></p>
  <table class="table table-sm w-auto" id="course">
    <tr><th>Subject</th><td><c:out value="${course.subject.name}"/></td></tr>
    <tr><th>Tutor</th><td><c:out value="${course.tutor.fullName}"/></td></tr>
    <tr><th>Room</th><td><c:out value="${course.room.name}"/></td></tr>
    <tr><th>When</th><td id="when"><spring:message code="weekday.${course.weekday}"/> at ${course.startTime}, ${course.weeks} weeks from <ash:localDate date="${course.startDate}" pattern="EEEE d MMMM yyyy"/></td></tr>
    <tr><th>Fee</th><td id="fee"><fmt:formatNumber value="${course.fee}" type="currency"/><c:if test="${course.materialsFee gt 0}"> + <fmt:formatNumber value="${course.materialsFee}" type="currency"/> materials</c:if></td></tr>
    <tr><th>Places</th><td id="places" class="${course.full ? 'places-full' : 'places-left'}">${course.placesLeft} of ${course.places} places left</td></tr>
  </table>
  <spring:url value="/courses/{courseId}/enrolments" var="classListUrl"><spring:param name="courseId" value="${course.id}"/></spring:url>
  <a class="btn btn-outline-primary" href="${classListUrl}">Class list</a>
  <a class="btn btn-link" href="<spring:url value="/courses"/>">All courses</a>
</ash:layout>
