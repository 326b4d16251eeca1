package dev.cleave.analyzer.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven: each row is a statement and its uses as {@code name:r|w} in order of appearance. */
class SqlTablesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "SELECT * FROM orders|orders:r",
            "select o.id from orders o where o.id = ?|orders:r",
            "SELECT a.x FROM account a, customer AS c, region r WHERE a.c = c.id|account:r customer:r region:r",
            "SELECT * FROM sales.orders o JOIN sales.order_line l ON l.order_id = o.id|orders:r order_line:r",
            "SELECT * FROM \"Sales\".\"Order_Items\" i LEFT OUTER JOIN `customer` c USING (cid) INNER JOIN [dbo].[Region] r ON 1=1|Order_Items:r customer:r Region:r",
            "SELECT * FROM a WHERE id IN (SELECT a_id FROM b WHERE x = :x AND y = #{y} AND z = ${z})|a:r b:r",
            "SELECT EXTRACT(YEAR FROM created_at), TRIM(BOTH ' ' FROM name), SUBSTRING(x FROM 2) FROM events|events:r",
            "SELECT COALESCE((SELECT SUM(l.q) FROM order_line l JOIN orders o ON o.id = l.order_id), 0) FROM stock_item s|order_line:r orders:r stock_item:r",
            "SELECT * FROM (SELECT id FROM archived_orders) t JOIN live l ON l.id = t.id|archived_orders:r live:r",
            "SELECT 'FROM fake' AS s, x -- FROM comment\\n FROM real_table /* JOIN other */|real_table:r",
            "SELECT sysdate FROM dual|''",
            "SELECT * FROM generate_series(1, 3) g, ${table} t|''",
            "WITH recent AS (SELECT * FROM orders WHERE d > ?), big(id) AS (SELECT id FROM recent) SELECT * FROM big JOIN customer c ON 1 = 1|orders:r customer:r",
            "INSERT INTO audit_log (entity, action) VALUES (?, ?)|audit_log:w",
            "insert into archive select * from orders where status = 'DONE'|archive:w orders:r",
            "INSERT INTO stats VALUES (1)|stats:w",
            "UPDATE stock_item SET quantity = quantity - ? WHERE id = ?|stock_item:w",
            "UPDATE inventory.stock s SET s.q = (SELECT SUM(q) FROM moves m WHERE m.s = s.id)|stock:w moves:r",
            "DELETE FROM cart_item WHERE cart_id IN (SELECT id FROM cart WHERE expired = 1)|cart_item:w cart:r",
            "DELETE FROM sessions|sessions:w",
            "MERGE INTO price p USING staging_price s ON (p.id = s.id) WHEN MATCHED THEN UPDATE SET p.v = s.v WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v)|price:w staging_price:r",
            "SELECT * FROM orders WHERE id = ? FOR UPDATE|orders:r",
            "INSERT INTO counters (k, v) VALUES (?, 1) ON DUPLICATE KEY UPDATE v = v + 1|counters:w",
            "SELECT o FROM Order o JOIN FETCH o.lines l LEFT JOIN o.customer c WHERE c.name = :n|Order:r",
            "SELECT NEW com.acme.dto.Row(o.id, c.name) FROM Order o, Customer c WHERE o.customer = c|Order:r Customer:r",
            "from Invoice where paid = false|Invoice:r",
            "UPDATE Order o SET o.status = :s WHERE o.id = :id|Order:w",
            "DELETE FROM Review r WHERE r.product.id = ?1|Review:w",
            "SELECT o FROM Order o, IN(o.lines) l WHERE l.qty > 1|Order:r",
            "SELECT x FROM a UNION ALL SELECT y FROM b ORDER BY 1|a:r b:r",
            "Update failed for customer|''",
            "Select a product from the list|''",
    })
    void findsTablesAndHowTheyAreUsed(String statement, String expected) {
        String sql = statement.replace("\\n", "\n");
        String actual = SqlTables.looksLikeJpql(sql) ? SqlTables.of(sql).stream()
                .map(u -> u.name() + ":" + u.access().toString().charAt(0))
                .collect(Collectors.joining(" ")) : "";
        assertThat(actual).isEqualTo(expected.replace("''", ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "SELECT 1|true",
            "  (select id from t)|true",
            "/* report */ WITH x AS (SELECT 1) SELECT * FROM x|true",
            "merge into t using s on (1=1)|true",
            "Selected items|false",
            "Select a product|false",
            "from Order o|false",
            "Order not found|false",
            "''|false",
    })
    void recognisesSqlOnlyByItsFirstKeyword(String text, boolean sql) {
        assertThat(SqlTables.looksLikeSql(text)).isEqualTo(sql);
    }
}
