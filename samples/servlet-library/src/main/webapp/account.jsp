<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ page import="org.example.library.model.AccountSummary, org.example.library.model.Loan,
                 org.example.library.model.Fine, org.example.library.service.LibraryManager" %>
<%
    String id = request.getParameter("memberId");
    AccountSummary account = null;
    if (id != null) {
        account = LibraryManager.getInstance().getAccountSummary(Long.parseLong(id));
    }
%>
<html>
<head><title>My account</title></head>
<body>
<form method="get" action="account.jsp">Member number: <input type="text" name="memberId"/> <input type="submit"/></form>
<% if (account != null) { %>
<h2><%= LibraryManager.getInstance().displayName(account.getMember()) %></h2>
<p>Balance: $<%= account.getMember().getBalance().format() %></p>
<h3>Loans</h3>
<ul>
<% for (Loan l : account.getActiveLoans()) { %>
  <li><%= l.getTitle() %> - due <%= l.getDueOn() %></li>
<% } %>
</ul>
<h3>Fines</h3>
<ul>
<% for (Fine f : account.getOpenFines()) { %>
  <li>$<%= f.getAmount().format() %> (<%= f.getReason() %>)</li>
<% } %>
</ul>
<% } %>
</body>
</html>
