<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="Find a policy"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>Find a policy</h1>
<form method="get" action="<c:url value='/policies/search.do'/>">
  <label>Last name <input type="text" name="name" value="<c:out value='${param.name}'/>"></label>
  <label>Policy no. <input type="text" name="policyNo" value="<c:out value='${param.policyNo}'/>" size="10"></label>
  <label>Status <select name="status">
    <option value="">any</option>
    <option value="ACTIVE" <c:if test="${param.status == 'ACTIVE'}">selected</c:if>>active</option>
    <option value="CANCELLED" <c:if test="${param.status == 'CANCELLED'}">selected</c:if>>cancelled</option>
  </select></label>
  <input type="submit" value="Search">
</form>
<logic:present name="policies">
<table class="list">
  <tr><th>Policy</th><th>Policyholder</th><th>Product</th><th>Term</th><th>Status</th></tr>
  <logic:iterate id="p" name="policies" type="com.lakeshoremutual.office.domain.Policy">
  <tr>
    <td><a href="view.do?id=<bean:write name="p" property="id"/>"><bean:write name="p" property="policyNo"/></a></td>
    <td><bean:write name="p" property="holder.sortName"/></td>
    <td><bean:write name="p" property="productName"/></td>
    <td><bean:write name="p" property="inceptionDate" format="MM/dd/yyyy"/> to <bean:write name="p" property="expiryDate" format="MM/dd/yyyy"/></td>
    <td><bean:write name="p" property="status"/></td>
  </tr>
  </logic:iterate>
</table>
<p><bean:size id="found" name="policies"/><bean:write name="found"/> policy(ies) found.</p>
</logic:present>
<c:if test="${sessionScope.user.role == 'UNDERWRITER' or sessionScope.user.role == 'SUPERVISOR'}">
<p><html:link action="/policies/new">Write a new policy</html:link></p>
</c:if>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
