<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" isErrorPage="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html>
<head><meta charset="UTF-8"><title>Error 403 - Northfield Mills Payroll</title>
<link rel="stylesheet" href="${pageContext.request.contextPath}/css/payroll.css"></head>
<body>
<div id="content">
<h1>Error 403</h1>
<p class="error">You are not allowed to do that. Payroll pages are for the payroll office only.</p>
<p><a href="${pageContext.request.contextPath}/dashboard">Back to the dashboard</a></p>
</div>
</body>
</html>
