<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:set var="title" value="Payroll runs"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<p><a href="${ctx}/payroll/run">Run the payroll</a></p>
<table class="list">
  <tr><th>Period</th><th>Pay date</th><th class="num">Payslips</th><th class="num">Gross</th><th class="num">Net</th><th>Run by</th></tr>
  <c:forEach var="r" items="${runs}">
    <tr>
      <td><a href="${ctx}/payroll/runs/view?id=${r.id}">${r.period}</a></td>
      <td>${r.payDate}</td>
      <td class="num">${r.employeeCount}</td>
      <td class="num"><fmt:formatNumber value="${r.totalGross}" minFractionDigits="2" maxFractionDigits="2"/></td>
      <td class="num"><fmt:formatNumber value="${r.totalNet}" minFractionDigits="2" maxFractionDigits="2"/></td>
      <td>${r.runBy}</td>
    </tr>
  </c:forEach>
</table>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
