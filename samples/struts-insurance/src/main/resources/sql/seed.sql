-- Training data: the office as it stood on the processing date of the training server (03/15/2024).

INSERT INTO staff_user (id, username, password_hash, full_name, role, authority_limit, active) VALUES
  (1, 'mkowalski',  'f6080b3635d08886bdbcc2751780fd81', 'Marta Kowalski', 'CLAIMS',      5000.00, 'Y'),
  (2, 'tnguyen',    'c207d7c56bdaee4d0e948181e8d3ca29', 'Tom Nguyen',     'CLAIMS',      2500.00, 'Y'),
  (3, 'dbrennan',   '85d58d28622f00c7d9d6a485e1310b00', 'Dan Brennan',    'UNDERWRITER',    0.00, 'Y'),
  (4, 'sokafor',    '821a80c694f8552ccc4c6ff2844ee310', 'Sade Okafor',    'ACCOUNTS',       0.00, 'Y'),
  (5, 'jlindqvist', '183fd0fbc3854efaaad5bedf291e10e3', 'Jean Lindqvist', 'SUPERVISOR', 50000.00, 'Y'),
  (6, 'rpatel',     '35d56522e35e4eb89c817018b48fac14', 'Raj Patel',      'CLAIMS',      5000.00, 'N');

INSERT INTO cover_type (code, product, name, rate_per_mille, flat_premium, sort_order) VALUES
  ('HOME_BLDG', 'HOME', 'Dwelling',                   2.4000,   0.00, 1),
  ('HOME_CONT', 'HOME', 'Personal property',          3.1000,   0.00, 2),
  ('HOME_LIAB', 'HOME', 'Personal liability',         0.0000,  48.00, 3),
  ('AUTO_LIAB', 'AUTO', 'Liability (bodily injury and property damage)', 0.0000, 410.00, 1),
  ('AUTO_COLL', 'AUTO', 'Collision',                 38.0000,   0.00, 2),
  ('AUTO_COMP', 'AUTO', 'Comprehensive',             11.5000,   0.00, 3);

INSERT INTO policyholder (id, first_name, last_name, street, city, state, zip, phone, email, paperless) VALUES
  (1, 'Erik',   'Halvorsen', '1412 Lakeview Drive',  'Sheboygan',  'WI', '53081', '920-555-0131', 'erik.halvorsen@example.com', 'Y'),
  (2, 'Maria',  'Gonzalez',  '88 Elm Street',        'Kenosha',    'WI', '53140', '262-555-0177', 'mgonzalez@example.net',      'N'),
  (3, 'James',  'O''Connor', '301 Main Street',      'Racine',     'WI', '53403', '262-555-0102', NULL,                         'N'),
  (4, 'Priya',  'Shah',      '2250 N Prospect Ave',  'Milwaukee',  'WI', '53202', '414-555-0166', 'priya.shah@example.org',     'Y'),
  (5, 'Linda',  'Novak',     '17 Cherry Lane',       'Green Bay',  'WI', '54301', '920-555-0190', NULL,                         'N'),
  (6, 'Walter', 'Becker',    '640 Harbor Road',      'Manitowoc',  'WI', '54220', '920-555-0124', 'wbecker@example.com',        'N');

INSERT INTO policy (id, policy_no, policyholder_id, product, status, inception_date, expiry_date, annual_premium, payment_plan, cancelled_on, written_by) VALUES
  (41, 'HO-100041', 1, 'HOME', 'ACTIVE', DATE '2023-07-01', DATE '2024-06-30', 1163.04, 'MONTHLY', NULL, 'dbrennan'),
  (44, 'AU-100044', 2, 'AUTO', 'ACTIVE', DATE '2023-10-15', DATE '2024-10-14', 1598.00, 'ANNUAL', NULL, 'dbrennan'),
  (52, 'HO-100052', 3, 'HOME', 'ACTIVE', DATE '2024-01-01', DATE '2024-12-31', 738.00, 'MONTHLY', NULL, 'jlindqvist'),
  (57, 'HO-100057', 4, 'HOME', 'ACTIVE', DATE '2023-04-01', DATE '2024-03-31', 1300.05, 'ANNUAL', NULL, 'dbrennan'),
  (63, 'AU-100063', 5, 'AUTO', 'CANCELLED', DATE '2023-05-01', DATE '2024-04-30', 829.52, 'MONTHLY', DATE '2023-11-30', 'dbrennan'),
  (68, 'AU-100068', 6, 'AUTO', 'ACTIVE', DATE '2024-02-01', DATE '2025-01-31', 1844.51, 'MONTHLY', NULL, 'dbrennan');

