package dev.cleave.analyzer.internal.facts;

import static dev.cleave.model.Stereotype.*;
import static dev.cleave.model.TableAccess.MAPS;
import static dev.cleave.model.TableAccess.READS;
import static dev.cleave.model.TableAccess.WRITES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.EntryPoint;
import dev.cleave.model.Problem;
import dev.cleave.model.TableUse;
import org.junit.jupiter.api.Test;

class DescriptorsTest {

    @Test
    void webXmlServletsServeTheirMappedPatternsWithTheirHandlers() {
        Facts facts = Facts.ofFixture("descriptors-webxml");
        String web = "com.acme.web.";

        assertThat(facts.get(web + "CatalogServlet").entryPoints()).containsExactly(
                new EntryPoint("GET", "/catalog/*", "doGet"), new EntryPoint("GET", "/products", "doGet"));
        assertThat(facts.get(web + "CatalogServlet").stateful()).isTrue();
        assertThat(facts.get(web + "LegacyServlet").entryPoints()).containsExactly(
                new EntryPoint("*", "/*.legacy", "service"));
        assertThat(facts.get(web + "LegacyServlet").stereotypes()).containsExactly(SERVLET);
        assertThat(facts.get(web + "BaseServlet").entryPoints()).isEmpty();
        assertThat(facts.get(web + "EncodingFilter").stereotypes()).containsExactly(FILTER);
        assertThat(facts.get(web + "StartupListener").stereotypes()).containsExactly(LISTENER);
    }

