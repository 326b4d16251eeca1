<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="form" uri="http://www.springframework.org/tags/form" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<c:set var="heading" value="${learner['new'] ? 'Register a learner' : 'Contact details'}"/>
<ash:layout pageName="${learner['new'] ? 'register' : 'learners'}" title="${heading}">
  <h1>${heading}<c:if test="${not learner['new']}"><small class="text-muted ms-2">${learner.learnerNumber}</small></c:if></h1>
  <form:form modelAttribute="learner" method="post" id="learner-form">
    <ash:inputField label="First name" name="firstName"/>
    <ash:inputField label="Last name" name="lastName"/>
    <ash:inputField label="Date of birth" name="dateOfBirth" placeholder="yyyy-mm-dd"/>
    <ash:inputField label="E-mail" name="email"/>
    <ash:inputField label="Telephone" name="telephone"/>
    <ash:inputField label="Street" name="street"/>
    <ash:inputField label="Town" name="town"/>
    <ash:inputField label="Postcode" name="postcode"/>
    <div class="row mb-3">
      <label class="col-sm-3 col-form-label" for="concession">Concession</label>
      <div class="col-sm-6">
        <form:select path="concession" items="${concessions}" itemLabel="label" cssClass="form-select"/>
        <form:errors path="concession" cssClass="text-danger small" element="div"/>
      </div>
    </div>
    <button class="btn btn-primary" type="submit">${learner['new'] ? 'Register learner' : 'Save details'}</button>
  </form:form>
</ash:layout>
