<%@ taglib uri="http://struts.apache.org/tags-logic" prefix="logic" %>
<logic:redirect action="/home"/>
