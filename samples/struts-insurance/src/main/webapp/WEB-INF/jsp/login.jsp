<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="Sign in"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>Sign in</h1>
<html:form action="/login">
  <p><label for="username">User name</label> <html:text property="username" styleId="username" size="20"/></p>
  <p><label for="password">Password</label> <html:password property="password" styleId="password" size="20" redisplay="false"/></p>
  <p><html:submit value="Sign in"/></p>
</html:form>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
