<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ page import="javax.sql.DataSource, com.northfield.payroll.Constants, com.northfield.payroll.bean.Employee, com.northfield.payroll.dao.LeaveDao" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:set var="title" value="${employee.fullName}"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<%
    // leave balance shown here since 2013 (request from HR); the servlet was not touched for it
    Employee emp = (Employee) request.getAttribute("employee");
    Integer leaveYear = (Integer) application.getAttribute(Constants.LEAVE_YEAR);
    LeaveDao leaveDao = new LeaveDao((DataSource) application.getAttribute(Constants.DATA_SOURCE));
    pageContext.setAttribute("leaveLeft", leaveDao.remainingAnnualLeave(emp.getId(), leaveYear));
    pageContext.setAttribute("leaveYear", leaveYear);
%>
<table class="list">
  <tr><th>Payroll number</th><td>${employee.payrollNo}</td></tr>
  <tr><th>Department</th><td><c:out value="${employee.deptName}"/> (${employee.deptCode})</td></tr>
  <tr><th>Job title</th><td><c:out value="${employee.jobTitle}"/></td></tr>
  <tr><th>E-mail</th><td><c:out value="${employee.email}"/></td></tr>
  <tr><th>Pay</th><td>
    <c:choose>
      <c:when test="${employee.hourly}">&pound;<fmt:formatNumber value="${employee.hourlyRate}" minFractionDigits="2" maxFractionDigits="2"/> an hour</c:when>
      <c:otherwise>&pound;<fmt:formatNumber value="${employee.annualSalary}" minFractionDigits="2" maxFractionDigits="2"/> a year</c:otherwise>
    </c:choose>
  </td></tr>
  <tr><th>Bank account</th><td>${employee.sortCode} ${maskedAccount}</td></tr>
  <tr><th>Started</th><td>${employee.startDate}</td></tr>
  <tr><th>Status</th><td>${employee.status}<c:if test="${not empty employee.endDate}">, last day ${employee.endDate}</c:if></td></tr>
  <tr><th>Annual leave left in ${leaveYear}</th><td>${leaveLeft} of ${employee.leaveAllowance} days</td></tr>
</table>
<p><a href="${ctx}/leave/request?employee=${employee.id}">Leave</a>
  <c:if test="${employee.hourly}"> | <a href="${ctx}/timesheets?employee=${employee.id}">Timesheets</a></c:if></p>
<c:if test="${canTerminate}">
  <form method="post" action="${ctx}/employees/terminate">
    <input type="hidden" name="id" value="${employee.id}">
    Last working day <input name="endDate" size="10"> <button type="submit">Record leaver</button>
  </form>
</c:if>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
