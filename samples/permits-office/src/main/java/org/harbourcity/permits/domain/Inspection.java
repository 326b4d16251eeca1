package org.harbourcity.permits.domain;

import java.time.LocalDate;
import javax.json.bind.annotation.JsonbPropertyOrder;
import javax.json.bind.annotation.JsonbTransient;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/**
 * One site inspection of an issued permit, planned when the permit is issued and recorded by the inspector.
 */
@Entity
@Table(name = "inspection")
@NamedQueries({
    @NamedQuery(name = "Inspection.byPermit",
            query = "SELECT i FROM Inspection i WHERE i.permit.id = :permit ORDER BY i.sequence"),
    @NamedQuery(name = "Inspection.byInspector", query = "SELECT i FROM Inspection i WHERE i.inspector.id = :inspector"
            + " AND i.result = :result ORDER BY i.plannedOn, i.id"),
    @NamedQuery(name = "Inspection.countOpen",
            query = "SELECT COUNT(i) FROM Inspection i WHERE i.inspector.id = :inspector AND i.result <> :passed")
})
@JsonbPropertyOrder({"id", "permitNumber", "sequence", "kind", "plannedOn", "inspectorName", "result"})
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JsonbTransient
    @ManyToOne(optional = false)
    @JoinColumn(name = "permit_id")
    private PermitApplication permit;

    @Column(name = "seq", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private InspectionKind kind;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @JsonbTransient
    @ManyToOne(optional = false)
    @JoinColumn(name = "inspector_id")
    private Inspector inspector;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 8)
    private InspectionResult result = InspectionResult.PENDING;

    @Column(name = "inspected_on")
    private LocalDate inspectedOn;

    @Column(name = "notes")
    private String notes;

    public Long getId() {
        return id;
    }

    public PermitApplication getPermit() {
        return permit;
    }

    public void setPermit(PermitApplication permit) {
        this.permit = permit;
    }

    public String getPermitNumber() {
        return permit == null ? null : permit.getNumber();
    }

    public int getSequence() {
        return sequence;
    }

    public void setSequence(int sequence) {
        this.sequence = sequence;
    }

    public InspectionKind getKind() {
        return kind;
    }

    public void setKind(InspectionKind kind) {
        this.kind = kind;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public Inspector getInspector() {
        return inspector;
    }

    public void setInspector(Inspector inspector) {
        this.inspector = inspector;
    }

    public String getInspectorName() {
        return inspector == null ? null : inspector.getName();
    }

    public InspectionResult getResult() {
        return result;
    }

    public void setResult(InspectionResult result) {
        this.result = result;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
