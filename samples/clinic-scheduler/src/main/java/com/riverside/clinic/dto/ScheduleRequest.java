package com.riverside.clinic.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import lombok.Data;

@Data
public class ScheduleRequest {

    @NotNull
    private LocalDate date;

    @NotNull
    private LocalTime from;

    @NotNull
    private LocalTime to;

    @Size(max = 20)
    private String room;

    @JsonIgnore
    @AssertTrue(message = "the day must end after it starts")
    public boolean isEndAfterStart() {
        return from == null || to == null || to.isAfter(from);
    }
}
