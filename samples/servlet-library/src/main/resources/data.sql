-- Seed data. The training installation runs on a fixed date, 2024-03-15 (library.today).

INSERT INTO author (id, name, birth_year, nationality) VALUES (1, 'Frank Herbert', 1920, 'American');
INSERT INTO author (id, name, birth_year, nationality) VALUES (2, 'William Gibson', 1948, 'American-Canadian');
INSERT INTO author (id, name, birth_year, nationality) VALUES (3, 'Jane Austen', 1775, 'British');
INSERT INTO author (id, name, birth_year, nationality) VALUES (4, 'Toni Morrison', 1931, 'American');
INSERT INTO author (id, name, birth_year, nationality) VALUES (5, 'Astrid Lindgren', 1907, 'Swedish');

INSERT INTO book (id, isbn, title, author_id, publication_year, genre, added_on) VALUES (1, '9780441172719', 'Dune', 1, 1965, 'SCIENCE_FICTION', '2008-09-01');
INSERT INTO book (id, isbn, title, author_id, publication_year, genre, added_on) VALUES (2, '9780441569595', 'Neuromancer', 2, 1984, 'SCIENCE_FICTION', '2008-09-01');
INSERT INTO book (id, isbn, title, author_id, publication_year, genre, added_on) VALUES (3, '9780141439518', 'Pride and Prejudice', 3, 1813, 'CLASSICS', '2009-02-14');
INSERT INTO book (id, isbn, title, author_id, publication_year, genre, added_on) VALUES (4, '9781400033416', 'Beloved', 4, 1987, 'FICTION', '2010-06-21');
INSERT INTO book (id, isbn, title, author_id, publication_year, genre, added_on) VALUES (5, '9780670557455', 'Pippi Longstocking', 5, 1945, 'CHILDREN', '2011-03-03');
INSERT INTO book (id, isbn, title, author_id, publication_year, genre, added_on) VALUES (6, '9780441172696', 'Dune Messiah', 1, 1969, 'SCIENCE_FICTION', '2011-10-10');
INSERT INTO book (id, isbn, title, author_id, publication_year, genre, added_on) VALUES (7, '9780141439587', 'Emma', 3, 1815, 'CLASSICS', '2012-01-05');
INSERT INTO book (id, isbn, title, author_id, publication_year, genre, added_on) VALUES (8, '9780441117734', 'Count Zero', 2, 1986, 'SCIENCE_FICTION', '2012-04-30');

INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (1, 1, 'C-1001', 'AVAILABLE', 'SF-HER', '2008-09-01');
INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (2, 1, 'C-1002', 'ON_LOAN', 'SF-HER', '2008-09-01');
INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (3, 1, 'C-1003', 'ON_LOAN', 'SF-HER', '2010-01-15');
INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (4, 2, 'C-2001', 'ON_LOAN', 'SF-GIB', '2008-09-01');
INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (5, 3, 'C-3001', 'AVAILABLE', 'CL-AUS', '2009-02-14');
INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (6, 3, 'C-3002', 'AVAILABLE', 'CL-AUS', '2009-02-14');
INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (7, 4, 'C-4001', 'ON_LOAN', 'FI-MOR', '2010-06-21');
INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (8, 5, 'C-5001', 'ON_LOAN', 'CH-LIN', '2011-03-03');
INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (9, 5, 'C-5002', 'AVAILABLE', 'CH-LIN', '2011-03-03');
INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (10, 6, 'C-6001', 'AVAILABLE', 'SF-HER', '2011-10-10');
INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (11, 7, 'C-7001', 'LOST', 'CL-AUS', '2012-01-05');
INSERT INTO book_copy (id, book_id, barcode, status, shelf, acquired_on) VALUES (12, 8, 'C-8001', 'ON_LOAN', 'SF-GIB', '2012-04-30');

INSERT INTO member (id, card_number, first_name, last_name, email, member_type, status, joined_on, expires_on, balance_cents) VALUES (1, '29070000000018', 'Ada', 'Lovelace', 'ada@example.org', 'ADULT', 'ACTIVE', '2019-05-02', '2025-05-02', 0);
INSERT INTO member (id, card_number, first_name, last_name, email, member_type, status, joined_on, expires_on, balance_cents) VALUES (2, '29070000000026', 'Alan', 'Turing', 'alan@example.org', 'ADULT', 'ACTIVE', '2020-01-12', '2025-01-12', 0);
INSERT INTO member (id, card_number, first_name, last_name, email, member_type, status, joined_on, expires_on, balance_cents) VALUES (3, '29070000000034', 'Edsger', 'Dijkstra', 'edsger@example.org', 'STUDENT', 'ACTIVE', '2021-09-01', '2024-09-01', 1250);
INSERT INTO member (id, card_number, first_name, last_name, email, member_type, status, joined_on, expires_on, balance_cents) VALUES (4, '29070000000042', 'Barbara', 'Liskov', 'barbara@example.org', 'ADULT', 'SUSPENDED', '2018-03-03', '2025-03-03', 0);
INSERT INTO member (id, card_number, first_name, last_name, email, member_type, status, joined_on, expires_on, balance_cents) VALUES (5, '29070000000059', 'Tommy', 'Settergren', 'tommy@example.org', 'CHILD', 'ACTIVE', '2023-06-10', '2024-06-10', 0);
INSERT INTO member (id, card_number, first_name, last_name, email, member_type, status, joined_on, expires_on, balance_cents) VALUES (6, '29070000000067', 'Margaret', 'Hamilton', 'margaret@example.org', 'ADULT', 'ACTIVE', '2022-01-31', '2024-01-31', 0);

