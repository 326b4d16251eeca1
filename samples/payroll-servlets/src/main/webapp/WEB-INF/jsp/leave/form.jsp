<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:choose>
  <c:when test="${empty employee}"><c:set var="title" value="Leave waiting for approval"/></c:when>
  <c:otherwise><c:set var="title" value="Leave of ${employee.fullName}"/></c:otherwise>
</c:choose>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<c:if test="${not empty employee}">
  <p>Annual leave left in ${leaveYear}: <strong>${remaining}</strong> of ${employee.leaveAllowance} days.</p>
</c:if>
<table class="list">
  <tr><th>No.</th><th>Employee</th><th>Type</th><th>From</th><th>To</th><th class="num">Days</th><th>Status</th><th></th></tr>
  <c:forEach var="l" items="${requests}">
    <tr id="leave-${l.id}">
      <td>${l.id}</td>
      <td><a href="${ctx}/leave/request?employee=${l.employeeId}"><c:out value="${l.employeeName}"/></a></td>
      <td>${l.leaveType}</td>
      <td>${l.startDate}</td>
      <td>${l.endDate}</td>
      <td class="num">${l.days}</td>
      <td>${l.status}</td>
      <td>
        <c:if test="${l.status == 'REQUESTED' && sessionScope.loggedInUser.role == 'HR'}">
          <form class="inline" method="post" action="${ctx}/leave/approve">
            <input type="hidden" name="id" value="${l.id}">
            <button name="decision" value="approve">Approve</button>
            <button name="decision" value="reject">Reject</button>
          </form>
        </c:if>
      </td>
    </tr>
  </c:forEach>
</table>
<c:if test="${not empty employee}">
  <h2>Request leave</h2>
  <form method="post" action="${ctx}/leave/request">
    <input type="hidden" name="employee" value="${employee.id}">
    <select name="type">
      <option value="ANNUAL">annual</option>
      <option value="SICK">sick</option>
      <option value="UNPAID">unpaid</option>
    </select>
    from <input name="startDate" size="10" value="<c:out value='${param.startDate}'/>">
    to <input name="endDate" size="10" value="<c:out value='${param.endDate}'/>">
    <button type="submit">Request</button>
  </form>
</c:if>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
