package org.harbourcity.permits.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.enterprise.context.ApplicationScoped;
import org.harbourcity.permits.domain.Inspection;
import org.harbourcity.permits.domain.InspectionKind;
import org.harbourcity.permits.domain.PermitType;
import org.harbourcity.permits.util.WorkingDays;

/**
 * Which site inspections a permit needs and when, in working days after the day of issue (building regulations,
 * schedule 3).
 */
@ApplicationScoped
public class InspectionPlanner {

    /** The inspections of a permit of this type issued on that day, in order, not yet stored or assigned. */
    public List<Inspection> plan(PermitType type, LocalDate issuedOn) {
        List<Inspection> plan = new ArrayList<Inspection>();
        switch (type) {
            case BUILDING:
                add(plan, InspectionKind.FOOTING, WorkingDays.add(issuedOn, 2));
                add(plan, InspectionKind.FRAMING, WorkingDays.add(issuedOn, 15));
                add(plan, InspectionKind.FINAL, WorkingDays.add(issuedOn, 40));
                break;
            case DEMOLITION:
                add(plan, InspectionKind.SITE, WorkingDays.add(issuedOn, 1));
                add(plan, InspectionKind.FINAL, WorkingDays.add(issuedOn, 10));
                break;
            default:
                add(plan, InspectionKind.FINAL, WorkingDays.add(issuedOn, 5));
                break;
        }
        return plan;
    }

    private static void add(List<Inspection> plan, InspectionKind kind, LocalDate on) {
        Inspection inspection = new Inspection();
        inspection.setSequence(plan.size() + 1);
        inspection.setKind(kind);
        inspection.setPlannedOn(on);
        plan.add(inspection);
    }
}
