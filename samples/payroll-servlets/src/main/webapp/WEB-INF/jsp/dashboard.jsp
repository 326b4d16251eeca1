<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:set var="title" value="Dashboard"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<p>Welcome, <c:out value="${sessionScope.loggedInUser.displayName}"/>.</p>
<table class="list">
  <tr><th>Active employees</th><td class="num" id="activeEmployees">${activeEmployees}</td></tr>
  <tr><th>Timesheets waiting for approval</th><td class="num" id="timesheetsWaiting">${timesheetsWaiting}</td></tr>
  <tr><th>Leave requests waiting for approval</th><td class="num" id="leaveWaiting">${leaveWaiting}</td></tr>
  <tr><th>Last payroll</th><td id="lastRun">
    <c:choose>
      <c:when test="${empty lastRun}">none yet</c:when>
      <c:otherwise>${lastRun.period}, paid ${lastRun.payDate}: ${lastRun.employeeCount} payslips,
        net &pound;<fmt:formatNumber value="${lastRun.totalNet}" minFractionDigits="2" maxFractionDigits="2"/></c:otherwise>
    </c:choose>
  </td></tr>
</table>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
