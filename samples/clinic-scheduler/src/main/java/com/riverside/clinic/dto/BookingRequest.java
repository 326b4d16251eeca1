package com.riverside.clinic.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

@Data
public class BookingRequest {

    @NotNull
    private Long patientId;

    @NotNull
    private Long slotId;

    @NotBlank
    @Pattern(regexp = "FIRST_VISIT|FOLLOW_UP", message = "must be FIRST_VISIT or FOLLOW_UP")
    private String visitType;

    @Size(max = 200)
    private String reason;
}
