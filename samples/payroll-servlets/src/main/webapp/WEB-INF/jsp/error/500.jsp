<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" isErrorPage="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html>
<head><meta charset="UTF-8"><title>Error 500 - Northfield Mills Payroll</title>
<link rel="stylesheet" href="${pageContext.request.contextPath}/css/payroll.css"></head>
<body>
<div id="content">
<h1>Error 500</h1>
<p class="error">Something went wrong. Please tell the IT helpdesk (ext. 300) what you were doing.</p>
<p><a href="${pageContext.request.contextPath}/dashboard">Back to the dashboard</a></p>
</div>
</body>
</html>
