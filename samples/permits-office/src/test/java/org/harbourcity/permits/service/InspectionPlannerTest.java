package org.harbourcity.permits.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.harbourcity.permits.domain.Inspection;
import org.harbourcity.permits.domain.PermitType;
import org.junit.jupiter.api.Test;

class InspectionPlannerTest {

    private final InspectionPlanner planner = new InspectionPlanner();

    @Test
    void aBuildingGetsFootingFramingAndFinalInWorkingDays() {
        // the scenarios' house, issued on Tuesday 12 March 2024: Easter and the May bank holiday are skipped
        assertEquals(List.of("1 FOOTING 2024-03-14", "2 FRAMING 2024-04-04", "3 FINAL 2024-05-10"),
                describe(planner.plan(PermitType.BUILDING, LocalDate.of(2024, 3, 12))));
    }

    @Test
    void demolitionsGetASiteVisitAndTheRestOnlyAFinal() {
        assertEquals(List.of("1 SITE 2024-03-13", "2 FINAL 2024-03-26"),
                describe(planner.plan(PermitType.DEMOLITION, LocalDate.of(2024, 3, 12))));
        assertEquals(List.of("1 FINAL 2024-03-19"), describe(planner.plan(PermitType.SIGN, LocalDate.of(2024, 3, 12))));
        assertEquals(List.of("1 FINAL 2024-03-19"), describe(planner.plan(PermitType.FENCE, LocalDate.of(2024, 3, 12))));
    }

    private static List<String> describe(List<Inspection> plan) {
        return plan.stream().map(i -> i.getSequence() + " " + i.getKind() + " " + i.getPlannedOn())
                .collect(Collectors.toList());
    }
}
