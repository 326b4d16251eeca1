-- Seed data of the demo/training installation (the clock is pinned to 2025-03-03 08:00).

INSERT INTO specialty (id, code, name, slot_minutes) VALUES (1, 'PHYSIO', 'Physiotherapy', 30);
INSERT INTO specialty (id, code, name, slot_minutes) VALUES (2, 'OSTEO', 'Osteopathy', 45);
INSERT INTO specialty (id, code, name, slot_minutes) VALUES (3, 'SPORTS', 'Sports massage', 60);
INSERT INTO specialty (id, code, name, slot_minutes) VALUES (4, 'PODIATRY', 'Podiatry', 20);

INSERT INTO practitioner (id, title, first_name, last_name, specialty_id, active) VALUES (1, 'drs.', 'Anna', 'Visser', 1, TRUE);
INSERT INTO practitioner (id, title, first_name, last_name, specialty_id, active) VALUES (2, NULL, 'Mark', 'de Boer', 1, TRUE);
INSERT INTO practitioner (id, title, first_name, last_name, specialty_id, active) VALUES (3, 'dr.', 'Leila', 'Haddad', 2, TRUE);
INSERT INTO practitioner (id, title, first_name, last_name, specialty_id, active) VALUES (4, NULL, 'Tom', 'Jansen', 3, TRUE);
INSERT INTO practitioner (id, title, first_name, last_name, specialty_id, active) VALUES (5, NULL, 'Ruud', 'Kok', 4, FALSE);

INSERT INTO patient (id, first_name, last_name, date_of_birth, email, phone, insurance_number, created_at)
    VALUES (1, 'Emma', 'Bakker', '1988-05-14', 'emma.bakker@example.nl', '+31612345678', '123456782', '2023-09-01 10:00:00');
INSERT INTO patient (id, first_name, last_name, date_of_birth, email, phone, insurance_number, created_at)
    VALUES (2, 'Lucas', 'Smit', '1975-11-02', 'l.smit@example.nl', '+31623456789', '234567891', '2024-01-15 09:30:00');
INSERT INTO patient (id, first_name, last_name, date_of_birth, email, phone, insurance_number, created_at)
    VALUES (3, 'Sophie', 'Mulder', '1992-02-29', NULL, '+31634567890', '345678900', '2024-06-20 14:10:00');
INSERT INTO patient (id, first_name, last_name, date_of_birth, email, phone, insurance_number, created_at)
    VALUES (4, 'Daan', 'Meijer', '2001-07-30', 'daan@example.nl', '+31645678901', NULL, '2025-02-10 16:45:00');

-- Tuesday 4 March: Anna Visser 08:00-12:00 (slots 1-8), Leila Haddad 13:00-16:00 (slots 9-12)
INSERT INTO schedule (id, practitioner_id, work_date, room) VALUES (1, 1, '2025-03-04', 'R1');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (1, 1, '2025-03-04 08:00:00', '2025-03-04 08:30:00', 'FREE');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (2, 1, '2025-03-04 08:30:00', '2025-03-04 09:00:00', 'BOOKED');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (3, 1, '2025-03-04 09:00:00', '2025-03-04 09:30:00', 'FREE');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (4, 1, '2025-03-04 09:30:00', '2025-03-04 10:00:00', 'FREE');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (5, 1, '2025-03-04 10:00:00', '2025-03-04 10:30:00', 'BLOCKED');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (6, 1, '2025-03-04 10:30:00', '2025-03-04 11:00:00', 'FREE');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (7, 1, '2025-03-04 11:00:00', '2025-03-04 11:30:00', 'FREE');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (8, 1, '2025-03-04 11:30:00', '2025-03-04 12:00:00', 'FREE');
INSERT INTO schedule (id, practitioner_id, work_date, room) VALUES (2, 3, '2025-03-04', 'R3');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (9, 2, '2025-03-04 13:00:00', '2025-03-04 13:45:00', 'FREE');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (10, 2, '2025-03-04 13:45:00', '2025-03-04 14:30:00', 'FREE');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (11, 2, '2025-03-04 14:30:00', '2025-03-04 15:15:00', 'FREE');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (12, 2, '2025-03-04 15:15:00', '2025-03-04 16:00:00', 'FREE');
-- Wednesday 5 March: Mark de Boer 09:00-11:00 (slots 13-16)
INSERT INTO schedule (id, practitioner_id, work_date, room) VALUES (3, 2, '2025-03-05', 'R2');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (13, 3, '2025-03-05 09:00:00', '2025-03-05 09:30:00', 'FREE');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (14, 3, '2025-03-05 09:30:00', '2025-03-05 10:00:00', 'FREE');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (15, 3, '2025-03-05 10:00:00', '2025-03-05 10:30:00', 'FREE');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (16, 3, '2025-03-05 10:30:00', '2025-03-05 11:00:00', 'FREE');
-- Monday 24 February (history): Anna Visser and Leila Haddad
INSERT INTO schedule (id, practitioner_id, work_date, room) VALUES (4, 1, '2025-02-24', 'R1');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (17, 4, '2025-02-24 09:00:00', '2025-02-24 09:30:00', 'BOOKED');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (18, 4, '2025-02-24 09:30:00', '2025-02-24 10:00:00', 'BOOKED');
INSERT INTO schedule (id, practitioner_id, work_date, room) VALUES (5, 3, '2025-02-24', 'R3');
INSERT INTO slot (id, schedule_id, starts_at, ends_at, status) VALUES (19, 5, '2025-02-24 13:00:00', '2025-02-24 13:45:00', 'BOOKED');

