<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="Claim ${claim.claimNo}"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>Claim <c:out value="${claim.claimNo}"/></h1>
<table class="details">
  <tr><th>Status</th><td id="status">${claim.status}</td></tr>
  <tr><th>Policy</th><td><a href="<c:url value='/policies/view.do?id=${claim.policy.id}'/>">${claim.policy.policyNo}</a> (${claim.policy.productName})</td></tr>
  <tr><th>Policyholder</th><td><c:out value="${claim.policy.holder.fullName}"/>, <c:out value="${claim.policy.holder.phone}"/></td></tr>
  <tr><th>Cover</th><td id="cover"><c:out value="${claim.cover.coverType.name}"/>: <fmt:formatNumber value="${claim.cover.sumInsured}" type="currency"/> insured, deductible <fmt:formatNumber value="${claim.cover.deductible}" type="currency"/></td></tr>
  <tr><th>Date of loss</th><td><fmt:formatDate value="${claim.lossDate}" pattern="MM/dd/yyyy"/></td></tr>
  <tr><th>Reported</th><td><fmt:formatDate value="${claim.reportedDate}" pattern="MM/dd/yyyy"/></td></tr>
  <tr><th>What happened</th><td><c:out value="${claim.description}"/></td></tr>
  <tr><th>Handler</th><td><c:out value="${claim.handler.fullName}"/></td></tr>
  <tr><th>Reserve</th><td id="reserve"><fmt:formatNumber value="${claim.reserveAmount}" type="currency"/></td></tr>
</table>

<h2>Payments</h2>
<c:choose>
  <c:when test="${empty payments}"><p>No payments.</p></c:when>
  <c:otherwise>
  <table class="list">
    <tr><th>Paid on</th><th>Payee</th><th>Gross</th><th>Deductible</th><th>Net</th><th>Method</th><th>Approved by</th></tr>
    <c:forEach var="pay" items="${payments}">
    <tr><td><fmt:formatDate value="${pay.paidOn}" pattern="MM/dd/yyyy"/></td><td><c:out value="${pay.payee}"/></td>
        <td><fmt:formatNumber value="${pay.grossAmount}" type="currency"/></td>
        <td><fmt:formatNumber value="${pay.deductibleApplied}" type="currency"/></td>
        <td><fmt:formatNumber value="${pay.netAmount}" type="currency"/></td>
        <td>${pay.method}</td><td>${pay.approvedBy}</td></tr>
    </c:forEach>
  </table>
  </c:otherwise>
</c:choose>

<c:if test="${claim.open}">
<h3>Record a payment</h3>
<form method="post" action="<c:url value='/claims/pay.do'/>">
  <input type="hidden" name="claimId" value="${claim.id}">
  <label>Payee <input type="text" name="payee" value="<c:out value='${claim.policy.holder.fullName}'/>" size="30"></label>
  <label>Gross amount <input type="text" name="grossAmount" size="10"></label>
  <label>By <select name="method"><option value="CHECK">check</option><option value="EFT">EFT</option></select></label>
  <input type="submit" value="Pay">
</form>
<form method="post" action="<c:url value='/claims/close.do'/>">
  <input type="hidden" name="claimId" value="${claim.id}">
  <input type="submit" value="Close claim">
</form>
</c:if>

<h2>Diary</h2>
<ul class="diary">
<c:forEach var="note" items="${claim.notes}">
  <li><strong>${note.writtenBy}</strong>: <c:out value="${note.text}"/></li>
</c:forEach>
</ul>
<form method="post" action="<c:url value='/claims/addNote.do'/>">
  <input type="hidden" name="claimId" value="${claim.id}">
  <textarea name="text" rows="3" cols="60"></textarea>
  <input type="submit" value="Add note">
</form>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
