<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="Premium arrears"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>Premium arrears</h1>
<p>Instalments still unpaid after the grace period.</p>
<table class="list">
  <tr><th>Policy</th><th>Policyholder</th><th>Instalment</th><th>Due</th><th>Outstanding</th></tr>
  <c:forEach var="i" items="${arrears}">
  <tr><td><a href="account.do?policyId=${i.policyId}">${i.policyNo}</a></td><td><c:out value="${i.holderName}"/></td>
      <td>${i.seq}</td><td><fmt:formatDate value="${i.dueDate}" pattern="MM/dd/yyyy"/></td>
      <td><fmt:formatNumber value="${i.outstanding}" type="currency"/></td></tr>
  </c:forEach>
</table>
<p>${fn:length(arrears)} instalment(s) in arrears. <a href="arrears.do?format=csv">Download for the reminder letters (CSV)</a></p>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
