package dev.cleave.analyzer.internal.facts;

import static dev.cleave.model.TableAccess.MAPS;
import static dev.cleave.model.TableAccess.READS;
import static dev.cleave.model.TableAccess.WRITES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.TableUse;
import org.junit.jupiter.api.Test;

class TablesTest {
    private static final String SHOP = "com.acme.shop.";

    @Test
    void jpaEntitiesMapTheirTablesWithSpringBootNaming() {
        Facts facts = Facts.ofFixture("jpa-naming");

        assertThat(facts.get(SHOP + "Order").tables()).containsExactly(new TableUse("order_notes", MAPS),
                new TableUse("order_tags", MAPS), new TableUse("orders", MAPS), new TableUse("orders", READS));
        assertThat(facts.get(SHOP + "OrderLine").tables()).containsExactly(new TableUse("order_line", MAPS));
        assertThat(facts.get(SHOP + "CustomerAccount").tables()).containsExactly(new TableUse("client", MAPS),
                new TableUse("client_details", MAPS));
        assertThat(facts.get(SHOP + "CustomerAccount").entityName()).isEqualTo("Client");
        assertThat(facts.get(SHOP + "Tag").tables()).containsExactly(new TableUse("product_tag", MAPS));
    }

    @Test
    void jpqlEntityNamesAndRepositoryEntitiesBecomeTablesInFinish() {
        Facts facts = Facts.ofFixture("jpa-naming");

        assertThat(facts.get(SHOP + "OrderRepository").tables()).containsExactly(
                new TableUse("order_archive", READS), new TableUse("order_line", READS),
                new TableUse("orders", READS), new TableUse("orders", WRITES));
        assertThat(facts.get(SHOP + "ReportService").tables()).containsExactly(
                new TableUse("client", READS), new TableUse("order_line", WRITES));
    }

    @Test
    void tableEdgesPointFromQueryingTypesToMappingTypesWeightedBySharedTables() {
        Facts facts = Facts.ofFixture("jpa-naming");

        assertThat(facts.result.edges()).containsExactly(
                new Edge(SHOP + "OrderRepository", SHOP + "Order", EdgeKind.TABLE, 1),
                new Edge(SHOP + "OrderRepository", SHOP + "OrderLine", EdgeKind.TABLE, 1),
                new Edge(SHOP + "OrderRepository", SHOP + "ReportService", EdgeKind.TABLE, 1),
                new Edge(SHOP + "ReportService", SHOP + "CustomerAccount", EdgeKind.TABLE, 1),
                new Edge(SHOP + "ReportService", SHOP + "OrderLine", EdgeKind.TABLE, 1));
    }

    @Test
    void jdbcStringsConcatenationsTextBlocksAndConstantsGiveTablesButProseDoesNot() {
        Facts facts = Facts.ofFixture("jdbc-sql");

        assertThat(facts.get("com.acme.inventory.InventoryDao").tables()).containsExactly(
                new TableUse("audit_log", WRITES), new TableUse("reservation", WRITES),
                new TableUse("stock_item", READS), new TableUse("stock_item", WRITES),
                new TableUse("stock_snapshot", WRITES), new TableUse("warehouse", READS));
    }

    @Test
    void sqlAssembledInAStringBuilderCountsWithAllItsOptionalParts() {
        TypeFacts facts = Facts.of("""
                package p;
                class SearchDao {
                    private static final String SELECT = "SELECT b.id FROM book b";
                    java.util.List<Object> search(String title, boolean withAuthor) {
                        StringBuilder sql = new StringBuilder(SELECT).append(" JOIN shelf s ON s.id = b.shelf_id");
                        if (withAuthor) {
                            sql.append(" JOIN author a ON a.id = b.author_id");
                        }
                        sql.append(" WHERE b.title LIKE ?").append(" ORDER BY ").append(title);
                        StringBuilder log = new StringBuilder("searching from ").append(title);
                        return jdbc.query(sql.toString());
                    }
                }
                """).get("p.SearchDao");

        assertThat(facts.tables()).containsExactly(new TableUse("author", READS), new TableUse("book", READS),
                new TableUse("shelf", READS));
    }

    /**
     * Legacy JDBC code runs its SQL through its own helpers (a base DAO's {@code querySingle(sql, params...)}); found on
     * a servlet application whose log-in DAO's only table was missed, so the splitter had nothing to tie it to the
     * employees it reads. Any argument that is a whole statement counts; text that only starts like one does not.
     */
    @Test
    void wholeStatementsHandedToTheApplicationsOwnHelpersAreSql() {
        TypeFacts facts = Facts.of("""
                package p;
                class UserDao extends BaseDao {
                    Object authenticate(String name, String hash) {
                        log("update failed", name);
                        note("select a warehouse from the list");
                        store(name, "INSERT INTO login_audit (username) VALUES (?)");
                        return querySingle("SELECT u.username, e.first_name FROM app_user u"
                                + " LEFT JOIN employee e ON e.id = u.employee_id WHERE u.username = ?", name, hash);
                    }
                }
                """).get("p.UserDao");

        assertThat(facts.tables()).containsExactly(new TableUse("app_user", READS), new TableUse("employee", READS),
                new TableUse("login_audit", WRITES));
    }

    @Test
    void myBatisAnnotationsAndNativeQueriesAreSql() {
        TypeFacts facts = Facts.of("""
                package p;
                import org.apache.ibatis.annotations.*;
                @Mapper
                public interface OrderMapper {
                    @Select("SELECT * FROM orders WHERE id = #{id}")
                    Object find(long id);
                    @Insert({"INSERT INTO orders (id, customer_id)", "VALUES (#{id}, #{customerId})"})
                    void add(Object o);
                    @Delete("DELETE FROM order_line WHERE order_id = #{id}")
                    void clear(long id);
                }
                """).get("p.OrderMapper");

        assertThat(facts.tables()).containsExactly(new TableUse("order_line", WRITES),
                new TableUse("orders", READS), new TableUse("orders", WRITES));
    }

    @Test
    void tablesSharedByTwoQueryingTypesLinkSmallerToLargerIdWithTheCount() {
        Facts facts = Facts.of("""
                package p;
                class ZReport { void r(org.springframework.jdbc.core.JdbcTemplate j) {
                    j.query("SELECT * FROM a JOIN b ON a.id = b.id JOIN c ON 1 = 1"); } }
                """, """
                package p;
                class AJob { void r(org.springframework.jdbc.core.JdbcTemplate j) {
                    j.update("UPDATE a SET x = 1"); j.update("DELETE FROM b"); } }
                """);

        assertThat(facts.result.edges()).containsExactly(new Edge("p.AJob", "p.ZReport", EdgeKind.TABLE, 2));
    }
}
