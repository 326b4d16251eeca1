-- Seed data of the ACME shop. Rows are inserted in a fixed order so generated ids are stable:
-- categories 1-4, products 1-7, warehouses 1-3, customers 1-3, orders 1-2.

INSERT INTO shop_setting (setting_key, setting_value, description) VALUES
  ('tax.rate', '0.20', 'VAT rate on goods'),
  ('shipping.free-threshold', '100.00', 'Standard shipping is free from this goods value (after discount)'),
  ('notifications.sms.enabled', 'true', 'Send SMS in addition to e-mails'),
  ('reviews.require-purchase', 'true', 'Only buyers may review a product'),
  ('shop.name', 'ACME Shop', 'Name used in mails'),
  ('seq.ORD', '10000', 'Last order number'),
  ('seq.INV', '20000', 'Last invoice number');

INSERT INTO category (name, slug, description, parent_id) VALUES
  ('Books', 'books', 'Printed books', NULL),
  ('Electronics', 'electronics', 'Gadgets and devices', NULL),
  ('Home & Kitchen', 'home-kitchen', 'For the kitchen and living room', NULL);
INSERT INTO category (name, slug, description, parent_id) VALUES
  ('E-Readers', 'e-readers', 'Devices for reading', (SELECT id FROM category WHERE slug = 'electronics'));

INSERT INTO product (sku, name, description, brand, price, weight_grams, status) VALUES
  ('BK-001', 'Domain-Driven Design', 'Tackling complexity in the heart of software', 'Addison-Wesley', 54.90, 1200, 'ACTIVE'),
  ('BK-002', 'Refactoring', 'Improving the design of existing code', 'Addison-Wesley', 44.50, 900, 'ACTIVE'),
  ('EL-001', 'Noise Cancelling Headphones', 'Over-ear, 30 h battery', 'Sonar', 199.00, 350, 'ACTIVE'),
  ('EL-002', 'E-Reader Paperwhite', '7 inch, waterproof', 'Kindling', 129.00, 210, 'ACTIVE'),
  ('HK-001', 'Espresso Cups (set of 4)', 'Porcelain, 80 ml', 'Tazza', 24.90, 800, 'ACTIVE'),
  ('HK-002', 'Cast Iron Pan', '28 cm, pre-seasoned', 'Ferro', 39.00, 2600, 'ACTIVE'),
  ('BK-003', 'Legacy Code Handbook', 'Out of print', 'Prentice Hall', 29.99, 700, 'DISCONTINUED');

INSERT INTO product_category (product_id, category_id)
  SELECT p.id, c.id FROM product p, category c WHERE
     (p.sku IN ('BK-001', 'BK-002', 'BK-003') AND c.slug = 'books')
  OR (p.sku IN ('EL-001', 'EL-002') AND c.slug = 'electronics')
  OR (p.sku = 'EL-002' AND c.slug = 'e-readers')
  OR (p.sku IN ('HK-001', 'HK-002') AND c.slug = 'home-kitchen');

INSERT INTO warehouse (code, name, city, active) VALUES
  ('BER', 'Berlin Central', 'Berlin', TRUE),
  ('HAM', 'Hamburg North', 'Hamburg', TRUE),
  ('MUC', 'Munich South (closed)', 'Munich', FALSE);

INSERT INTO stock_item (product_id, warehouse_id, quantity_on_hand, quantity_reserved, reorder_level)
  SELECT p.id, w.id, v.qty, 0, v.reorder FROM (VALUES
    ('BK-001', 'BER', 40, 5), ('BK-001', 'HAM', 10, 5),
    ('BK-002', 'BER', 25, 5),
    ('EL-001', 'BER', 4, 2),
    ('EL-002', 'HAM', 12, 3),
    ('HK-001', 'BER', 60, 10), ('HK-001', 'HAM', 30, 10),
    ('HK-002', 'HAM', 8, 3), ('HK-002', 'MUC', 50, 3),
    ('BK-003', 'BER', 2, 0)
  ) AS v(sku, wh, qty, reorder)
  JOIN product p ON p.sku = v.sku JOIN warehouse w ON w.code = v.wh
  ORDER BY v.sku, v.wh;

INSERT INTO customer (email, first_name, last_name, phone, tier, loyalty_points, active) VALUES
  ('ada@example.com', 'Ada', 'Lovelace', '+49 30 1234567', 'GOLD', 2450, TRUE),
  ('grace@example.com', 'Grace', 'Hopper', NULL, 'STANDARD', 120, TRUE),
  ('alan@example.com', 'Alan', 'Turing', '+49 40 7654321', 'SILVER', 640, TRUE);

INSERT INTO cust_address (customer_id, street, city, zip, country, default_shipping)
  SELECT c.id, v.street, v.city, v.zip, 'DE', TRUE FROM (VALUES
    ('ada@example.com', 'Analytical St 1', 'Berlin', '10115'),
    ('grace@example.com', 'Compiler Way 7', 'Hamburg', '20095'),
    ('alan@example.com', 'Enigma Road 12', 'Munich', '80331')
  ) AS v(email, street, city, zip) JOIN customer c ON c.email = v.email
  ORDER BY c.id;

