<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="Not found"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>Not found</h1>
<p>There is no such page or record.</p>
<p><a href="<c:url value='/home.do'/>">Back to the desk</a></p>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
