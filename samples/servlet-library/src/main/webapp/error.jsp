<%@ page contentType="text/html;charset=UTF-8" language="java" isErrorPage="true" %>
<html>
<head><title>Not found</title></head>
<body><h1>Page not found</h1><p><a href="index.jsp">Back to the library</a></p></body>
</html>
