<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="form" uri="http://www.springframework.org/tags/form" %>
<%@ taglib prefix="spring" uri="http://www.springframework.org/tags" %>
<%@ taglib prefix="ash" tagdir="/WEB-INF/tags" %>
<ash:layout pageName="courses" title="Add a course">
  <h1>Add a course</h1>
  <form:form modelAttribute="course" method="post" id="course-form">
    <ash:inputField label="Code" name="code" placeholder="LAN-101"/>
    <ash:inputField label="Title" name="title"/>
    <div class="row mb-3">
      <label class="col-sm-3 col-form-label" for="subject">Subject</label>
      <div class="col-sm-6">
        <form:select path="subject" items="${subjects}" cssClass="form-select"/>
        <form:errors path="subject" cssClass="text-danger small" element="div"/>
      </div>
    </div>
    <div class="row mb-3">
      <label class="col-sm-3 col-form-label" for="tutor.id">Tutor</label>
      <div class="col-sm-6">
        <form:select path="tutor.id" cssClass="form-select">
          <form:option value="" label="(choose a tutor)"/>
          <form:options items="${tutors}" itemValue="id" itemLabel="fullName"/>
        </form:select>
        <form:errors path="tutor" cssClass="text-danger small" element="div"/>
      </div>
    </div>
    <div class="row mb-3">
      <label class="col-sm-3 col-form-label" for="room.id">Room</label>
      <div class="col-sm-6">
        <form:select path="room.id" cssClass="form-select">
          <form:option value="" label="(choose a room)"/>
          <form:options items="${rooms}" itemValue="id" itemLabel="name"/>
        </form:select>
        <form:errors path="room" cssClass="text-danger small" element="div"/>
      </div>
    </div>
    <div class="row mb-3">
      <label class="col-sm-3 col-form-label" for="weekday">Evening</label>
      <div class="col-sm-6">
        <form:select path="weekday" cssClass="form-select">
          <c:forEach items="${weekdays}" var="day">
            <form:option value="${day}"><spring:message code="weekday.${day}"/></form:option>
          </c:forEach>
        </form:select>
        <form:errors path="weekday" cssClass="text-danger small" element="div"/>
      </div>
    </div>
    <ash:inputField label="Starts at" name="startTime" placeholder="hh:mm"/>
    <ash:inputField label="First evening" name="startDate" placeholder="yyyy-mm-dd"/>
    <ash:inputField label="Weeks" name="weeks"/>
    <ash:inputField label="Places" name="places"/>
    <ash:inputField label="Fee (£)" name="fee"/>
    <ash:inputField label="Materials fee (£)" name="materialsFee"/>
    <div class="row mb-3">
      <label class="col-sm-3 col-form-label" for="description">Description</label>
      <div class="col-sm-6">
        <form:textarea path="description" rows="3" cssClass="form-control"/>
        <form:errors path="description" cssClass="text-danger small" element="div"/>
      </div>
    </div>
    <button class="btn btn-primary" type="submit">Add course</button>
  </form:form>
</ash:layout>