    @Test
    void malformedDescriptorsAreReportedWithTheirLineAndSkipped() {
        Facts facts = Facts.ofFixture("descriptors-webxml");

        assertThat(facts.problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("WebContent/WEB-INF/broken.xml");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.reason()).startsWith("malformed XML: ");
        });
    }

    @Test
    void myBatisMapperXmlGivesItsInterfaceTablesThroughFragmentsAndDynamicSql() {
        Facts facts = Facts.ofFixture("mybatis-xml");

        TypeFacts mapper = facts.get("com.acme.orders.OrderMapper");
        assertThat(mapper.stereotypes()).containsExactly(MAPPER);
        assertThat(mapper.tables()).containsExactly(new TableUse("audit_log", READS), new TableUse("customer", READS),
                new TableUse("order_line", WRITES), new TableUse("orders", READS), new TableUse("orders", WRITES));
        assertThat(facts.get("com.acme.common.CommonMapper").tables()).isEmpty();
        assertThat(facts.result.edges()).containsExactly(
                new Edge("com.acme.orders.OrderMapper", "com.acme.orders.Order", EdgeKind.TABLE, 1));
    }

    @Test
    void mapperNamespaceNamingNoProjectTypeIsReported() {
        Facts facts = Facts.ofFixture("mybatis-xml");

        assertThat(facts.problems).containsExactly(new Problem("src/main/resources/mappers/GhostMapper.xml", 3,
                "mapper namespace com.acme.gone.GhostMapper names no type of the project: its statements are not "
                        + "attributed"));
    }

    @Test
    void springXmlBeansAreComponentsAndTheirRefsBecomeFieldEdges() {
        Facts facts = Facts.ofFixture("spring-xml-beans");
        String p = "com.acme.legacy.";

        assertThat(facts.get(p + "OrderDao").stereotypes()).containsExactly(REPOSITORY, COMPONENT);
        assertThat(facts.get(p + "OrderService").stereotypes()).containsExactly(SERVICE, COMPONENT);
        assertThat(facts.get(p + "Pricing").stereotypes()).containsExactly(COMPONENT);
        assertThat(facts.get(p + "OrderListController").entryPoints()).containsExactly(
                new EntryPoint("*", "/orders.htm", "handleRequest"));
        assertThat(facts.result.edges()).containsExactly(
                new Edge(p + "OrderListController", p + "OrderService", EdgeKind.FIELD, 1),
                new Edge(p + "OrderService", p + "Mailer", EdgeKind.FIELD, 1),
                new Edge(p + "OrderService", p + "OrderDao", EdgeKind.FIELD, 2),
                new Edge(p + "OrderService", p + "Pricing", EdgeKind.FIELD, 1),
                new Edge(p + "ReportBuilder", p + "OrderService", EdgeKind.FIELD, 1));
    }

    @Test
    void xmlSingletonsAreStatefulOnlyThroughFieldsXmlDoesNotSet() {
        Facts facts = Facts.ofFixture("spring-xml-beans");
        String p = "com.acme.legacy.";

        assertThat(facts.get(p + "OrderService").stateful()).isTrue();
        assertThat(facts.get(p + "OrderListController").stateful()).isFalse();
        assertThat(facts.get(p + "ReportBuilder").stateful()).isFalse();
    }

    @Test
    void strutsActionsServeTheirPathsThroughTheActionServletMapping() {
        Facts facts = Facts.ofFixture("struts-actions");
        String p = "com.acme.struts.";

        assertThat(facts.get(p + "LoginAction").entryPoints()).containsExactly(
                new EntryPoint("*", "/login.do", "execute"), new EntryPoint("*", "/logout.do", "execute"));
        assertThat(facts.get(p + "LoginAction").stereotypes()).containsExactly(CONTROLLER);
        assertThat(facts.get(p + "LoginAction").stateful()).isTrue();
        assertThat(facts.get(p + "AddToCart").entryPoints()).containsExactly(
                new EntryPoint("*", "/cart/add.do", "execute"));
        assertThat(facts.get(p + "LoginForm").stereotypes()).containsExactly(DTO);
        assertThat(facts.get(p + "UserAdmin").entryPoints()).containsExactly(
                new EntryPoint("*", "/admin/purge.action", "execute"),
                new EntryPoint("*", "/admin/users.action", "list"));
        assertThat(facts.get(p + "UserAdmin").stateful()).isFalse();
        assertThat(facts.get(p + "BaseAction").entryPoints()).isEmpty();
    }

    @Test
    void ejbJarDeclaresSessionAndMessageDrivenBeans() {
        Facts facts = Facts.ofFixture("ejb");
        String p = "com.acme.ejb.";

        assertThat(facts.get(p + "OrderManagerEJB").stereotypes()).containsExactly(EJB);
        assertThat(facts.get(p + "OrderManagerEJB").stateful()).isFalse();
        assertThat(facts.get(p + "CartEJB").stereotypes()).containsExactly(EJB);
        assertThat(facts.get(p + "CartEJB").stateful()).isTrue();
        assertThat(facts.get(p + "OrderEventsEJB").stereotypes()).containsExactly(EJB, MESSAGE_LISTENER);
    }

    @Test
    void ormXmlAndHbmXmlMapEntitiesThatHqlThenQueries() {
        Facts facts = Facts.ofFixture("ejb");
        String p = "com.acme.ejb.";

        assertThat(facts.get(p + "Invoice").tables()).containsExactly(new TableUse("invoice_payment", MAPS),
                new TableUse("invoices", MAPS));
        assertThat(facts.get(p + "CreditNote").tables()).containsExactly(new TableUse("credit", MAPS));
        assertThat(facts.get(p + "Amount").stereotypes()).containsExactly(EMBEDDABLE);
        assertThat(facts.get(p + "Customer").tables()).containsExactly(new TableUse("customer_tags", MAPS),
                new TableUse("customers", MAPS));
        assertThat(facts.get(p + "VipCustomer").tables()).containsExactly(new TableUse("customers", MAPS));
        assertThat(facts.get(p + "CorporateCustomer").tables()).containsExactly(
                new TableUse("corporate_customers", MAPS));
        assertThat(facts.get(p + "BillingService").tables()).containsExactly(new TableUse("credit", READS),
                new TableUse("customers", READS), new TableUse("invoices", READS));
        assertThat(facts.result.edges()).containsExactly(
                new Edge(p + "BillingService", p + "CreditNote", EdgeKind.TABLE, 1),
                new Edge(p + "BillingService", p + "Customer", EdgeKind.TABLE, 1),
                new Edge(p + "BillingService", p + "Invoice", EdgeKind.TABLE, 1),
                new Edge(p + "BillingService", p + "VipCustomer", EdgeKind.TABLE, 1),
                new Edge(p + "Customer", p + "VipCustomer", EdgeKind.TABLE, 1));
    }
}
