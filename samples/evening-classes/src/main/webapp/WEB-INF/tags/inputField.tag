<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="name" required="true" %>
<%@ attribute name="label" required="true" %>
<%@ attribute name="placeholder" required="false" %>
<%@ taglib prefix="form" uri="http://www.springframework.org/tags/form" %>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags" %>
<%-- A labelled text field of the enclosing form:form and its errors. --%>
<spring:bind path="${name}">
  <div class="row mb-3">
    <label class="col-sm-3 col-form-label" for="${name}">${label}</label>
    <div class="col-sm-6">
      <form:input path="${name}" cssClass="form-control" cssErrorClass="form-control is-invalid" placeholder="${placeholder}"/>
      <form:errors path="${name}" cssClass="invalid-feedback" element="div"/>
    </div>
  </div>
</spring:bind>
