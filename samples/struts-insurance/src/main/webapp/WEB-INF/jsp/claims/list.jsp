<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="Claims"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>Claims</h1>
<p class="filter">Show:
  <a href="list.do?status=OPEN">open</a> | <a href="list.do?status=OPEN&amp;mine=1">my open claims</a> |
  <a href="list.do?status=CLOSED">closed</a> | <a href="list.do?status=ALL">all</a></p>
<table class="list">
  <tr><th>Claim</th><th>Policy</th><th>Policyholder</th><th>Date of loss</th><th>Status</th><th>Reserve</th><th>Handler</th></tr>
  <c:forEach var="claim" items="${claims}">
  <tr id="claim-${claim.id}">
    <td><a href="view.do?id=${claim.id}">${claim.claimNo}</a></td>
    <td>${claim.policy.policyNo}</td>
    <td><c:out value="${claim.policy.holder.sortName}"/></td>
    <td><fmt:formatDate value="${claim.lossDate}" pattern="MM/dd/yyyy"/></td>
    <td>${claim.status}</td>
    <td><fmt:formatNumber value="${claim.reserveAmount}" type="currency"/></td>
    <td><c:out value="${claim.handler.fullName}"/></td>
  </tr>
  </c:forEach>
</table>
<p>${fn:length(claims)} claim(s).
<c:if test="${sessionScope.user.role == 'CLAIMS' or sessionScope.user.role == 'SUPERVISOR'}">
<a href="<c:url value='/claims/register.do'/>">Register a claim</a></c:if></p>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
