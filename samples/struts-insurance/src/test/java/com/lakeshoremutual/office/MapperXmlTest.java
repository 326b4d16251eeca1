package com.lakeshoremutual.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lakeshoremutual.office.dao.ClaimMapper;
import com.lakeshoremutual.office.dao.PolicyMapper;
import com.lakeshoremutual.office.domain.Claim;
import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.service.BillingService;
import com.lakeshoremutual.office.service.BusinessRuleException;
import com.lakeshoremutual.office.service.PolicyService;
import com.lakeshoremutual.office.service.StaffService;
import com.lakeshoremutual.office.util.DateUtils;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericXmlApplicationContext;

/**
 * The Spring XML, the MyBatis mappers and the training data together on an in-memory HSQLDB: result maps with
 * their associations and collections, dynamic SQL, and the services' rules on the seeded policies.
 */
class MapperXmlTest {

    private static GenericXmlApplicationContext context;

    @BeforeAll
    static void start() {
        context = new GenericXmlApplicationContext("classpath:mapper-test-context.xml");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void aPolicyComesWithItsHolderAndCoversInRatingOrder() {
        Policy policy = context.getBean(PolicyMapper.class).findById(41L);
        assertEquals("HO-100041", policy.getPolicyNo());
        assertEquals("Halvorsen", policy.getHolder().getLastName());
        assertTrue(policy.getHolder().isPaperless());
        assertEquals(3, policy.getCovers().size());
        assertEquals("Dwelling", policy.getCovers().get(0).getCoverType().getName());
        assertEquals(new BigDecimal("1163.04"), policy.getAnnualPremium());
        assertTrue(policy.isInForceOn(DateUtils.date(2024, 3, 9)));
        assertNull(context.getBean(PolicyMapper.class).findById(999L));
    }

    @Test
    void theSearchFiltersOnlyByWhatIsGiven() {
        PolicyMapper mapper = context.getBean(PolicyMapper.class);
        Map<String, Object> criteria = new HashMap<>();
        assertEquals(6, mapper.search(criteria).size());
        criteria.put("status", "ACTIVE");
        assertEquals(5, mapper.search(criteria).size());
        criteria.put("name", "o'c");
        List<Policy> found = mapper.search(criteria);
        assertEquals(1, found.size());
        assertEquals("HO-100052", found.get(0).getPolicyNo());
    }

    @Test
    void aClaimComesWithPolicyCoverHandlerAndDiary() {
        Claim claim = context.getBean(ClaimMapper.class).findById(11L);
        assertEquals("CL-2023-00011", claim.getClaimNo());
        assertEquals("AU-100044", claim.getPolicy().getPolicyNo());
        assertEquals("Gonzalez", claim.getPolicy().getHolder().getLastName());
        assertEquals("Collision", claim.getCover().getCoverType().getName());
        assertEquals(new BigDecimal("500.00"), claim.getCover().getDeductible());
        assertEquals("Marta Kowalski", claim.getHandler().getFullName());
        assertEquals(2, claim.getNotes().size());
        assertEquals(2, context.getBean(ClaimMapper.class).search("OPEN", 1L, null).size());
    }

    @Test
    void arrearsCountFromTheProcessingDateAfterTheGracePeriod() {
        BillingService billing = context.getBean(BillingService.class);
        assertEquals("02/01/2024", DateUtils.format(billing.findArrears(52L).getDueDate()));
        assertNull(billing.findArrears(41L));
        assertEquals(2, billing.countPoliciesInArrears());
        assertEquals(new BigDecimal("129.00"), billing.findBalanceDue(52L));
    }

    @Test
    void aPolicyWithOpenClaimsCannotBeCancelled() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> context.getBean(PolicyService.class).cancelPolicy(41L, DateUtils.date(2024, 3, 31)));
        assertEquals("error.policy.openClaims", refused.getMessageKey());
    }

    @Test
    void staffSignInIgnoresTheCaseOfTheNameAndRefusesLeavers() {
        StaffService staff = context.getBean(StaffService.class);
        assertEquals("Marta Kowalski", staff.authenticate("MKOWALSKI", "claims2009").getFullName());
        assertNull(staff.authenticate("rpatel", "claims2010"));
        assertEquals(3, staff.findClaimHandlers().size());
    }
}
