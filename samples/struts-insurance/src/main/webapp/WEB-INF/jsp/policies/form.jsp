<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="New policy"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>New <c:out value="${policyForm.product == 'AUTO' ? 'auto' : 'homeowners'}"/> policy</h1>
<p class="hint">Other product: <html:link action="/policies/new?product=HOME">Homeowners</html:link> |
   <html:link action="/policies/new?product=AUTO">Personal Auto</html:link></p>
<html:form action="/policies/save">
  <html:hidden property="product"/>
  <fieldset><legend>Policyholder</legend>
    <p><label>First name <html:text property="firstName" size="20"/></label>
       <label>Last name <html:text property="lastName" size="20"/></label></p>
    <p><label>Street <html:text property="street" size="40"/></label></p>
    <p><label>City <html:text property="city" size="20"/></label>
       <label>State <html:text property="state" size="2" maxlength="2"/></label>
       <label>ZIP <html:text property="zip" size="10"/></label></p>
    <p><label>Phone <html:text property="phone" size="14"/></label>
       <label>E-mail <html:text property="email" size="30"/></label>
       <label><html:checkbox property="paperless"/> statements by e-mail</label></p>
  </fieldset>
  <fieldset><legend>Term and payment</legend>
    <p><label>Inception date <html:text property="inceptionDate" size="10"/></label> (MM/DD/YYYY, twelve months)</p>
    <p><label>Payment plan <html:select property="paymentPlan">
         <html:option value="ANNUAL">Annual</html:option>
         <html:option value="MONTHLY">Monthly (+ $3.00 a month)</html:option>
       </html:select></label>
       <label>Deductible <html:select property="deductible">
         <html:option value="500">$500</html:option>
         <html:option value="1000">$1,000</html:option>
         <html:option value="2500">$2,500</html:option>
       </html:select></label></p>
  </fieldset>
  <fieldset><legend>Covers</legend>
    <table class="list">
      <tr><th>Cover</th><th>Sum insured</th><th>Rate</th></tr>
      <c:forEach var="type" items="${coverTypes}">
      <tr><td><c:out value="${type.name}"/></td>
          <td><html:text property="sumInsured(${type.code})" size="12"/></td>
          <td><c:choose><c:when test="${type.flatRated}"><fmt:formatNumber value="${type.flatPremium}" type="currency"/> flat</c:when>
              <c:otherwise><fmt:formatNumber value="${type.ratePerMille}" type="currency"/> per $1,000</c:otherwise></c:choose></td></tr>
      </c:forEach>
    </table>
  </fieldset>
  <p><html:submit value="Issue policy"/></p>
</html:form>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
