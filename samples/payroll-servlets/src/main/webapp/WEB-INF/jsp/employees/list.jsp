<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="title" value="Employees"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<form method="get" action="${ctx}/employees">
  Department
  <select name="dept">
    <option value="">(all)</option>
    <c:forEach var="d" items="${departments}">
      <option value="${d.code}" <c:if test="${d.code == dept}">selected</c:if>><c:out value="${d.name}"/></option>
    </c:forEach>
  </select>
  <label><input type="checkbox" name="all" value="1" <c:if test="${all}">checked</c:if>> include leavers</label>
  <button type="submit">Show</button>
</form>
<c:if test="${sessionScope.loggedInUser.role == 'HR'}"><p><a href="${ctx}/employees/register">Register a new starter</a></p></c:if>
<table class="list">
  <tr><th>No.</th><th>Name</th><th>Department</th><th>Job title</th><th>Pay</th><th>Status</th></tr>
  <c:forEach var="e" items="${employees}">
    <tr>
      <td>${e.payrollNo}</td>
      <td><a href="${ctx}/employees/view?id=${e.id}"><c:out value="${e.lastName}, ${e.firstName}"/></a></td>
      <td><c:out value="${e.deptName}"/></td>
      <td><c:out value="${e.jobTitle}"/></td>
      <td>${e.payType}</td>
      <td>${e.status}</td>
    </tr>
  </c:forEach>
</table>
<p>${employees.size()} employee(s)</p>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