INSERT INTO appointment (id, patient_id, slot_id, visit_type, reason, status, booked_at)
    VALUES (1, 1, 2, 'FOLLOW_UP', 'Knee, week 6 after surgery', 'BOOKED', '2025-02-24 09:35:00');
INSERT INTO appointment (id, patient_id, slot_id, visit_type, reason, status, booked_at)
    VALUES (2, 3, 17, 'FIRST_VISIT', 'Lower back pain', 'ATTENDED', '2025-02-17 11:02:00');
INSERT INTO appointment (id, patient_id, slot_id, visit_type, reason, status, booked_at)
    VALUES (3, 2, 18, 'FOLLOW_UP', NULL, 'ATTENDED', '2025-02-10 08:15:00');
INSERT INTO appointment (id, patient_id, slot_id, visit_type, reason, status, booked_at)
    VALUES (4, 2, 19, 'FIRST_VISIT', 'Neck and shoulder', 'ATTENDED', '2025-02-11 17:40:00');

-- Sophie Mulder's January invoice is overdue (due 2 March): she cannot book until it is paid.
INSERT INTO invoice (id, patient_id, period, invoice_no, status, issued_on, due_on, paid_on, total)
    VALUES (1, 3, '2025-01', 'INV-2025-1031', 'ISSUED', '2025-01-31', '2025-03-02', NULL, 45.00);
INSERT INTO invoice_line (id, invoice_id, appointment_id, description, amount)
    VALUES (1, 1, NULL, 'Follow-up visit 14-01-2025 (imported)', 45.00);
INSERT INTO invoice (id, patient_id, period, invoice_no, status, issued_on, due_on, paid_on, total)
    VALUES (2, 3, '2025-02', NULL, 'OPEN', NULL, NULL, NULL, 68.00);
INSERT INTO invoice_line (id, invoice_id, appointment_id, description, amount)
    VALUES (2, 2, 2, 'First visit 24-02-2025 09:00 - Physiotherapy, drs. Anna Visser', 68.00);
INSERT INTO invoice (id, patient_id, period, invoice_no, status, issued_on, due_on, paid_on, total)
    VALUES (3, 2, '2025-02', NULL, 'OPEN', NULL, NULL, NULL, 113.00);
INSERT INTO invoice_line (id, invoice_id, appointment_id, description, amount)
    VALUES (3, 3, 3, 'Follow-up visit 24-02-2025 09:30 - Physiotherapy, drs. Anna Visser', 45.00);
INSERT INTO invoice_line (id, invoice_id, appointment_id, description, amount)
    VALUES (4, 3, 4, 'First visit 24-02-2025 13:00 - Osteopathy, dr. Leila Haddad', 68.00);
INSERT INTO invoice (id, patient_id, period, invoice_no, status, issued_on, due_on, paid_on, total)
    VALUES (4, 1, '2025-03', NULL, 'OPEN', NULL, NULL, NULL, 45.00);
INSERT INTO invoice_line (id, invoice_id, appointment_id, description, amount)
    VALUES (5, 4, 1, 'Follow-up visit 04-03-2025 08:30 - Physiotherapy, drs. Anna Visser', 45.00);

ALTER TABLE practitioner ALTER COLUMN id RESTART WITH 100;
ALTER TABLE patient ALTER COLUMN id RESTART WITH 100;
ALTER TABLE schedule ALTER COLUMN id RESTART WITH 100;
ALTER TABLE slot ALTER COLUMN id RESTART WITH 100;
ALTER TABLE appointment ALTER COLUMN id RESTART WITH 100;
ALTER TABLE invoice ALTER COLUMN id RESTART WITH 100;
ALTER TABLE invoice_line ALTER COLUMN id RESTART WITH 100;
