<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ page import="org.example.library.service.LibraryManager" %>
<%
    LibraryManager manager = (LibraryManager) application.getAttribute("libraryManager");
%>
<html>
<head><title><%= manager.getLibraryName() %></title></head>
<body>
<h1><%= manager.getLibraryName() %></h1>
<p>Today is <%= manager.todayAsString() %>.</p>
<ul>
  <li><a href="search.jsp">Search the catalog</a></li>
  <li><a href="account.jsp">My account</a></li>
</ul>
</body>
</html>
