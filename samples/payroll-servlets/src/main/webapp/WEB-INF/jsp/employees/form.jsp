<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="title" value="New starter"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<form method="post" action="${ctx}/employees/register">
  <table>
    <tr><td>First name</td><td><input name="firstName" value="<c:out value='${form.firstName}'/>"></td></tr>
    <tr><td>Last name</td><td><input name="lastName" value="<c:out value='${form.lastName}'/>"></td></tr>
    <tr><td>E-mail</td><td><input name="email" value="<c:out value='${form.email}'/>"></td></tr>
    <tr><td>Department</td><td><select name="dept">
      <option value=""></option>
      <c:forEach var="d" items="${departments}">
        <option value="${d.code}" <c:if test="${d.code == form.deptCode}">selected</c:if>><c:out value="${d.name}"/></option>
      </c:forEach></select></td></tr>
    <tr><td>Job title</td><td><input name="jobTitle" value="<c:out value='${form.jobTitle}'/>"></td></tr>
    <tr><td>Pay</td><td>
      <label><input type="radio" name="payType" value="SALARIED" <c:if test="${form.payType == 'SALARIED'}">checked</c:if>> salary a year</label>
      <label><input type="radio" name="payType" value="HOURLY" <c:if test="${form.payType == 'HOURLY'}">checked</c:if>> rate an hour</label>
      &pound;<input name="pay" size="10" value="<c:out value='${pay}'/>"></td></tr>
    <tr><td>Sort code</td><td><input name="sortCode" size="8" value="<c:out value='${form.sortCode}'/>"></td></tr>
    <tr><td>Account number</td><td><input name="accountNo" size="8" value="<c:out value='${form.accountNo}'/>"></td></tr>
    <tr><td>Start date</td><td><input name="startDate" size="10" value="${form.startDate}"></td></tr>
  </table>
  <button type="submit">Register</button>
</form>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