INSERT INTO loan (id, copy_id, member_id, loaned_on, due_on, returned_on, renewals, status) VALUES (1, 4, 1, '2024-02-28', '2024-03-20', NULL, 0, 'ACTIVE');
INSERT INTO loan (id, copy_id, member_id, loaned_on, due_on, returned_on, renewals, status) VALUES (2, 3, 2, '2024-02-09', '2024-03-01', NULL, 0, 'ACTIVE');
INSERT INTO loan (id, copy_id, member_id, loaned_on, due_on, returned_on, renewals, status) VALUES (3, 2, 3, '2024-02-20', '2024-03-19', NULL, 0, 'ACTIVE');
INSERT INTO loan (id, copy_id, member_id, loaned_on, due_on, returned_on, renewals, status) VALUES (4, 7, 1, '2024-03-01', '2024-03-22', NULL, 0, 'ACTIVE');
INSERT INTO loan (id, copy_id, member_id, loaned_on, due_on, returned_on, renewals, status) VALUES (5, 8, 5, '2024-02-25', '2024-03-22', NULL, 1, 'ACTIVE');
INSERT INTO loan (id, copy_id, member_id, loaned_on, due_on, returned_on, renewals, status) VALUES (6, 12, 1, '2024-02-18', '2024-03-09', NULL, 0, 'ACTIVE');
INSERT INTO loan (id, copy_id, member_id, loaned_on, due_on, returned_on, renewals, status) VALUES (7, 1, 2, '2024-01-05', '2024-01-26', '2024-01-30', 0, 'RETURNED');
INSERT INTO loan (id, copy_id, member_id, loaned_on, due_on, returned_on, renewals, status) VALUES (8, 5, 3, '2024-01-10', '2024-02-07', '2024-02-10', 0, 'RETURNED');
INSERT INTO loan (id, copy_id, member_id, loaned_on, due_on, returned_on, renewals, status) VALUES (9, 2, 1, '2023-12-01', '2023-12-22', '2023-12-20', 0, 'RETURNED');

INSERT INTO holiday (closed_on, name) VALUES ('2024-03-29', 'Good Friday');
INSERT INTO holiday (closed_on, name) VALUES ('2024-04-01', 'Easter Monday');
INSERT INTO holiday (closed_on, name) VALUES ('2024-05-27', 'Memorial Day');
INSERT INTO holiday (closed_on, name) VALUES ('2024-07-04', 'Independence Day');

INSERT INTO reservation (id, book_id, member_id, placed_on, status, copy_id, ready_until) VALUES (1, 4, 2, '2024-03-10', 'WAITING', NULL, NULL);

INSERT INTO fine (id, member_id, loan_id, amount_cents, reason, assessed_on, status) VALUES (1, 3, NULL, 800, 'LOST_ITEM', '2024-02-01', 'OPEN');
INSERT INTO fine (id, member_id, loan_id, amount_cents, reason, assessed_on, status) VALUES (2, 3, 8, 450, 'OVERDUE', '2024-02-10', 'OPEN');
INSERT INTO fine (id, member_id, loan_id, amount_cents, reason, assessed_on, status) VALUES (3, 1, NULL, 100, 'OVERDUE', '2023-11-02', 'PAID');

INSERT INTO payment (id, member_id, amount_cents, paid_on, method) VALUES (1, 1, 100, '2023-11-10', 'CASH');

ALTER TABLE author ALTER COLUMN id RESTART WITH 100;
ALTER TABLE book ALTER COLUMN id RESTART WITH 100;
ALTER TABLE book_copy ALTER COLUMN id RESTART WITH 100;
ALTER TABLE member ALTER COLUMN id RESTART WITH 100;
ALTER TABLE loan ALTER COLUMN id RESTART WITH 100;
ALTER TABLE reservation ALTER COLUMN id RESTART WITH 100;
ALTER TABLE fine ALTER COLUMN id RESTART WITH 100;
ALTER TABLE payment ALTER COLUMN id RESTART WITH 100;
ALTER TABLE notice ALTER COLUMN id RESTART WITH 100;
ALTER TABLE audit_log ALTER COLUMN id RESTART WITH 100;
