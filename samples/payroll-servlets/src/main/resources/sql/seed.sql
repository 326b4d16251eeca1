-- Training data: the payroll office's "March 2024" test set. New rows get ids from 100.

INSERT INTO department (code, name, cost_centre) VALUES ('ENG', 'Engineering', 'CC-400');
INSERT INTO department (code, name, cost_centre) VALUES ('FIN', 'Finance', 'CC-200');
INSERT INTO department (code, name, cost_centre) VALUES ('HR', 'Human Resources', 'CC-100');
INSERT INTO department (code, name, cost_centre) VALUES ('PROD', 'Production', 'CC-500');
INSERT INTO department (code, name, cost_centre) VALUES ('SALES', 'Sales', 'CC-300');
INSERT INTO department (code, name, cost_centre) VALUES ('WH', 'Warehouse', 'CC-510');

INSERT INTO employee (id, payroll_no, first_name, last_name, email, dept_code, job_title, pay_type, annual_salary, hourly_rate, bank_sort_code, bank_account, start_date, end_date, status, leave_allowance)
  VALUES (1, 'E1001', 'Helen', 'Reyes', 'helen.reyes@northfield-mills.co.uk', 'HR', 'HR Manager', 'SALARIED', 52000.00, NULL, '20-45-77', '41920384', '2012-04-02', NULL, 'ACTIVE', 28);
INSERT INTO employee (id, payroll_no, first_name, last_name, email, dept_code, job_title, pay_type, annual_salary, hourly_rate, bank_sort_code, bank_account, start_date, end_date, status, leave_allowance)
  VALUES (2, 'E1002', 'Peter', 'Walsh', 'peter.walsh@northfield-mills.co.uk', 'FIN', 'Payroll Officer', 'SALARIED', 38500.00, NULL, '40-11-62', '73310925', '2015-09-01', NULL, 'ACTIVE', 25);
INSERT INTO employee (id, payroll_no, first_name, last_name, email, dept_code, job_title, pay_type, annual_salary, hourly_rate, bank_sort_code, bank_account, start_date, end_date, status, leave_allowance)
  VALUES (3, 'E1003', 'Aisha', 'Khan', 'aisha.khan@northfield-mills.co.uk', 'ENG', 'Production Engineer', 'SALARIED', 61200.00, NULL, '30-96-18', '10553872', '2018-01-08', NULL, 'ACTIVE', 25);
INSERT INTO employee (id, payroll_no, first_name, last_name, email, dept_code, job_title, pay_type, annual_salary, hourly_rate, bank_sort_code, bank_account, start_date, end_date, status, leave_allowance)
  VALUES (4, 'E1004', 'Tomasz', 'Nowak', NULL, 'PROD', 'Machine Operator', 'HOURLY', NULL, 17.40, '60-83-01', '28846150', '2019-06-17', NULL, 'ACTIVE', 25);
INSERT INTO employee (id, payroll_no, first_name, last_name, email, dept_code, job_title, pay_type, annual_salary, hourly_rate, bank_sort_code, bank_account, start_date, end_date, status, leave_allowance)
  VALUES (5, 'E1005', 'Grace', 'O''Neill', NULL, 'WH', 'Warehouse Operative', 'HOURLY', NULL, 15.80, '09-01-28', '66120457', '2021-02-01', NULL, 'ACTIVE', 25);
INSERT INTO employee (id, payroll_no, first_name, last_name, email, dept_code, job_title, pay_type, annual_salary, hourly_rate, bank_sort_code, bank_account, start_date, end_date, status, leave_allowance)
  VALUES (6, 'E1006', 'Daniel', 'Okafor', 'daniel.okafor@northfield-mills.co.uk', 'SALES', 'Sales Executive', 'SALARIED', 34000.00, NULL, '20-32-06', '90817263', '2022-03-14', NULL, 'ACTIVE', 25);
INSERT INTO employee (id, payroll_no, first_name, last_name, email, dept_code, job_title, pay_type, annual_salary, hourly_rate, bank_sort_code, bank_account, start_date, end_date, status, leave_allowance)
  VALUES (7, 'E1007', 'Maria', 'Rossi', 'maria.rossi@northfield-mills.co.uk', 'ENG', 'Engineering Director', 'SALARIED', 130000.00, NULL, '40-47-84', '55218830', '2010-11-01', NULL, 'ACTIVE', 30);
