<%-- the welcome file: straight to the dashboard (the login filter sends strangers to /login first) --%>
<% response.sendRedirect(request.getContextPath() + "/dashboard"); %>
