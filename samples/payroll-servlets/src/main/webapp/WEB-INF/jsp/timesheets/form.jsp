<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="title" value="Enter a timesheet"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<form method="post" action="${ctx}/timesheets/submit">
  <table>
    <tr><td>Employee</td><td><select name="employee">
      <c:forEach var="e" items="${employees}">
        <option value="${e.id}" <c:if test="${param.employee == e.id}">selected</c:if>>${e.payrollNo} <c:out value="${e.fullName}"/></option>
      </c:forEach></select></td></tr>
    <tr><td>Week starting (Monday)</td><td><input name="weekStart" size="10" value="<c:out value='${param.weekStart}'/>"></td></tr>
    <tr><td>Hours</td><td><input name="regularHours" size="5" value="<c:out value='${param.regularHours}'/>"></td></tr>
    <tr><td>Overtime hours</td><td><input name="overtimeHours" size="5" value="<c:out value='${param.overtimeHours}'/>"></td></tr>
  </table>
  <button type="submit">Submit</button>
</form>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