INSERT INTO employee (id, payroll_no, first_name, last_name, email, dept_code, job_title, pay_type, annual_salary, hourly_rate, bank_sort_code, bank_account, start_date, end_date, status, leave_allowance)
  VALUES (8, 'E0998', 'Frank', 'Miller', NULL, 'PROD', 'Shift Supervisor', 'HOURLY', NULL, 19.10, '60-83-01', '11002233', '2009-05-05', '2023-12-31', 'TERMINATED', 25);

INSERT INTO app_user (username, password_hash, role, employee_id)
  VALUES ('hreyes', 'fef49cc73d276c14c6a0b1227a597a38113c49311267063e3326985cc219c0ad', 'HR', 1);
INSERT INTO app_user (username, password_hash, role, employee_id)
  VALUES ('pwalsh', '8745eb239c150abd3c40430944c40468e850417448f4973f3b7cfbb418700b54', 'PAYROLL', 2);

-- February 2024 (paid in run 1)
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (1, 4, '2024-02-05', 40.00, 2.00, 'PAID', '2024-02-09 16:05:00', 'hreyes', 1);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (2, 4, '2024-02-12', 40.00, 0.00, 'PAID', '2024-02-16 15:58:00', 'hreyes', 1);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (3, 4, '2024-02-19', 40.00, 3.50, 'PAID', '2024-02-23 16:20:00', 'hreyes', 1);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (4, 4, '2024-02-26', 40.00, 0.00, 'PAID', '2024-03-01 16:01:00', 'hreyes', 1);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (5, 5, '2024-02-05', 37.50, 0.00, 'PAID', '2024-02-09 14:30:00', 'hreyes', 1);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (6, 5, '2024-02-12', 37.50, 0.00, 'PAID', '2024-02-16 14:41:00', 'hreyes', 1);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (7, 5, '2024-02-19', 30.00, 0.00, 'PAID', '2024-02-23 14:12:00', 'hreyes', 1);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (8, 5, '2024-02-26', 37.50, 1.50, 'PAID', '2024-03-01 14:25:00', 'hreyes', 1);
-- March 2024
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (9, 4, '2024-03-04', 40.00, 4.00, 'APPROVED', '2024-03-08 16:10:00', 'hreyes', NULL);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (10, 4, '2024-03-11', 40.00, 0.00, 'APPROVED', '2024-03-15 16:02:00', 'hreyes', NULL);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (11, 4, '2024-03-18', 38.00, 2.00, 'SUBMITTED', '2024-03-22 15:49:00', NULL, NULL);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (12, 5, '2024-03-04', 37.50, 0.00, 'APPROVED', '2024-03-08 14:33:00', 'hreyes', NULL);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (13, 5, '2024-03-11', 37.50, 0.00, 'APPROVED', '2024-03-15 14:29:00', 'hreyes', NULL);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (14, 5, '2024-03-18', 37.50, 3.00, 'APPROVED', '2024-03-22 14:40:00', 'hreyes', NULL);
INSERT INTO timesheet (id, employee_id, week_start, regular_hours, overtime_hours, status, submitted_at, decided_by, payroll_run_id) VALUES (15, 5, '2024-03-25', 30.00, 0.00, 'SUBMITTED', '2024-03-28 14:05:00', NULL, NULL);

INSERT INTO leave_request (id, employee_id, leave_type, start_date, end_date, days, status, requested_at, decided_by) VALUES (1, 3, 'ANNUAL', '2024-02-12', '2024-02-16', 5.0, 'APPROVED', '2024-01-10 09:12:00', 'hreyes');
INSERT INTO leave_request (id, employee_id, leave_type, start_date, end_date, days, status, requested_at, decided_by) VALUES (2, 5, 'SICK', '2024-03-07', '2024-03-08', 2.0, 'APPROVED', '2024-03-11 08:01:00', 'hreyes');
INSERT INTO leave_request (id, employee_id, leave_type, start_date, end_date, days, status, requested_at, decided_by) VALUES (3, 6, 'ANNUAL', '2024-03-25', '2024-03-28', 4.0, 'APPROVED', '2024-02-20 11:45:00', 'hreyes');
INSERT INTO leave_request (id, employee_id, leave_type, start_date, end_date, days, status, requested_at, decided_by) VALUES (4, 4, 'ANNUAL', '2024-04-02', '2024-04-05', 4.0, 'REQUESTED', '2024-03-19 07:55:00', NULL);

