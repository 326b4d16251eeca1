package dev.cleave.splitter;

import dev.cleave.model.Constraints;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static dev.cleave.splitter.ShopFixture.P;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-split in place of a plan ({@link SplitOptions#withPrevious}, with the plan's constraints) gives each new
 * service the name of the previous service it shares most classes with, names the user gave included, and a new
 * service a fresh name without a number.
 */
class StableNamesTest {

    static Plan resplit(Plan previous, SplitOptions options) {
        return Splitter.split(ShopFixture.shop(),
                options.withConstraints(previous.constraints()).withPrevious(previous));
    }

    /** The plan with a service renamed, its pins following, as the wizard and PlanEdits.rename do. */
    static Plan rename(Plan plan, String from, String to) {
        List<Service> services = plan.services().stream().map(s -> s.name().equals(from)
                ? new Service(to, s.classes(), s.pinned(), s.tables(), s.port(), s.settings()) : s).toList();
        Map<String, String> pins = new TreeMap<>();
        plan.constraints().pins().forEach((c, s) -> pins.put(c, s.equals(from) ? to : s));
        Constraints c = plan.constraints();
        return plan.withServices(services).withConstraints(new Constraints(pins, c.keepTogether(), c.keepApart(),
                c.services()));
    }

    @Test
    void aRenamedServiceKeepsItsNameThroughAReSplit() {
        Plan renamed = rename(Splitter.split(ShopFixture.shop(), SplitOptions.defaults()), "order", "sales");
        Plan again = resplit(renamed, SplitOptions.defaults());
        assertThat(again.services()).extracting(Service::name).containsExactly("customer", "sales");
        assertThat(again.service("sales").classes()).isEqualTo(renamed.service("sales").classes());
    }

    @Test
    void aPinAndAMoveByHandKeepTheNamesThroughAReSplit() {
        Plan first = Splitter.split(ShopFixture.shop(), SplitOptions.defaults());
        WhatIf whatIf = new WhatIf(ShopFixture.shop(), first, SplitOptions.DEFAULT_EDGE_WEIGHTS);
        whatIf.move(List.of(P + "OldReport"), "customer");
        Plan edited = whatIf.plan().withConstraints(new Constraints(Map.of(P + "OldReport", "customer",
                P + "Order", "order"), List.of(), List.of(), 0));
        Plan again = resplit(edited, SplitOptions.defaults().withSeed(7));
        assertThat(again.services()).extracting(Service::name).containsExactly("customer", "order");
        assertThat(again.service("customer").classes()).contains(P + "OldReport", P + "Customer");
    }

    @Test
    void aReSplitIntoOneMoreServiceKeepsTheOldNamesAndGivesTheNewOneAFreshName() {
        Plan first = rename(Splitter.split(ShopFixture.shop(), SplitOptions.defaults()), "customer", "crm");
        Plan again = resplit(first, SplitOptions.defaults().withServices(3));
        assertThat(again.services()).hasSize(3);
        assertThat(again.services()).extracting(Service::name).contains("crm", "order")
                .allSatisfy(name -> assertThat(name).doesNotMatch(".*-[0-9]+"));
    }

    @Test
    void splittingOneCapabilityInTwoGivesNoNumberedName() {
        Plan plan = Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withServices(4));
        assertThat(plan.services()).hasSize(4)
                .allSatisfy(s -> assertThat(s.name()).doesNotMatch(".*-[0-9]+"));
    }
}
