<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="title" value="Run the payroll"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<c:if test="${not empty error}"><p class="error"><c:out value="${error}"/></p></c:if>
<p>Only approved timesheets are paid. Check the timesheets waiting for approval first.</p>
<form method="post" action="${ctx}/payroll/run">
  Period (yyyy-mm) <input name="period" size="7" value="<c:out value='${period}'/>">
  <button type="submit">Run</button>
</form>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