INSERT INTO customer_wishlist (customer_id, product_id)
  SELECT c.id, p.id FROM customer c, product p WHERE c.email = 'ada@example.com' AND p.sku = 'EL-001';

-- two delivered orders from last year (for reports and reviews)
INSERT INTO orders (order_number, customer_id, shipping_address_id, status, payment_method, carrier,
                    subtotal, discount, tax, shipping_cost, total, placed_at)
  SELECT 'ORD-9001', c.id, a.id, 'DELIVERED', 'CARD', 'DHL', 99.40, 9.94, 17.89, 8.50, 115.85,
         TIMESTAMP '2025-11-02 10:15:00'
  FROM customer c JOIN cust_address a ON a.customer_id = c.id WHERE c.email = 'ada@example.com';
INSERT INTO orders (order_number, customer_id, shipping_address_id, status, payment_method, carrier,
                    subtotal, discount, tax, shipping_cost, total, placed_at)
  SELECT 'ORD-9002', c.id, a.id, 'DELIVERED', 'INVOICE', 'UPS', 49.80, 2.49, 9.46, 7.50, 64.27,
         TIMESTAMP '2025-12-14 18:40:00'
  FROM customer c JOIN cust_address a ON a.customer_id = c.id WHERE c.email = 'alan@example.com';

INSERT INTO order_line (order_id, product_id, quantity, unit_price, line_total, warehouse_code)
  SELECT o.id, p.id, v.qty, p.price, v.total, v.wh FROM (VALUES
    ('ORD-9001', 'BK-001', 1, 54.90, 'BER'),
    ('ORD-9001', 'BK-002', 1, 44.50, 'BER'),
    ('ORD-9002', 'HK-001', 2, 49.80, 'HAM')
  ) AS v(num, sku, qty, total, wh)
  JOIN orders o ON o.order_number = v.num JOIN product p ON p.sku = v.sku
  ORDER BY v.num, v.sku;

INSERT INTO pay_transaction (order_id, amount, method, status, gateway_reference, card_last4)
  SELECT o.id, o.total, o.payment_method, 'CAPTURED',
         CASE WHEN o.payment_method = 'CARD' THEN 'AUTH-' || o.order_number || '-1111' ELSE 'BT-' || o.order_number END,
         CASE WHEN o.payment_method = 'CARD' THEN '1111' ELSE NULL END
  FROM orders o ORDER BY o.id;

INSERT INTO invoice (invoice_number, order_id, customer_id, net_amount, tax_amount, gross_amount, issued_on, due_on, paid)
  SELECT 'INV-' || SUBSTRING(o.order_number, 5), o.id, o.customer_id, o.total - o.tax, o.tax, o.total,
         CAST(o.placed_at AS DATE), DATEADD('DAY', 14, CAST(o.placed_at AS DATE)), TRUE
  FROM orders o ORDER BY o.id;

INSERT INTO shipment (order_id, warehouse_id, carrier, status, tracking_number, weight_grams, cost, ship_to)
  SELECT o.id, w.id, o.carrier, 'DELIVERED', 'SEED-' || o.order_number,
         CASE WHEN o.order_number = 'ORD-9001' THEN 2100 ELSE 1600 END, o.shipping_cost,
         a.street || ', ' || a.zip || ' ' || a.city || ', ' || a.country
  FROM orders o
  JOIN cust_address a ON a.id = o.shipping_address_id
  JOIN warehouse w ON w.code = CASE WHEN o.order_number = 'ORD-9001' THEN 'BER' ELSE 'HAM' END
  ORDER BY o.id;

INSERT INTO product_review (product_id, customer_id, rating, comment)
  SELECT p.id, c.id, 5, 'The blue book. Still relevant after twenty years.'
  FROM product p, customer c WHERE p.sku = 'BK-001' AND c.email = 'ada@example.com';

INSERT INTO notification_template (code, channel, subject, body) VALUES
  ('WELCOME', 'EMAIL', 'Welcome to ACME Shop, {{firstName}}!', 'Hi {{firstName}}, thanks for signing up.'),
  ('ORDER_CONFIRMATION', 'EMAIL', 'Your order {{orderNumber}}',
   'Hi {{firstName}}, we received your order {{orderNumber}} over {{total}}.'),
  ('ORDER_CONFIRMATION_SMS', 'SMS', 'Order {{orderNumber}}', 'ACME: order {{orderNumber}} received, total {{total}}.'),
  ('ORDER_CANCELLED', 'EMAIL', 'Order {{orderNumber}} cancelled',
   'Hi {{firstName}}, your order {{orderNumber}} was cancelled. Refunded: {{refunded}}.'),
  ('PAYMENT_RECEIVED', 'EMAIL', 'Payment received for {{orderNumber}}',
   'Hi {{firstName}}, we received your payment of {{total}}.'),
  ('SHIPMENT_DISPATCHED', 'EMAIL', 'Order {{orderNumber}} is on its way',
   'Hi {{firstName}}, {{carrier}} is bringing your parcel. Tracking: {{trackingNumber}}.'),
  ('STOCK_LOW', 'EMAIL', 'Low stock: {{sku}} in {{warehouse}}', 'Only {{available}} left of {{sku}} in {{warehouse}}.');