INSERT INTO policy_cover (id, policy_id, cover_code, sum_insured, deductible, premium) VALUES
  (1, 41, 'HOME_BLDG', 350000.00, 1000.00, 772.80),
  (2, 41, 'HOME_CONT', 120000.00, 1000.00, 342.24),
  (3, 41, 'HOME_LIAB', 300000.00, 0.00, 48.00),
  (4, 44, 'AUTO_LIAB', 300000.00, 0.00, 410.00),
  (5, 44, 'AUTO_COLL', 24000.00, 500.00, 912.00),
  (6, 44, 'AUTO_COMP', 24000.00, 500.00, 276.00),
  (7, 52, 'HOME_BLDG', 210000.00, 500.00, 504.00),
  (8, 52, 'HOME_CONT', 60000.00, 500.00, 186.00),
  (9, 52, 'HOME_LIAB', 300000.00, 0.00, 48.00),
  (10, 57, 'HOME_BLDG', 420000.00, 2500.00, 856.80),
  (11, 57, 'HOME_CONT', 150000.00, 2500.00, 395.25),
  (12, 57, 'HOME_LIAB', 500000.00, 0.00, 48.00),
  (13, 63, 'AUTO_LIAB', 300000.00, 0.00, 410.00),
  (14, 63, 'AUTO_COLL', 12000.00, 1000.00, 419.52),
  (15, 68, 'AUTO_LIAB', 300000.00, 0.00, 410.00),
  (16, 68, 'AUTO_COLL', 31500.00, 1000.00, 1101.24),
  (17, 68, 'AUTO_COMP', 31500.00, 1000.00, 333.27);

