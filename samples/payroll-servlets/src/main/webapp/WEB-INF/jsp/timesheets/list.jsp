<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="title" value="Timesheets"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<p>Show:
  <a href="${ctx}/timesheets?status=SUBMITTED">waiting for approval</a> |
  <a href="${ctx}/timesheets?status=APPROVED">approved</a> |
  <a href="${ctx}/timesheets?status=PAID">paid</a> |
  <a href="${ctx}/timesheets">all</a>
  &nbsp; <a href="${ctx}/timesheets/submit">Enter a timesheet</a></p>
<table class="list">
  <tr><th>No.</th><th>Employee</th><th>Week of</th><th class="num">Hours</th><th class="num">Overtime</th><th>Status</th><th></th></tr>
  <c:forEach var="t" items="${timesheets}">
    <tr id="timesheet-${t.id}">
      <td>${t.id}</td>
      <td><c:out value="${t.employeeName}"/></td>
      <td>${t.weekStart}</td>
      <td class="num">${t.regularHours}</td>
      <td class="num">${t.overtimeHours}</td>
      <td>${t.status}<c:if test="${not empty t.payrollRunId}"> (run ${t.payrollRunId})</c:if></td>
      <td>
        <c:if test="${t.status == 'SUBMITTED' && sessionScope.loggedInUser.role == 'HR'}">
          <form class="inline" method="post" action="${ctx}/timesheets/approve">
            <input type="hidden" name="id" value="${t.id}">
            <button name="decision" value="approve">Approve</button>
            <button name="decision" value="reject">Reject</button>
          </form>
        </c:if>
      </td>
    </tr>
  </c:forEach>
</table>
<p>${timesheets.size()} timesheet(s)</p>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
