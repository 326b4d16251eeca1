-- The autumn term 2024 of the Ashgrove Adult Education Centre's evening classes.
-- Ids are given; new rows are numbered from 100 (see the end).

INSERT INTO subject (id, name) VALUES (1, 'Languages');
INSERT INTO subject (id, name) VALUES (2, 'Arts and Crafts');
INSERT INTO subject (id, name) VALUES (3, 'Computing');
INSERT INTO subject (id, name) VALUES (4, 'Cookery');
INSERT INTO subject (id, name) VALUES (5, 'Music');
INSERT INTO subject (id, name) VALUES (6, 'Wellbeing');

INSERT INTO room (id, name, capacity) VALUES (1, 'Room 3', 16);
INSERT INTO room (id, name, capacity) VALUES (2, 'Art Studio', 10);
INSERT INTO room (id, name, capacity) VALUES (3, 'IT Suite', 14);
INSERT INTO room (id, name, capacity) VALUES (4, 'Teaching Kitchen', 8);
INSERT INTO room (id, name, capacity) VALUES (5, 'Music Room', 12);
INSERT INTO room (id, name, capacity) VALUES (6, 'Main Hall', 30);

INSERT INTO tutor (id, first_name, last_name, email, specialism) VALUES (1, 'Isabel', 'Moreno', 'i.moreno@ashgrove-ace.org.uk', 'Spanish');
INSERT INTO tutor (id, first_name, last_name, email, specialism) VALUES (2, 'Claire', 'Dubois', 'c.dubois@ashgrove-ace.org.uk', 'French');
INSERT INTO tutor (id, first_name, last_name, email, specialism) VALUES (3, 'Tom', 'Hadley', 't.hadley@ashgrove-ace.org.uk', 'Drawing and painting');
INSERT INTO tutor (id, first_name, last_name, email, specialism) VALUES (4, 'Priya', 'Nair', 'p.nair@ashgrove-ace.org.uk', 'Office software');
INSERT INTO tutor (id, first_name, last_name, email, specialism) VALUES (5, 'Anjali', 'Shah', 'a.shah@ashgrove-ace.org.uk', 'Indian cookery');
INSERT INTO tutor (id, first_name, last_name, email, specialism) VALUES (6, 'Gareth', 'Lloyd', 'g.lloyd@ashgrove-ace.org.uk', 'Guitar');
INSERT INTO tutor (id, first_name, last_name, email, specialism) VALUES (7, 'Ruth', 'Ellison', 'r.ellison@ashgrove-ace.org.uk', 'Yoga');

INSERT INTO course (id, code, title, description, subject_id, tutor_id, room_id, weekday, start_time, start_date, weeks, places, fee, materials_fee)
  VALUES (1, 'LAN-101', 'Spanish for Beginners', 'Greetings, numbers, ordering food and asking the way. No Spanish needed.', 1, 1, 1, 'MONDAY', TIME '19:00:00', DATE '2024-09-09', 10, 16, 120.00, 0.00);
INSERT INTO course (id, code, title, description, subject_id, tutor_id, room_id, weekday, start_time, start_date, weeks, places, fee, materials_fee)
  VALUES (2, 'LAN-102', 'Conversational Spanish', 'For learners with a year of Spanish: everyday conversation, a little grammar.', 1, 1, 1, 'WEDNESDAY', TIME '19:00:00', DATE '2024-09-11', 10, 12, 120.00, 0.00);
INSERT INTO course (id, code, title, description, subject_id, tutor_id, room_id, weekday, start_time, start_date, weeks, places, fee, materials_fee)
  VALUES (3, 'LAN-110', 'French: Improvers', 'Past and future tenses, reading short articles, talking about plans.', 1, 2, 1, 'TUESDAY', TIME '18:30:00', DATE '2024-09-10', 10, 14, 120.00, 0.00);
INSERT INTO course (id, code, title, description, subject_id, tutor_id, room_id, weekday, start_time, start_date, weeks, places, fee, materials_fee)
  VALUES (4, 'ART-201', 'Watercolour Landscapes', 'Washes, skies and trees. Paper and paints are included in the materials fee.', 2, 3, 2, 'THURSDAY', TIME '19:00:00', DATE '2024-09-12', 8, 10, 96.00, 12.00);
