package com.riverside.clinic.service;

import com.riverside.clinic.dto.BookingRequest;
import com.riverside.clinic.model.Appointment;
import com.riverside.clinic.model.AppointmentStatus;
import com.riverside.clinic.model.Patient;
import com.riverside.clinic.model.Practitioner;
import com.riverside.clinic.model.Slot;
import com.riverside.clinic.model.SlotStatus;
import com.riverside.clinic.repository.AppointmentRepository;
import com.riverside.clinic.repository.SlotRepository;
import com.riverside.clinic.util.ClinicConstants;
import com.riverside.clinic.util.ClinicUtils;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, cancelling and closing appointments. A booking takes the slot and puts the visit on the patient's
 * invoice of the month in the same transaction: if billing refuses, the slot is not taken either.
 */
@Service
@Transactional
public class AppointmentService implements ClinicConstants {

    private static final Logger log = LoggerFactory.getLogger(AppointmentService.class);

    @Autowired
    private AppointmentRepository appointmentRepository;

    @Autowired
    private SlotRepository slotRepository;

    @Autowired
    private PatientService patientService;

    @Autowired
    private InvoiceService invoiceService;

    @Autowired
    private Clock clock;

    @Value("${clinic.booking.max-per-day:3}")
    private int maxPerDay;

    public Appointment book(BookingRequest request) {
        Patient patient = patientService.get(request.getPatientId());
        Slot slot = slotRepository.findForUpdate(request.getSlotId())
                .orElseThrow(() -> ClinicException.notFound("slot", request.getSlotId()));
        if (slot.getStatus() != SlotStatus.FREE) {
            throw ClinicException.conflict(ERR_SLOT_TAKEN, "slot " + slot.getId() + " is not free ("
                    + slot.getStatus().name().toLowerCase() + ")");
        }
        if (slot.getStartsAt().isBefore(LocalDateTime.now(clock))) {
            throw ClinicException.conflict("SLOT_IN_PAST", "slot " + slot.getId() + " has already started");
        }
        LocalDateTime day = slot.getStartsAt().toLocalDate().atStartOfDay();
        if (appointmentRepository.countBooked(patient.getId(), day, day.plusDays(1)) >= maxPerDay) {
            throw ClinicException.conflict("TOO_MANY_BOOKINGS", "patient " + patient.getId() + " already has "
                    + maxPerDay + " appointments on " + slot.getStartsAt().toLocalDate());
        }

        slot.setStatus(SlotStatus.BOOKED);
        Appointment appointment = new Appointment();
        appointment.setPatient(patient);
        appointment.setSlot(slot);
        appointment.setVisitType(request.getVisitType());
        appointment.setReason(ClinicUtils.blankToNull(request.getReason()));
        appointment.setStatus(AppointmentStatus.BOOKED);
        appointment.setBookedAt(LocalDateTime.now(clock));
        appointmentRepository.save(appointment);

        invoiceService.addVisitLine(patient, appointment.getId(), request.getVisitType(), slot.getStartsAt(),
                describe(appointment));
        log.info("Booked appointment {} for patient {} in slot {}", appointment.getId(), patient.getId(), slot.getId());
        return appointment;
    }

    @Transactional(readOnly = true)
    public Appointment get(Long id) {
        return appointmentRepository.findById(id).orElseThrow(() -> ClinicException.notFound("appointment", id));
    }

    @Transactional(readOnly = true)
    public List<Appointment> forPatient(Long patientId) {
        patientService.get(patientId);
        return appointmentRepository.findByPatientIdOrderBySlotStartsAt(patientId);
    }

    /** Frees the slot and takes the visit off the open invoice (refused once the invoice went out). */
    public Appointment cancel(Long id) {
        Appointment appointment = get(id);
        if (appointment.getStatus() != AppointmentStatus.BOOKED) {
            throw ClinicException.conflict("NOT_CANCELLABLE", "appointment " + id + " is "
                    + appointment.getStatus().name().toLowerCase());
        }
        appointment.getSlot().setStatus(SlotStatus.FREE);
        appointment.setStatus(AppointmentStatus.CANCELLED);
        invoiceService.removeVisitLine(id);
        return appointment;
    }

    public Appointment attend(Long id) {
        Appointment appointment = get(id);
        if (appointment.getStatus() != AppointmentStatus.BOOKED) {
            throw ClinicException.conflict("NOT_BOOKED", "appointment " + id + " is "
                    + appointment.getStatus().name().toLowerCase());
        }
        if (appointment.getSlot().getStartsAt().toLocalDate().isAfter(LocalDate.now(clock))) {
            throw new ClinicException(HttpStatus.CONFLICT, "TOO_EARLY", "appointment " + id + " is on "
                    + appointment.getSlot().getStartsAt().toLocalDate() + ", it cannot be attended yet");
        }
        appointment.setStatus(AppointmentStatus.ATTENDED);
        return appointment;
    }

    /** Called by the evening job: appointments still booked after their end were not attended. */
    public int markNoShows(LocalDateTime now) {
        List<Appointment> missed = appointmentRepository.findByStatusAndSlotEndsAtBefore(AppointmentStatus.BOOKED, now);
        for (Appointment appointment : missed) {
            appointment.setStatus(AppointmentStatus.NO_SHOW);
            invoiceService.addNoShowFee(appointment.getPatient(), appointment.getId(),
                    appointment.getSlot().getStartsAt(), "No-show " + ClinicUtils.slotLabel(
                            appointment.getSlot().getStartsAt(), appointment.getSlot().getEndsAt()));
        }
        return missed.size();
    }

    // copy of the invoice text the old booking screen produced; the letters use ClinicUtils.slotLabel
    private static String describe(Appointment appointment) {
        Slot slot = appointment.getSlot();
        Practitioner practitioner = slot.getSchedule().getPractitioner();
        String what = VISIT_FIRST.equals(appointment.getVisitType()) ? "First visit" : "Follow-up visit";
        return what + " " + slot.getStartsAt().format(ClinicUtils.DATE) + " " + slot.getStartsAt().format(ClinicUtils.TIME)
                + " - " + practitioner.getSpecialty().getName() + ", "
                + ClinicUtils.fullName(practitioner.getTitle(), practitioner.getFirstName(), practitioner.getLastName());
    }
}
