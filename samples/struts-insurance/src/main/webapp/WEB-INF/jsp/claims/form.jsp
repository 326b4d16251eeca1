<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="New claim"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>New claim</h1>
<c:choose>
<c:when test="${empty policy}">
<form method="get" action="<c:url value='/claims/register.do'/>">
  <p><label>Policy number <input type="text" name="policyNo" value="<c:out value='${claimForm.policyNo}'/>" size="10"></label>
     <input type="submit" value="Find policy"></p>
</form>
</c:when>
<c:otherwise>
<p class="policy">Policy <strong><c:out value="${policy.policyNo}"/></strong>: <c:out value="${policy.holder.fullName}"/>,
  ${policy.productName}, <fmt:formatDate value="${policy.inceptionDate}" pattern="MM/dd/yyyy"/> to
  <fmt:formatDate value="${policy.expiryDate}" pattern="MM/dd/yyyy"/> (${policy.status})</p>
<html:form action="/claims/save">
  <html:hidden property="policyNo"/>
  <p><label>Cover <html:select property="coverCode">
       <html:option value="">- choose -</html:option>
       <html:optionsCollection name="policy" property="covers" value="coverCode" label="coverType.name"/>
     </html:select></label></p>
  <p><label>Date of loss <html:text property="lossDate" size="10"/></label> (MM/DD/YYYY)</p>
  <p><label>What happened<br><html:textarea property="description" rows="4" cols="60"/></label></p>
  <p><label>Opening reserve <html:text property="reserve" size="12"/></label></p>
  <p><label>Handler <html:select property="handlerId">
       <html:optionsCollection name="handlers" value="id" label="fullName"/>
     </html:select></label></p>
  <p><html:submit value="Register claim"/></p>
</html:form>
</c:otherwise>
</c:choose>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