INSERT INTO course (id, code, title, description, subject_id, tutor_id, room_id, weekday, start_time, start_date, weeks, places, fee, materials_fee)
  VALUES (5, 'ART-205', 'Life Drawing', 'Drawing from a live model in charcoal and pencil. Small group around one model stand.', 2, 3, 2, 'MONDAY', TIME '19:00:00', DATE '2024-09-09', 10, 4, 110.00, 8.00);
INSERT INTO course (id, code, title, description, subject_id, tutor_id, room_id, weekday, start_time, start_date, weeks, places, fee, materials_fee)
  VALUES (6, 'COM-301', 'Computers for the Terrified', 'Mouse, keyboard, e-mail and staying safe online, at your own pace.', 3, 4, 3, 'TUESDAY', TIME '19:00:00', DATE '2024-09-10', 6, 14, 60.00, 0.00);
INSERT INTO course (id, code, title, description, subject_id, tutor_id, room_id, weekday, start_time, start_date, weeks, places, fee, materials_fee)
  VALUES (7, 'COM-320', 'Excel: Beyond the Basics', 'Formulas, lookups, pivot tables and charts for work or the household budget.', 3, 4, 3, 'THURSDAY', TIME '18:30:00', DATE '2024-09-12', 6, 14, 72.00, 0.00);
INSERT INTO course (id, code, title, description, subject_id, tutor_id, room_id, weekday, start_time, start_date, weeks, places, fee, materials_fee)
  VALUES (8, 'COO-401', 'Indian Vegetarian Cookery', 'Dals, breads and vegetable curries; you take home what you cook.', 4, 5, 4, 'WEDNESDAY', TIME '18:30:00', DATE '2024-09-18', 5, 8, 85.00, 25.00);
INSERT INTO course (id, code, title, description, subject_id, tutor_id, room_id, weekday, start_time, start_date, weeks, places, fee, materials_fee)
  VALUES (9, 'MUS-501', 'Guitar for Beginners', 'Chords, strumming and your first songs. Bring an acoustic guitar.', 5, 6, 5, 'MONDAY', TIME '19:30:00', DATE '2024-09-16', 10, 10, 115.00, 0.00);
INSERT INTO course (id, code, title, description, subject_id, tutor_id, room_id, weekday, start_time, start_date, weeks, places, fee, materials_fee)
  VALUES (10, 'WEL-601', 'Gentle Yoga', 'Stretching, balance and relaxation for all abilities. Bring a mat.', 6, 7, 6, 'TUESDAY', TIME '18:00:00', DATE '2024-09-10', 10, 20, 75.00, 0.00);

INSERT INTO learner (id, first_name, last_name, date_of_birth, email, telephone, street, town, postcode, concession)
  VALUES (1, 'Margaret', 'Fielding', DATE '1951-03-14', 'm.fielding@example.org', '01632 960101', '4 Orchard Close', 'Ashgrove', 'AG1 4RT', 'OVER_60');
INSERT INTO learner (id, first_name, last_name, date_of_birth, email, telephone, street, town, postcode, concession)
  VALUES (2, 'David', 'Okonkwo', DATE '1985-07-02', 'david.okonkwo@example.com', '07700 900202', '17 Mill Lane', 'Ashgrove', 'AG2 7HN', 'NONE');
INSERT INTO learner (id, first_name, last_name, date_of_birth, email, telephone, street, town, postcode, concession)
  VALUES (3, 'Sunita', 'Patel', DATE '1979-11-23', 'sunita.patel@example.net', '01632 960303', '9 Station Road', 'Brindley', 'AG5 2QP', 'NONE');
INSERT INTO learner (id, first_name, last_name, date_of_birth, email, telephone, street, town, postcode, concession)
  VALUES (4, 'James', 'Whitaker', DATE '1990-01-30', 'jwhitaker@example.com', '07700 900404', 'Flat 2, 33 High Street', 'Ashgrove', 'AG1 1AA', 'BENEFITS');
