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
    void myBatisMappersUseTheClassesTheirXmlNamesDirectlyOrByAlias() {
        Facts facts = Facts.ofFixture("mybatis-types");
        String d = "com.acme.shop.domain.";
        String customers = "com.acme.shop.dao.CustomerMapper";
        String orders = "com.acme.shop.dao.OrderMapper";
        String money = "com.acme.shop.infra.MoneyHandler";
        String audit = "com.acme.shop.infra.AuditInterceptor";

        assertThat(facts.result.edges().stream().filter(e -> e.kind() == EdgeKind.TYPE_USE)).containsExactly(
                typeUse(customers, d + "Address", 1), typeUse(customers, d + "Country", 2),
                typeUse(customers, d + "Customer", 2), typeUse(customers, audit, 1), typeUse(customers, money, 1),
                typeUse(customers, "com.acme.shop.infra.YesNoHandler", 1),
                typeUse(orders, d + "Order", 2), typeUse(orders, d + "OrderLine", 2),
                typeUse(orders, d + "OrderSummary", 1), typeUse(orders, audit, 1), typeUse(orders, money, 1));
    }

    @Test
    void myBatisMapsTheClassesItWritesAndReadOnlyLookupsToTheirTables() {
        Facts facts = Facts.ofFixture("mybatis-types");
        String d = "com.acme.shop.domain.";

        assertThat(facts.get(d + "Customer").tables()).containsExactly(new TableUse("customer", MAPS));
        assertThat(facts.get(d + "Order").tables()).containsExactly(new TableUse("orders", MAPS));
        assertThat(facts.get(d + "OrderLine").tables()).containsExactly(new TableUse("order_line", MAPS));
        assertThat(facts.get(d + "Country").tables()).containsExactly(new TableUse("country", MAPS));
        assertThat(facts.get(d + "OrderSummary").tables()).isEmpty();
        assertThat(facts.get(d + "Address").tables()).isEmpty();
    }

    @Test
    void myBatisClassesMissingFromTheProjectAndMalformedMappersAreReported() {
        Facts facts = Facts.ofFixture("mybatis-types");

        assertThat(facts.problems).hasSize(3);
        assertThat(facts.problems).contains(
                new Problem("src/main/resources/mappers/OrderMapper.xml", 20,
                        "MyBatis names com.acme.shop.domain.Invoice, no class of the project: left out"),
                new Problem("src/main/resources/mybatis-config.xml", 16,
                        "MyBatis names com.acme.shop.infra.RetiredInterceptor, no class of the project: left out"));
        assertThat(facts.problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("src/main/resources/mappers/BrokenMapper.xml");
            assertThat(p.reason()).startsWith("malformed XML: ");
        });
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
    void springWiringReachesThroughCollectionsParentsFactoriesScansAndLibraryBeans() {
        Facts facts = Facts.ofFixture("spring-xml-wiring");
        String p = "com.acme.wiring.";

        assertThat(facts.result.edges()).containsExactly(
                field(p + "AuditLog", p + "ClockFactory"),
                field(p + "BaseJob", p + "web.MailGateway"),
                field(p + "BaseJob", p + "web.ReportController"),
                field(p + "NightlyJob", p + "BaseJob"),
                field(p + "OrderService", p + "AccountServiceImpl"),
                field(p + "OrderService", p + "AuditLog"),
                field(p + "OrderService", p + "Clock"),
                field(p + "OrderService", p + "Pricing"),
                field(p + "OrderService", p + "RuleA"),
                field(p + "OrderService", p + "RuleB"),
                field(p + "OrderService", p + "Startup"),
                field(p + "OrderService", p + "TaxTable"),
                field(p + "OrderService", p + "dao.OrderMapper"),
                field(p + "Orphan", p + "OrderService"),
                field(p + "Pricing", p + "dao.AccountMapper"));
        assertThat(facts.get(p + "AccountServiceImpl").stereotypes()).contains(COMPONENT);
        assertThat(facts.get(p + "Orphan").stereotypes()).containsExactly(COMPONENT);
    }

    @Test
    void onlySpringBeanFilesAreReadAndAMalformedOneOrAMissingClassIsReported() {
        Facts facts = Facts.ofFixture("spring-xml-wiring");

        assertThat(facts.get("com.acme.wiring.Clock").stereotypes()).isEmpty();
        assertThat(facts.problems).hasSize(2);
        assertThat(facts.problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("src/main/webapp/WEB-INF/broken-context.xml");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.reason()).startsWith("malformed XML: ");
        });
        assertThat(facts.problems).contains(new Problem("src/main/resources/spring/services.xml", 57,
                "bean class com.acme.wiring.GoneService names no class of the project: its wiring is left out"));
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
    void strutsActionsUseTheirFormBeansAndWhatTheirModuleGivesEveryAction() {
        Facts facts = Facts.ofFixture("struts-modules");
        String w = "com.acme.desk.web.";
        String a = "com.acme.desk.admin.";

        assertThat(facts.result.edges()).containsExactly(
                typeUse(a + "PurgeAction", a + "AdminHandler", 1),
                typeUse(w + "LoginAction", "com.acme.desk.domain.Money", 1),
                typeUse(w + "LoginAction", w + "DeskProcessor", 1),
                typeUse(w + "LoginAction", w + "NotFoundHandler", 1),
                typeUse(w + "LoginAction", w + "ValidatorPlugIn", 1),
                typeUse(w + "NotFoundHandler", "com.acme.desk.domain.NotFoundException", 1),
                typeUse(w + "OrderAction", w + "DeskProcessor", 2),
                typeUse(w + "OrderAction", w + "NotFoundHandler", 2),
                typeUse(w + "OrderAction", w + "OrderForm", 2),
                typeUse(w + "OrderAction", w + "ValidatorPlugIn", 2));
        assertThat(facts.problems).hasSize(2);
        assertThat(facts.problems).contains(new Problem("src/main/webapp/WEB-INF/struts-config.xml", 22,
                "Struts names com.acme.desk.web.RetiredAction, no class of the project: left out"));
        assertThat(facts.problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("src/main/webapp/WEB-INF/struts-config-broken.xml");
            assertThat(p.reason()).startsWith("malformed XML: ");
        });
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

    private static Edge typeUse(String from, String to, int weight) {
        return new Edge(from, to, EdgeKind.TYPE_USE, weight);
    }

    private static Edge field(String from, String to) {
        return new Edge(from, to, EdgeKind.FIELD, 1);
    }
}
