<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<ash:layout pageName="tutors" title="Tutors">
  <h1>Tutors</h1>
  <table class="table table-sm" id="tutors">
    <thead><tr><th>Name</th><th>Teaches</th><th>E-mail</th><th>Courses this term</th></tr></thead>
    <tbody>
    <c:forEach items="${tutors}" var="tutor">
      <tr id="tutor-${tutor.id}">
        <td><c:out value="${tutor.fullName}"/></td>
        <td><c:out value="${tutor.specialism}"/></td>
        <td><c:out value="${tutor.email}"/></td>
        <td>
          <c:forEach items="${coursesByTutor[tutor.id]}" var="course" varStatus="loop">
            <spring:url value="/courses/{courseId}" var="courseUrl"><spring:param name="courseId" value="${course.id}"/></spring:url>
            <a href="${courseUrl}">${course.code}</a>${loop.last ? '' : ', '}
          </c:forEach>
        </td>
      </tr>
    </c:forEach>
    </tbody>
  </table>
</ash:layout>