INSERT INTO learner (id, first_name, last_name, date_of_birth, email, telephone, street, town, postcode, concession)
  VALUES (5, 'Eleanor', 'Hughes', DATE '1958-05-05', 'eleanor.hughes@example.org', '01632 960505', 'The Old Forge, Church Walk', 'Little Ashby', 'AG8 3LD', 'OVER_60');
INSERT INTO learner (id, first_name, last_name, date_of_birth, email, telephone, street, town, postcode, concession)
  VALUES (6, 'Kwame', 'Mensah', DATE '1988-09-12', 'kwame.mensah@example.com', '07700 900606', '51 Canal Street', 'Ashgrove', 'AG2 5EX', 'NONE');
INSERT INTO learner (id, first_name, last_name, date_of_birth, email, telephone, street, town, postcode, concession)
  VALUES (7, 'Lucy', 'Brennan', DATE '1995-02-17', 'lucy.b@example.net', '07700 900707', '12 Willow Court', 'Brindley', 'AG5 9TW', 'BENEFITS');
INSERT INTO learner (id, first_name, last_name, date_of_birth, email, telephone, street, town, postcode, concession)
  VALUES (8, 'Peter', 'Lindqvist', DATE '1962-12-01', 'p.lindqvist@example.org', '01632 960808', '6 Beacon View', 'Ashgrove', 'AG3 6SJ', 'OVER_60');

INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (1, 2, 1, DATE '2024-08-19', 'NONE', 120.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (2, 7, 1, DATE '2024-08-27', 'BENEFITS', 60.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (3, 1, 2, DATE '2024-08-12', 'OVER_60', 96.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (4, 5, 2, DATE '2024-08-12', 'OVER_60', 96.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (5, 8, 2, DATE '2024-08-20', 'OVER_60', 96.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (6, 3, 2, DATE '2024-08-14', 'NONE', 120.00, 'CANCELLED', DATE '2024-08-30', 110.00);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (7, 8, 3, DATE '2024-08-21', 'OVER_60', 96.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (8, 1, 4, DATE '2024-08-12', 'OVER_60', 88.80, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (9, 5, 4, DATE '2024-08-13', 'OVER_60', 88.80, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (10, 1, 5, DATE '2024-08-12', 'OVER_60', 96.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (11, 3, 5, DATE '2024-08-14', 'NONE', 118.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (12, 5, 5, DATE '2024-08-13', 'OVER_60', 96.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (13, 6, 5, DATE '2024-08-22', 'NONE', 118.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (14, 4, 6, DATE '2024-08-15', 'BENEFITS', 30.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (15, 3, 7, DATE '2024-08-14', 'NONE', 72.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (16, 6, 7, DATE '2024-08-22', 'NONE', 72.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (17, 2, 8, DATE '2024-08-19', 'NONE', 110.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (18, 3, 8, DATE '2024-08-14', 'NONE', 110.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (19, 7, 8, DATE '2024-08-27', 'BENEFITS', 67.50, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (20, 6, 9, DATE '2024-08-22', 'NONE', 115.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (21, 1, 10, DATE '2024-08-12', 'OVER_60', 60.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (22, 5, 10, DATE '2024-08-13', 'OVER_60', 60.00, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (23, 7, 10, DATE '2024-08-27', 'BENEFITS', 37.50, 'ENROLLED', NULL, NULL);
INSERT INTO enrolment (id, learner_id, course_id, enrolled_on, concession, fee_charged, status, cancelled_on, refund_due)
  VALUES (24, 8, 10, DATE '2024-08-20', 'OVER_60', 60.00, 'ENROLLED', NULL, NULL);

ALTER TABLE subject ALTER COLUMN id RESTART WITH 100;
ALTER TABLE room ALTER COLUMN id RESTART WITH 100;
ALTER TABLE tutor ALTER COLUMN id RESTART WITH 100;
ALTER TABLE course ALTER COLUMN id RESTART WITH 100;
ALTER TABLE learner ALTER COLUMN id RESTART WITH 100;
ALTER TABLE enrolment ALTER COLUMN id RESTART WITH 100;
