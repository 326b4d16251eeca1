<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>Sign in - Northfield Mills Payroll</title>
<link rel="stylesheet" href="${pageContext.request.contextPath}/css/payroll.css">
</head>
<body class="login">
<h1>Northfield Mills Payroll</h1>
<c:if test="${param.bye == '1'}"><p class="info">You have been signed out.</p></c:if>
<c:if test="${not empty error}"><p class="error"><c:out value="${error}"/></p></c:if>
<form method="post" action="${pageContext.request.contextPath}/login">
  <label>User name <input name="username" value="<c:out value='${username}'/>"></label>
  <label>Password <input type="password" name="password"></label>
  <button type="submit">Sign in</button>
</form>
</body>
</html>
