package org.ashgrove.evenings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;

/**
 * A course of the prospectus: one evening a week for a number of weeks, in one room, with one tutor, for a fee.
 * {@link #getPlacesTaken()} is not a column: the catalogue service counts the enrolments into it.
 */
@Entity
@Table(name = "course")
public class Course extends BaseEntity {

    @Column(name = "code")
    @NotBlank
    @Pattern(regexp = "[A-Z]{3}-[0-9]{3}")
    private String code;

    @Column(name = "title")
    @NotBlank
    @Size(max = 80)
    private String title;

    @Column(name = "description")
    @Size(max = 400)
    private String description;

    @ManyToOne
    @JoinColumn(name = "subject_id")
    @NotNull
    private Subject subject;

    @ManyToOne
    @JoinColumn(name = "tutor_id")
    private Tutor tutor;

    @ManyToOne
    @JoinColumn(name = "room_id")
    private Room room;

    @Column(name = "weekday")
    @Enumerated(EnumType.STRING)
    @NotNull
    private DayOfWeek weekday;

    @Column(name = "start_time")
    @DateTimeFormat(pattern = "HH:mm")
    @NotNull
    private LocalTime startTime;

    @Column(name = "start_date")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    @NotNull
    private LocalDate startDate;

    @Column(name = "weeks")
    @Min(1)
    @Max(36)
    private int weeks;

    @Column(name = "places")
    @Min(1)
    private int places;

    @Column(name = "fee")
    @NumberFormat(pattern = "0.00")
    @NotNull
    @DecimalMin("0.00")
    private BigDecimal fee;

    @Column(name = "materials_fee")
    @NumberFormat(pattern = "0.00")
    @NotNull
    @DecimalMin("0.00")
    private BigDecimal materialsFee = BigDecimal.ZERO;

    @Transient
    private int placesTaken;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
    }

    public Tutor getTutor() {
        return tutor;
    }

    public void setTutor(Tutor tutor) {
        this.tutor = tutor;
    }

    public Room getRoom() {
        return room;
    }

    public void setRoom(Room room) {
        this.room = room;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public int getWeeks() {
        return weeks;
    }

    public void setWeeks(int weeks) {
        this.weeks = weeks;
    }

    public int getPlaces() {
        return places;
    }

    public void setPlaces(int places) {
        this.places = places;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal fee) {
        this.fee = fee;
    }

    public BigDecimal getMaterialsFee() {
        return materialsFee;
    }

    public void setMaterialsFee(BigDecimal materialsFee) {
        this.materialsFee = materialsFee;
    }

    public int getPlacesTaken() {
        return placesTaken;
    }

    public void setPlacesTaken(int placesTaken) {
        this.placesTaken = placesTaken;
    }

    public int getPlacesLeft() {
        return Math.max(0, places - placesTaken);
    }

    public boolean isFull() {
        return placesTaken >= places;
    }

    /** "LAN-102 Conversational Spanish". */
    public String getLabel() {
        return code + " " + title;
    }
}
