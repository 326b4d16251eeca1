<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:set var="title" value="Payroll ${run.period}"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<p>Pay date ${run.payDate}, run by ${run.runBy}. <a href="${ctx}/payroll/bankfile?run=${run.id}">Bank file</a></p>
<table class="list">
  <tr><th>No.</th><th>Employee</th><th>Dept</th><th class="num">Hours</th><th class="num">Overtime</th><th class="num">Unpaid days</th>
    <th class="num">Gross</th><th class="num">Pension</th><th class="num">Tax</th><th class="num">Social ins.</th><th class="num">Net</th><th></th></tr>
  <c:forEach var="p" items="${payslips}">
    <tr id="payslip-${p.payrollNo}">
      <td>${p.payrollNo}</td>
      <td><c:out value="${p.employeeName}"/></td>
      <td>${p.deptCode}</td>
      <td class="num">${p.regularHours}</td>
      <td class="num">${p.overtimeHours}</td>
      <td class="num">${p.unpaidDays}</td>
      <td class="num"><fmt:formatNumber value="${p.gross}" minFractionDigits="2" maxFractionDigits="2"/></td>
      <td class="num"><fmt:formatNumber value="${p.pension}" minFractionDigits="2" maxFractionDigits="2"/></td>
      <td class="num"><fmt:formatNumber value="${p.incomeTax}" minFractionDigits="2" maxFractionDigits="2"/></td>
      <td class="num"><fmt:formatNumber value="${p.socialInsurance}" minFractionDigits="2" maxFractionDigits="2"/></td>
      <td class="num"><fmt:formatNumber value="${p.net}" minFractionDigits="2" maxFractionDigits="2"/></td>
      <td><a href="${ctx}/payroll/payslip?id=${p.id}">payslip</a></td>
    </tr>
  </c:forEach>
  <tr><th colspan="6">Total (${run.employeeCount})</th>
    <th class="num"><fmt:formatNumber value="${run.totalGross}" minFractionDigits="2" maxFractionDigits="2"/></th>
    <th colspan="3"></th>
    <th class="num"><fmt:formatNumber value="${run.totalNet}" minFractionDigits="2" maxFractionDigits="2"/></th><th></th></tr>
</table>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
