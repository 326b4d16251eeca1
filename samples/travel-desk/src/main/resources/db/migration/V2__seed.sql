-- Reference data and a few bookings from the old system

INSERT INTO destination (code, name, country) VALUES ('KYO', 'Kyoto', 'Japan');
INSERT INTO destination (code, name, country) VALUES ('LIS', 'Lisbon', 'Portugal');
INSERT INTO destination (code, name, country) VALUES ('LON', 'London', 'United Kingdom');
INSERT INTO destination (code, name, country) VALUES ('MRK', 'Marrakesh', 'Morocco');
INSERT INTO destination (code, name, country) VALUES ('REK', 'Reykjavik', 'Iceland');

INSERT INTO trip (code, title, destination_id, price_amount, price_currency, seats_total, seats_available, departure_date, duration_days)
VALUES ('KYO-TEMPLE-10', 'Temples and gardens of Kyoto', (SELECT id FROM destination WHERE code = 'KYO'), 3450.00, 'EUR', 10, 9, DATE '2025-04-02', 10);
INSERT INTO trip (code, title, destination_id, price_amount, price_currency, seats_total, seats_available, departure_date, duration_days)
VALUES ('LIS-CITY-5', 'Lisbon city break', (SELECT id FROM destination WHERE code = 'LIS'), 690.00, 'EUR', 20, 18, DATE '2025-05-10', 5);
INSERT INTO trip (code, title, destination_id, price_amount, price_currency, seats_total, seats_available, departure_date, duration_days)
VALUES ('LIS-SURF-7', 'Surf week in Ericeira', (SELECT id FROM destination WHERE code = 'LIS'), 1150.00, 'EUR', 12, 12, DATE '2025-06-14', 7);
INSERT INTO trip (code, title, destination_id, price_amount, price_currency, seats_total, seats_available, departure_date, duration_days)
VALUES ('LON-THEATRE-4', 'West End weekend', (SELECT id FROM destination WHERE code = 'LON'), 840.00, 'GBP', 24, 24, DATE '2025-03-20', 4);
INSERT INTO trip (code, title, destination_id, price_amount, price_currency, seats_total, seats_available, departure_date, duration_days)
VALUES ('MRK-DESERT-8', 'Atlas mountains and the desert', (SELECT id FROM destination WHERE code = 'MRK'), 1290.00, 'EUR', 2, 2, DATE '2025-10-03', 8);
INSERT INTO trip (code, title, destination_id, price_amount, price_currency, seats_total, seats_available, departure_date, duration_days)
VALUES ('REK-AURORA-6', 'Northern lights of Iceland', (SELECT id FROM destination WHERE code = 'REK'), 1890.00, 'EUR', 16, 16, DATE '2025-11-21', 6);

INSERT INTO customer (first_name, last_name, email, phone) VALUES ('Ada', 'Lovelace', 'ada@example.com', '+44 20 7946 0001');
INSERT INTO customer (first_name, last_name, email, phone) VALUES ('Grace', 'Hopper', 'grace@example.com', '+1 202 555 0143');
INSERT INTO customer (first_name, last_name, email, phone) VALUES ('Alan', 'Turing', 'alan@example.com', NULL);

INSERT INTO booking (reference, trip_id, customer_id, travellers, total_amount, total_currency, status, booked_at)
VALUES ('TD-00001', (SELECT id FROM trip WHERE code = 'LIS-CITY-5'), (SELECT id FROM customer WHERE email = 'ada@example.com'),
        2, 1380.00, 'EUR', 'CONFIRMED', TIMESTAMP '2024-11-02 10:15:00');
INSERT INTO booking (reference, trip_id, customer_id, travellers, total_amount, total_currency, status, booked_at)
VALUES ('TD-00002', (SELECT id FROM trip WHERE code = 'KYO-TEMPLE-10'), (SELECT id FROM customer WHERE email = 'grace@example.com'),
        1, 3450.00, 'EUR', 'CONFIRMED', TIMESTAMP '2024-11-05 16:40:00');
INSERT INTO booking (reference, trip_id, customer_id, travellers, total_amount, total_currency, status, booked_at)
VALUES ('TD-00003', (SELECT id FROM trip WHERE code = 'REK-AURORA-6'), (SELECT id FROM customer WHERE email = 'alan@example.com'),
        2, 3780.00, 'EUR', 'CANCELLED', TIMESTAMP '2024-11-09 09:05:00');

INSERT INTO payment (booking_id, amount, currency, method, status, card_last4, created_at)
VALUES ((SELECT id FROM booking WHERE reference = 'TD-00001'), 1380.00, 'EUR', 'CARD', 'CAPTURED', '4242', TIMESTAMP '2024-11-02 10:15:02');
INSERT INTO payment (booking_id, amount, currency, method, status, card_last4, created_at)
VALUES ((SELECT id FROM booking WHERE reference = 'TD-00002'), 3450.00, 'EUR', 'BANK_TRANSFER', 'CAPTURED', NULL, TIMESTAMP '2024-11-05 16:40:01');
INSERT INTO payment (booking_id, amount, currency, method, status, card_last4, created_at)
VALUES ((SELECT id FROM booking WHERE reference = 'TD-00003'), 3780.00, 'EUR', 'CARD', 'REFUNDED', '1881', TIMESTAMP '2024-11-09 09:05:03');
