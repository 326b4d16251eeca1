<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="Desk"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>Good day, <c:out value="${sessionScope.user.fullName}"/></h1>
<p>Processing date: <fmt:formatDate value="${processingDate}" pattern="MM/dd/yyyy"/></p>
<table class="desk">
  <tr><th>My open claims</th><td id="myOpenClaims">${myOpenClaims}</td>
      <td><a href="<c:url value='/claims/list.do?mine=1'/>">my claims</a></td></tr>
  <tr><th>Policies in arrears</th><td id="policiesInArrears">${policiesInArrears}</td>
      <td><c:if test="${sessionScope.user.role == 'ACCOUNTS' or sessionScope.user.role == 'SUPERVISOR'}"><a href="<c:url value='/billing/arrears.do'/>">arrears report</a></c:if></td></tr>
  <tr><th>Renewals in the next 30 days</th><td id="renewalsDue">${renewalsDue}</td>
      <td><a href="<c:url value='/policies/search.do?status=ACTIVE'/>">active policies</a></td></tr>
</table>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
