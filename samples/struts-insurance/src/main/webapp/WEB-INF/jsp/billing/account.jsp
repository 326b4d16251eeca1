<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="Premium account ${policy.policyNo}"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>Premium account of <a href="<c:url value='/policies/view.do?id=${policy.id}'/>">${policy.policyNo}</a></h1>
<p><c:out value="${policy.holder.fullName}"/>, ${policy.productName}, annual premium
   <fmt:formatNumber value="${policy.annualPremium}" type="currency"/> (${policy.paymentPlan}).</p>
<p>Paid to date: <span id="paidToDate"><fmt:formatNumber value="${paidToDate}" type="currency"/></span>.
   Balance due: <span id="balanceDue"><fmt:formatNumber value="${balanceDue}" type="currency"/></span>.</p>

<h2>Instalments</h2>
<table class="list">
  <tr><th>#</th><th>Due</th><th>Amount</th><th>Paid</th><th>Status</th></tr>
  <c:forEach var="i" items="${instalments}">
  <tr id="instalment-${i.seq}"><td>${i.seq}</td><td><fmt:formatDate value="${i.dueDate}" pattern="MM/dd/yyyy"/></td>
      <td><fmt:formatNumber value="${i.amount}" type="currency"/></td>
      <td><fmt:formatNumber value="${i.paidAmount}" type="currency"/></td><td>${i.status}</td></tr>
  </c:forEach>
</table>

<h2>Receipts</h2>
<table class="list">
  <tr><th>Received</th><th>Amount</th><th>Method</th><th>Reference</th><th>Recorded by</th></tr>
  <c:forEach var="r" items="${receipts}">
  <tr><td><fmt:formatDate value="${r.receivedOn}" pattern="MM/dd/yyyy"/></td>
      <td><fmt:formatNumber value="${r.amount}" type="currency"/></td><td>${r.method}</td>
      <td><c:out value="${r.reference}"/></td><td>${r.recordedBy}</td></tr>
  </c:forEach>
</table>

<h2>Record a receipt</h2>
<form method="post" action="<c:url value='/billing/receipt.do'/>">
  <input type="hidden" name="policyId" value="${policy.id}">
  <label>Amount <input type="text" name="amount" size="10"></label>
  <label>By <select name="method"><option value="CHECK">check</option><option value="EFT">EFT</option><option value="CARD">card</option></select></label>
  <label>Reference <input type="text" name="reference" size="16"></label>
  <input type="submit" value="Record">
</form>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
