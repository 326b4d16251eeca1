<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="Not allowed"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>Not allowed</h1>
<p>You are not allowed to open this page.</p>
<p><a href="<c:url value='/home.do'/>">Back to the desk</a></p>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