INSERT INTO tax_bracket (tax_year, lower_bound, upper_bound, rate) VALUES (2023, 0.00, 12570.00, 0.0000);
INSERT INTO tax_bracket (tax_year, lower_bound, upper_bound, rate) VALUES (2023, 12570.00, 50270.00, 0.2000);
INSERT INTO tax_bracket (tax_year, lower_bound, upper_bound, rate) VALUES (2023, 50270.00, 125140.00, 0.4000);
INSERT INTO tax_bracket (tax_year, lower_bound, upper_bound, rate) VALUES (2023, 125140.00, NULL, 0.4500);
INSERT INTO tax_bracket (tax_year, lower_bound, upper_bound, rate) VALUES (2024, 0.00, 12570.00, 0.0000);
INSERT INTO tax_bracket (tax_year, lower_bound, upper_bound, rate) VALUES (2024, 12570.00, 50270.00, 0.2000);
INSERT INTO tax_bracket (tax_year, lower_bound, upper_bound, rate) VALUES (2024, 50270.00, 125140.00, 0.4000);
INSERT INTO tax_bracket (tax_year, lower_bound, upper_bound, rate) VALUES (2024, 125140.00, NULL, 0.4500);

-- the February 2024 payroll, run before this data set was taken
INSERT INTO payroll_run (id, period, pay_date, run_at, run_by, employee_count, total_gross, total_net) VALUES (1, '2024-02', '2024-02-29', '2024-02-27 10:12:41', 'pwalsh', 7, 31522.92, 22599.27);
INSERT INTO payslip (id, run_id, employee_id, regular_hours, overtime_hours, unpaid_days, gross, pension, income_tax, social_insurance, net) VALUES (1, 1, 1, 0.00, 0.00, 0.0, 4333.33, 216.67, 613.83, 254.17, 3248.66);
INSERT INTO payslip (id, run_id, employee_id, regular_hours, overtime_hours, unpaid_days, gross, pension, income_tax, social_insurance, net) VALUES (2, 1, 2, 0.00, 0.00, 0.0, 3208.33, 160.42, 400.08, 172.83, 2475.00);
INSERT INTO payslip (id, run_id, employee_id, regular_hours, overtime_hours, unpaid_days, gross, pension, income_tax, social_insurance, net) VALUES (3, 1, 3, 0.00, 0.00, 0.0, 5100.00, 255.00, 890.67, 269.50, 3684.83);
INSERT INTO payslip (id, run_id, employee_id, regular_hours, overtime_hours, unpaid_days, gross, pension, income_tax, social_insurance, net) VALUES (4, 1, 4, 160.00, 5.50, 0.0, 2927.55, 146.38, 346.73, 150.36, 2284.08);
INSERT INTO payslip (id, run_id, employee_id, regular_hours, overtime_hours, unpaid_days, gross, pension, income_tax, social_insurance, net) VALUES (5, 1, 5, 142.50, 1.50, 0.0, 2287.05, 114.35, 225.04, 99.12, 1848.54);
INSERT INTO payslip (id, run_id, employee_id, regular_hours, overtime_hours, unpaid_days, gross, pension, income_tax, social_insurance, net) VALUES (6, 1, 6, 0.00, 0.00, 0.0, 2833.33, 141.67, 328.83, 142.83, 2220.00);
INSERT INTO payslip (id, run_id, employee_id, regular_hours, overtime_hours, unpaid_days, gross, pension, income_tax, social_insurance, net) VALUES (7, 1, 7, 0.00, 0.00, 0.0, 10833.33, 541.67, 3069.33, 384.17, 6838.16);
