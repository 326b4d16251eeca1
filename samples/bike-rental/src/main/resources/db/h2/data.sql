INSERT INTO bike_types VALUES (default, 'city', 15.00);
INSERT INTO bike_types VALUES (default, 'mountain', 25.00);
INSERT INTO bike_types VALUES (default, 'e-bike', 35.00);
INSERT INTO bike_types VALUES (default, 'cargo', 45.00);

INSERT INTO bikes VALUES (default, 'Amsterdam Classic', 'CT-1001', 1, 'M', 'AVAILABLE', 0);
INSERT INTO bikes VALUES (default, 'Amsterdam Classic', 'CT-1002', 1, 'L', 'AVAILABLE', 1);
INSERT INTO bikes VALUES (default, 'Trailblazer 29', 'MT-2001', 2, 'L', 'AVAILABLE', 0);
INSERT INTO bikes VALUES (default, 'Trailblazer 27.5', 'MT-2002', 2, 'S', 'RENTED', 1);
INSERT INTO bikes VALUES (default, 'Volt Commuter', 'EB-3001', 3, 'M', 'AVAILABLE', 2);
INSERT INTO bikes VALUES (default, 'Volt Commuter', 'EB-3002', 3, 'L', 'IN_SERVICE', 3);
INSERT INTO bikes VALUES (default, 'Long John', 'CG-4001', 4, 'L', 'RENTED', 0);

INSERT INTO customers VALUES (default, 'Ada', 'Lovelace', 'ada@example.com', '+44 20 7946 0018', 'GOLD');
INSERT INTO customers VALUES (default, 'Grace', 'Hopper', 'grace@example.com', '+1 202 555 0143', 'SILVER');
INSERT INTO customers VALUES (default, 'Alan', 'Turing', 'alan@example.com', '+44 161 496 0754', 'NONE');
INSERT INTO customers VALUES (default, 'Katherine', 'Johnson', 'katherine@example.com', '+1 757 555 0101', 'NONE');

INSERT INTO rentals VALUES (default, 2, 4, DATE '2026-05-02', 3, 71.25, 'BOOKED');
INSERT INTO rentals VALUES (default, 1, 7, DATE '2026-05-04', 2, 81.00, 'BOOKED');
INSERT INTO rentals VALUES (default, 3, 2, DATE '2026-04-10', 1, 15.00, 'RETURNED');

INSERT INTO service_records VALUES (default, 6, DATE '2026-04-28', 'Inspection after 3 rentals', FALSE);
INSERT INTO service_records VALUES (default, 2, DATE '2026-03-15', 'Brake pads replaced', TRUE);