INSERT INTO instalment (id, policy_id, seq, due_date, amount, paid_amount, status) VALUES
  (1, 41, 1, DATE '2023-07-01', 99.92, 99.92, 'PAID'),
  (2, 41, 2, DATE '2023-08-01', 99.92, 99.92, 'PAID'),
  (3, 41, 3, DATE '2023-09-01', 99.92, 99.92, 'PAID'),
  (4, 41, 4, DATE '2023-10-01', 99.92, 99.92, 'PAID'),
  (5, 41, 5, DATE '2023-11-01', 99.92, 99.92, 'PAID'),
  (6, 41, 6, DATE '2023-12-01', 99.92, 99.92, 'PAID'),
  (7, 41, 7, DATE '2024-01-01', 99.92, 99.92, 'PAID'),
  (8, 41, 8, DATE '2024-02-01', 99.92, 99.92, 'PAID'),
  (9, 41, 9, DATE '2024-03-01', 99.92, 99.92, 'PAID'),
  (10, 41, 10, DATE '2024-04-01', 99.92, 0.00, 'DUE'),
  (11, 41, 11, DATE '2024-05-01', 99.92, 0.00, 'DUE'),
  (12, 41, 12, DATE '2024-06-01', 99.92, 0.00, 'DUE'),
  (13, 44, 1, DATE '2023-10-15', 1598.00, 1598.00, 'PAID'),
  (14, 52, 1, DATE '2024-01-01', 64.50, 64.50, 'PAID'),
  (15, 52, 2, DATE '2024-02-01', 64.50, 0.00, 'DUE'),
  (16, 52, 3, DATE '2024-03-01', 64.50, 0.00, 'DUE'),
  (17, 52, 4, DATE '2024-04-01', 64.50, 0.00, 'DUE'),
  (18, 52, 5, DATE '2024-05-01', 64.50, 0.00, 'DUE'),
  (19, 52, 6, DATE '2024-06-01', 64.50, 0.00, 'DUE'),
  (20, 52, 7, DATE '2024-07-01', 64.50, 0.00, 'DUE'),
  (21, 52, 8, DATE '2024-08-01', 64.50, 0.00, 'DUE'),
  (22, 52, 9, DATE '2024-09-01', 64.50, 0.00, 'DUE'),
  (23, 52, 10, DATE '2024-10-01', 64.50, 0.00, 'DUE'),
  (24, 52, 11, DATE '2024-11-01', 64.50, 0.00, 'DUE'),
  (25, 52, 12, DATE '2024-12-01', 64.50, 0.00, 'DUE'),
  (26, 57, 1, DATE '2023-04-01', 1300.05, 1300.05, 'PAID'),
  (27, 63, 1, DATE '2023-05-01', 72.20, 72.20, 'PAID'),
  (28, 63, 2, DATE '2023-06-01', 72.12, 72.12, 'PAID'),
  (29, 63, 3, DATE '2023-07-01', 72.12, 72.12, 'PAID'),
  (30, 63, 4, DATE '2023-08-01', 72.12, 72.12, 'PAID'),
  (31, 63, 5, DATE '2023-09-01', 72.12, 72.12, 'PAID'),
  (32, 63, 6, DATE '2023-10-01', 72.12, 72.12, 'PAID'),
  (33, 63, 7, DATE '2023-11-01', 72.12, 72.12, 'PAID'),
  (34, 63, 8, DATE '2023-12-01', 72.12, 0.00, 'CANCELLED'),
  (35, 63, 9, DATE '2024-01-01', 72.12, 0.00, 'CANCELLED'),
  (36, 63, 10, DATE '2024-02-01', 72.12, 0.00, 'CANCELLED'),
  (37, 63, 11, DATE '2024-03-01', 72.12, 0.00, 'CANCELLED'),
  (38, 63, 12, DATE '2024-04-01', 72.12, 0.00, 'CANCELLED'),
  (39, 68, 1, DATE '2024-02-01', 156.81, 0.00, 'DUE'),
  (40, 68, 2, DATE '2024-03-01', 156.70, 0.00, 'DUE'),
  (41, 68, 3, DATE '2024-04-01', 156.70, 0.00, 'DUE'),
  (42, 68, 4, DATE '2024-05-01', 156.70, 0.00, 'DUE'),
  (43, 68, 5, DATE '2024-06-01', 156.70, 0.00, 'DUE'),
  (44, 68, 6, DATE '2024-07-01', 156.70, 0.00, 'DUE'),
  (45, 68, 7, DATE '2024-08-01', 156.70, 0.00, 'DUE'),
  (46, 68, 8, DATE '2024-09-01', 156.70, 0.00, 'DUE'),
  (47, 68, 9, DATE '2024-10-01', 156.70, 0.00, 'DUE'),
  (48, 68, 10, DATE '2024-11-01', 156.70, 0.00, 'DUE'),
  (49, 68, 11, DATE '2024-12-01', 156.70, 0.00, 'DUE'),
  (50, 68, 12, DATE '2025-01-01', 156.70, 0.00, 'DUE');

