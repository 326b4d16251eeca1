<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ page import="java.util.List, org.example.library.ejb.CatalogFacade, org.example.library.model.BookDetails,
                 org.example.library.model.SearchCriteria, org.example.library.util.JndiNames,
                 org.example.library.util.ServiceLocator" %>
<%
    String q = request.getParameter("q");
    List<BookDetails> results = null;
    if (q != null && q.trim().length() > 0) {
        SearchCriteria criteria = new SearchCriteria();
        criteria.setText(q);
        CatalogFacade catalog = (CatalogFacade) ServiceLocator.getInstance().lookup(JndiNames.CATALOG_FACADE);
        results = catalog.search(criteria);
    }
%>
<html>
<head><title>Catalog search</title></head>
<body>
<form method="get" action="search.jsp">
  <input type="text" name="q" value="<%= q == null ? "" : q %>"/>
  <input type="submit" value="Search"/>
</form>
<% if (results != null) { %>
<table>
  <tr><th>Title</th><th>Author</th><th>Available</th></tr>
  <% for (BookDetails d : results) { %>
  <tr>
    <td><%= d.getBook().getTitle() %></td>
    <td><%= d.getBook().getAuthorName() %></td>
    <td><%= d.getAvailableCopies() %> / <%= d.getCopies().size() %></td>
  </tr>
  <% } %>
</table>
<% } %>
</body>
</html>
