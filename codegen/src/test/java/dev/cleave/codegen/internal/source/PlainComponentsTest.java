package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which plain classes of a servlet application another service may call instead of copying, and how. */
class PlainComponentsTest {
    @TempDir
    Path dir;

    private Facts facts;

    @BeforeEach
    void monolith() throws IOException {
        write("WEB-INF/web.xml", """
                <web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="3.1">
                  <servlet><servlet-name>s</servlet-name><servlet-class>shop.web.ShowServlet</servlet-class></servlet>
                </web-app>
                """);
        java("shop/model/Item.java", """
                package shop.model;
                public class Item {
                    private long id;
                    private String name;
                    private java.math.BigDecimal price;
                    private java.util.List<String> tags;
                    public long getId() { return id; }
                }
                """);
        java("shop/model/Basket.java", """
                package shop.model;
                public interface Basket { }
                """);
        java("shop/dao/BaseDao.java", """
                package shop.dao;
                import javax.sql.DataSource;
                public abstract class BaseDao {
                    protected final DataSource dataSource;
                    protected BaseDao(DataSource dataSource) { this.dataSource = dataSource; }
                    public int count(String table) { return 0; }
                }
                """);
        java("shop/dao/ItemDao.java", """
                package shop.dao;
                import java.sql.Connection;
                import java.sql.SQLException;
                import java.util.List;
                import javax.sql.DataSource;
                import shop.model.Basket;
                import shop.model.Item;
                public class ItemDao extends BaseDao {
                    public static final int PAGE = 20;
                    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("x");
                    public ItemDao(DataSource dataSource) { super(dataSource); }
                    public Item find(long id) throws SQLException { return null; }
                    public List<Item> page(int number) { return List.of(); }
                    void touch(Item item) { }
                    public void save(Connection conn, Item item) { }
                    public void fill(Basket basket) { }
                    public String describe(String... words) { return ""; }
                }
                """);
        java("shop/service/PriceService.java", """
                package shop.service;
                import javax.sql.DataSource;
                import shop.dao.ItemDao;
                public class PriceService {
                    private final ItemDao items;
                    public PriceService(DataSource ds) { this.items = new ItemDao(ds); }
                    public PriceService(ItemDao items, int scale) { this.items = items; }
                    public java.math.BigDecimal price(long id) { return null; }
                }
                """);
        java("shop/service/Counter.java", """
                package shop.service;
                public class Counter {
                    private int count;
                    public int next() { return ++count; }
                }
                """);
        java("shop/service/Holder.java", """
                package shop.service;
                public class Holder {
                    public static Holder instance() { return new Holder(); }
                    public String name() { return ""; }
                }
                """);
        java("shop/tx/Tx.java", """
                package shop.tx;
                public final class Tx {
                    private static final ThreadLocal<java.sql.Connection> CURRENT = new ThreadLocal<>();
                    public static java.sql.Connection current() { return CURRENT.get(); }
                }
                """);
        java("shop/dao/OrderDao.java", """
                package shop.dao;
                public class OrderDao {
                    public int open() { return shop.tx.Tx.current() == null ? 0 : 1; }
                }
                """);
        java("shop/web/ShowServlet.java", """
                package shop.web;
                import shop.dao.ItemDao;
                public class ShowServlet extends javax.servlet.http.HttpServlet {
                    private final shop.service.PriceService prices = new shop.service.PriceService(null);
                    void show(ItemDao dao, java.sql.Connection c, java.util.List<String> list) {
                        list.stream().map(String::trim).count();
                        dao.save(c, null);
                    }
                }
                """);
        facts = new Facts(Monolith.load(dir, List.of()));
    }

    @Test
    void aStatelessDaoBuiltOnTheDataSourceIsCalledWithItsConstructorsMethodsAndConstants() {
        Map<String, PlainComponents.Component> found = PlainComponents.of(facts, true);
        PlainComponents.Component dao = found.get("shop.dao.ItemDao");
        assertThat(dao).isNotNull();
        assertThat(dao.construction()).isEqualTo("new shop.dao.ItemDao(dataSource)");
        assertThat(dao.constructors()).singleElement().satisfies(c -> {
            assertThat(c.parameters()).containsExactly("javax.sql.DataSource");
            assertThat(c.visibility()).isEqualTo("public");
        });
        assertThat(dao.operations()).extracting(Operation::key).containsExactly(
                "shop.dao.ItemDao#count(java.lang.String)", "shop.dao.ItemDao#find(long)",
                "shop.dao.ItemDao#page(int)", "shop.dao.ItemDao#touch(shop.model.Item)");
        assertThat(dao.exceptions()).containsEntry("shop.dao.ItemDao#find(long)", List.of("java.sql.SQLException"));
        assertThat(dao.visibility()).containsEntry("shop.dao.ItemDao#touch(shop.model.Item)", "");
        assertThat(dao.localOnly()).as("a JDBC connection, an interface, varargs: they cannot travel")
                .containsExactly("describe/1", "fill/1", "save/2");
        assertThat(dao.constants()).containsExactly("public static final int PAGE = 20;");
    }

    @Test
    void theOwnerBuildsAServiceObjectWithTheConstructorTheMonolithUses() {
        assertThat(PlainComponents.of(facts, true).get("shop.service.PriceService").construction())
                .isEqualTo("new shop.service.PriceService(dataSource)");
    }

    @Test
    void stateStaticAccessThreadBoundContextServletsAndSharedSuperclassesStayCopies() {
        assertThat(PlainComponents.of(facts, true).keySet()).doesNotContain("shop.service.Counter",
                "shop.service.Holder", "shop.dao.OrderDao", "shop.web.ShowServlet", "shop.dao.BaseDao",
                "shop.model.Item", "shop.tx.Tx");
    }

    @Test
    void withoutAServiceDataSourceTheOwnerCannotBuildWhatNeedsOne() {
        assertThat(PlainComponents.of(facts, false).keySet()).doesNotContain("shop.dao.ItemDao",
                "shop.service.PriceService");
    }

    @Test
    void aServiceWhoseCodeHandsTheDaoAConnectionKeepsACopy() {
        PlainComponents.Component dao = PlainComponents.of(facts, true).get("shop.dao.ItemDao");
        assertThat(PlainComponents.usable(facts, dao, Set.of("shop.web.ShowServlet"))).isFalse();
        assertThat(PlainComponents.usable(facts, dao, Set.of("shop.service.PriceService"))).isTrue();
    }

    private void java(String path, String text) throws IOException {
        write("../java/" + path, text);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve("src/main/webapp").resolve(path).normalize();
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