INSERT INTO premium_receipt (id, policy_id, received_on, amount, method, reference, recorded_by) VALUES
  (1, 41, DATE '2023-07-01', 99.92, 'EFT', 'EFT-41-1', 'sokafor'),
  (2, 41, DATE '2023-08-01', 99.92, 'EFT', 'EFT-41-2', 'sokafor'),
  (3, 41, DATE '2023-09-01', 99.92, 'EFT', 'EFT-41-3', 'sokafor'),
  (4, 41, DATE '2023-10-01', 99.92, 'EFT', 'EFT-41-4', 'sokafor'),
  (5, 41, DATE '2023-11-01', 99.92, 'EFT', 'EFT-41-5', 'sokafor'),
  (6, 41, DATE '2023-12-01', 99.92, 'EFT', 'EFT-41-6', 'sokafor'),
  (7, 41, DATE '2024-01-01', 99.92, 'EFT', 'EFT-41-7', 'sokafor'),
  (8, 41, DATE '2024-02-01', 99.92, 'EFT', 'EFT-41-8', 'sokafor'),
  (9, 41, DATE '2024-03-01', 99.92, 'EFT', 'EFT-41-9', 'sokafor'),
  (10, 44, DATE '2023-10-09', 1598.00, 'CHECK', 'CHK 1308', 'sokafor'),
  (11, 52, DATE '2024-01-01', 64.50, 'EFT', 'EFT-52-1', 'sokafor'),
  (12, 57, DATE '2023-03-26', 1300.05, 'CHECK', 'CHK 1399', 'sokafor'),
  (13, 63, DATE '2023-05-01', 72.20, 'EFT', 'EFT-63-1', 'sokafor'),
  (14, 63, DATE '2023-06-01', 72.12, 'EFT', 'EFT-63-2', 'sokafor'),
  (15, 63, DATE '2023-07-01', 72.12, 'EFT', 'EFT-63-3', 'sokafor'),
  (16, 63, DATE '2023-08-01', 72.12, 'EFT', 'EFT-63-4', 'sokafor'),
  (17, 63, DATE '2023-09-01', 72.12, 'EFT', 'EFT-63-5', 'sokafor'),
  (18, 63, DATE '2023-10-01', 72.12, 'EFT', 'EFT-63-6', 'sokafor'),
  (19, 63, DATE '2023-11-01', 72.12, 'EFT', 'EFT-63-7', 'sokafor');

INSERT INTO claim (id, claim_no, policy_id, cover_code, loss_date, reported_date, description, status, reserve_amount, handler_id) VALUES
  (11, 'CL-2023-00011', 44, 'AUTO_COLL', DATE '2023-12-02', DATE '2023-12-04', 'Rear-ended at a stop light on Sheridan Road, Kenosha; rear bumper and trunk lid.', 'CLOSED', 0.00, 1),
  (17, 'CL-2024-00017', 41, 'HOME_BLDG', DATE '2024-01-19', DATE '2024-01-22', 'Ice dam on the north roof; water came through the kitchen ceiling.', 'OPEN', 6000.00, 1),
  (19, 'CL-2024-00019', 52, 'HOME_CONT', DATE '2024-02-20', DATE '2024-02-21', 'Bicycle and power tools stolen from the detached garage; police report 24-01877.', 'OPEN', 1800.00, 1),
  (21, 'CL-2024-00021', 68, 'AUTO_COMP', DATE '2024-03-04', DATE '2024-03-05', 'Windshield cracked by road debris on I-43.', 'OPEN', 700.00, 2);

INSERT INTO claim_note (id, claim_id, written_by, written_at, note_text) VALUES
  (1, 11, 'mkowalski', TIMESTAMP '2023-12-05 09:12:00', 'Estimate from Kenosha Collision Center: $3,850.00. Other driver cited.'),
  (2, 11, 'mkowalski', TIMESTAMP '2024-01-10 15:40:00', 'Paid the body shop directly; subrogation file sent to counsel.'),
  (3, 17, 'mkowalski', TIMESTAMP '2024-01-23 10:05:00', 'Contractor estimate received: $7,250.00 for ceiling and cabinets.'),
  (4, 19, 'mkowalski', TIMESTAMP '2024-02-22 11:30:00', 'Waiting for receipts for the tools.');

INSERT INTO claim_payment (id, claim_id, payee, gross_amount, deductible_applied, net_amount, method, paid_on, approved_by) VALUES
  (1, 11, 'Kenosha Collision Center', 3850.00, 500.00, 3350.00, 'EFT', DATE '2024-01-10', 'mkowalski');
