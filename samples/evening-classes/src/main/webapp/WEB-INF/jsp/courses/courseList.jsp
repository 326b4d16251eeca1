<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<ash:layout pageName="courses" title="Courses">
  <h1>Courses</h1>
  <form class="row g-2 mb-3" method="get" action="<spring:url value="/courses"/>">
    <div class="col-auto">
      <select name="subject" class="form-select" aria-label="Subject">
        <option value="">All subjects</option>
        <c:forEach items="${subjects}" var="subject">
          <option value="<c:out value="${subject.name}"/>"${subject.name eq selectedSubject ? ' selected' : ''}><c:out value="${subject.name}"/></option>
        </c:forEach>
      </select>
    </div>
    <div class="col-auto">
      <input type="text" name="title" class="form-control" placeholder="Title contains" value="<c:out value="${titleSearch}"/>">
    </div>
    <div class="col-auto"><button type="submit" class="btn btn-primary">Find courses</button></div>
    <div class="col-auto"><a class="btn btn-outline-secondary" href="<spring:url value="/courses/new"/>">Add a course</a></div>
  </form>

  <p id="found">${courses.size()} course(s) found.</p>
  <table class="table table-sm" id="courses">
    <thead><tr><th>Code</th><th>Title</th><th>When</th><th>Tutor</th><th>Fee</th><th>Places</th></tr></thead>
    <tbody>
    <c:forEach items="${courses}" var="course">
      <spring:url value="/courses/{courseId}" var="courseUrl"><spring:param name="courseId" value="${course.id}"/></spring:url>
      <tr id="course-${course.code}">
        <td><a href="${courseUrl}">${course.code}</a></td>
        <td><c:out value="${course.title}"/></td>
        <td><spring:message code="weekday.${course.weekday}"/> at ${course.startTime}</td>
        <td><c:out value="${course.tutor.fullName}"/></td>
        <td><fmt:formatNumber value="${course.fee}" type="currency"/></td>
        <c:choose>
          <c:when test="${course.full}"><td class="places-full">Full</td></c:when>
          <c:otherwise><td class="places-left">${course.placesLeft} left</td></c:otherwise>
        </c:choose>
      </tr>
    </c:forEach>
    </tbody>
  </table>
</ash:layout>
