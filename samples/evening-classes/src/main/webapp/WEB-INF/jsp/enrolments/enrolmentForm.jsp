<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="form" uri="http://www.springframework.org/tags/form" %>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<ash:layout pageName="learners" title="Enrol ${learner.fullName}">
  <h1>Enrol <c:out value="${learner.fullName}"/><small class="text-muted ms-2">${learner.learnerNumber}</small></h1>
  <p>Concession: <strong>${learner.concession.label}</strong></p>
  <form:form modelAttribute="enrolmentForm" method="post" id="enrolment-form">
    <form:errors cssClass="alert alert-danger" element="div"/>
    <div class="row mb-3">
      <label class="col-sm-2 col-form-label" for="courseId">Course</label>
      <div class="col-sm-8">
        <form:select path="courseId" cssClass="form-select">
          <form:option value="" label="(choose a course)"/>
          <c:forEach items="${courses}" var="course">
            <c:choose>
              <c:when test="${course.full}"><c:set var="places" value="full"/></c:when>
              <c:otherwise><c:set var="places" value="${course.placesLeft} left"/></c:otherwise>
            </c:choose>
            <form:option value="${course.id}"><c:out value="${course.label}"/> (<spring:message code="weekday.${course.weekday}"/> at ${course.startTime}, <fmt:formatNumber value="${course.fee}" type="currency"/>, ${places})</form:option>
          </c:forEach>
        </form:select>
        <form:errors path="courseId" cssClass="text-danger small" element="div"/>
      </div>
    </div>
    <button class="btn btn-primary" type="submit">Enrol</button>
  </form:form>
</ash:layout>
