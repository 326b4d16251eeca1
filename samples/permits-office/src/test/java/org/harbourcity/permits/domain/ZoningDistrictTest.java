package org.harbourcity.permits.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The districts of seed.sql. */
class ZoningDistrictTest {

    private final ZoningDistrict r1 = new ZoningDistrict("R1", "Low-density residential", new BigDecimal("9.5"),
            new BigDecimal("400.0"), false);
    private final ZoningDistrict c1 = new ZoningDistrict("C1", "Town centre commercial", new BigDecimal("22.0"), null,
            true);

    @Test
    void heightAndFloorAreaAreBothChecked() {
        ZoningCheck check = r1.check(PermitType.BUILDING, new BigDecimal("11"), new BigDecimal("450"));
        assertEquals(List.of("Height 11 m exceeds the 9.5 m allowed in zone R1.",
                "Floor area 450 m2 exceeds the 400.0 m2 allowed in zone R1."), check.getReasons());
        assertTrue(r1.check(PermitType.BUILDING, new BigDecimal("9.5"), new BigDecimal("400")).isAllowed());
        assertTrue(c1.check(PermitType.BUILDING, new BigDecimal("20"), new BigDecimal("5000")).isAllowed(),
                "no floor-area limit in C1");
    }

    @Test
    void signsOnlyInCommercialDistrictsAndLowFencesInResidentialOnes() {
        assertEquals(List.of("Signs are not allowed in zone R1."),
                r1.check(PermitType.SIGN, BigDecimal.ONE, BigDecimal.ONE).getReasons());
        assertTrue(c1.check(PermitType.SIGN, new BigDecimal("4"), new BigDecimal("3")).isAllowed());
        assertEquals(List.of("Fences in residential zones may be 2.0 m high at most."),
                r1.check(PermitType.FENCE, new BigDecimal("2.5"), null).getReasons());
        assertTrue(c1.check(PermitType.FENCE, new BigDecimal("2.5"), null).isAllowed());
    }

    @Test
    void demolitionIsAlwaysAllowed() {
        assertTrue(r1.check(PermitType.DEMOLITION, new BigDecimal("30"), new BigDecimal("9999")).isAllowed());
    }
}
