<%@ include file="/WEB-INF/jsp/common/taglibs.jspf" %>
<c:set var="pageTitle" value="Error"/>
<%@ include file="/WEB-INF/jsp/common/header.jspf" %>
<h1>Error</h1>
<p>Something went wrong. The help desk (ext. 4357) can look it up in the server log.</p>
<p><a href="<c:url value='/home.do'/>">Back to the desk</a></p>
<%@ include file="/WEB-INF/jsp/common/footer.jspf" %>
