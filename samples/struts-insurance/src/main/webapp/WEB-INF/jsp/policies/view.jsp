<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="Policy ${policy.policyNo}"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>Policy <c:out value="${policy.policyNo}"/></h1>
<table class="details">
  <tr><th>Policyholder</th><td><c:out value="${policy.holder.fullName}"/><br>
      <c:out value="${policy.holder.street}"/>, <c:out value="${policy.holder.city}"/>, <c:out value="${policy.holder.state}"/> <c:out value="${policy.holder.zip}"/></td></tr>
  <tr><th>Phone</th><td><c:out value="${policy.holder.phone}"/></td></tr>
  <tr><th>Product</th><td>${policy.productName}</td></tr>
  <tr><th>Status</th><td id="status">${policy.status}<c:if test="${not empty policy.cancelledOn}"> from <fmt:formatDate value="${policy.cancelledOn}" pattern="MM/dd/yyyy"/></c:if></td></tr>
  <tr><th>Term</th><td><fmt:formatDate value="${policy.inceptionDate}" pattern="MM/dd/yyyy"/> to <fmt:formatDate value="${policy.expiryDate}" pattern="MM/dd/yyyy"/></td></tr>
  <tr><th>Annual premium</th><td id="premium"><fmt:formatNumber value="${policy.annualPremium}" type="currency"/>, ${policy.paymentPlan == 'MONTHLY' ? 'paid monthly' : 'paid annually'}</td></tr>
</table>

<h2>Covers</h2>
<table class="list">
  <tr><th>Cover</th><th>Sum insured</th><th>Deductible</th><th>Premium</th></tr>
  <c:forEach var="cover" items="${policy.covers}">
  <tr id="cover-${cover.coverCode}"><td><c:out value="${cover.coverType.name}"/></td>
      <td><fmt:formatNumber value="${cover.sumInsured}" type="currency"/></td>
      <td><fmt:formatNumber value="${cover.deductible}" type="currency"/></td>
      <td><fmt:formatNumber value="${cover.premium}" type="currency"/></td></tr>
  </c:forEach>
</table>

<h2>Claims</h2>
<c:choose>
  <c:when test="${empty claims}"><p>No claims on this policy.</p></c:when>
  <c:otherwise>
  <table class="list">
    <tr><th>Claim</th><th>Date of loss</th><th>Status</th><th>Reserve</th></tr>
    <c:forEach var="claim" items="${claims}">
    <tr><td><a href="<c:url value='/claims/view.do?id=${claim.id}'/>">${claim.claimNo}</a></td>
        <td><fmt:formatDate value="${claim.lossDate}" pattern="MM/dd/yyyy"/></td>
        <td>${claim.status}</td>
        <td><fmt:formatNumber value="${claim.reserveAmount}" type="currency"/></td></tr>
    </c:forEach>
  </table>
  </c:otherwise>
</c:choose>

<h2>Premium</h2>
<p>Balance due: <span id="balanceDue"><fmt:formatNumber value="${balanceDue}" type="currency"/></span>.
<c:if test="${not empty arrears}"><strong class="arrears">In arrears since <fmt:formatDate value="${arrears.dueDate}" pattern="MM/dd/yyyy"/>.</strong></c:if></p>
<p>${fn:length(instalments)} instalment(s):
<c:forEach var="i" items="${instalments}" varStatus="s"><fmt:formatDate value="${i.dueDate}" pattern="MM/dd"/> <fmt:formatNumber value="${i.amount}" type="currency"/> ${i.status}<c:if test="${not s.last}">; </c:if></c:forEach></p>
<c:if test="${sessionScope.user.role == 'ACCOUNTS' or sessionScope.user.role == 'SUPERVISOR'}">
<p><a href="<c:url value='/billing/account.do?policyId=${policy.id}'/>">Premium account</a></p>
</c:if>

<c:if test="${policy.active and (sessionScope.user.role == 'UNDERWRITER' or sessionScope.user.role == 'SUPERVISOR')}">
<h2>Cancel this policy</h2>
<form method="post" action="<c:url value='/policies/cancel.do'/>">
  <input type="hidden" name="id" value="${policy.id}">
  <label>From <input type="text" name="cancelDate" size="10"> (MM/DD/YYYY)</label>
  <input type="submit" value="Cancel policy">
</form>
</c:if>
<c:if test="${sessionScope.user.role == 'CLAIMS' or sessionScope.user.role == 'SUPERVISOR'}">
<p><a href="<c:url value='/claims/register.do?policyNo=${policy.policyNo}'/>">Register a claim on this policy</a></p>
</c:if>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
