-- Reference data and the state of the training server on 1 March 2024.

INSERT INTO zoning_district VALUES ('R1', 'Low-density residential', 9.5, 400.0, FALSE);
INSERT INTO zoning_district VALUES ('R2', 'Medium-density residential', 14.0, 1200.0, FALSE);
INSERT INTO zoning_district VALUES ('C1', 'Town centre commercial', 22.0, NULL, TRUE);
INSERT INTO zoning_district VALUES ('I1', 'Harbour industrial', 18.0, NULL, TRUE);

INSERT INTO parcel VALUES (1, 'HC-1042', '12 Quay Street', 'R1', 'Maeve Doyle', 612.0, 'NORTH');
INSERT INTO parcel VALUES (2, 'HC-1043', '14 Quay Street', 'R1', 'Tom and Ana Ruiz', 598.0, 'NORTH');
INSERT INTO parcel VALUES (3, 'HC-1107', '8 Lighthouse Lane', 'R2', 'Sunil Mehta', 880.0, 'NORTH');
INSERT INTO parcel VALUES (4, 'HC-2210', '3 Market Square', 'C1', 'Harbour Traders Ltd', 240.0, 'SOUTH');
INSERT INTO parcel VALUES (5, 'HC-2211', '5 Market Square', 'C1', 'Lindqvist Holdings', 310.0, 'SOUTH');
INSERT INTO parcel VALUES (6, 'HC-3301', 'Pier 4, Dock Road', 'I1', 'Harbour Board', 5200.0, 'SOUTH');

INSERT INTO applicant (id, name, email, phone) VALUES (1, 'Maeve Doyle', 'maeve.doyle@example.org', '0161 555 0142');
INSERT INTO applicant (id, name, email, phone) VALUES (2, 'Northbank Builders Ltd', 'office@northbank-builders.example', '0161 555 0190');
INSERT INTO applicant (id, name, email, phone) VALUES (3, 'Priya Nair Architects', 'studio@nair-architects.example', '0161 555 0117');
INSERT INTO applicant (id, name, email, phone) VALUES (4, 'Harbour Traders Ltd', 'accounts@harbourtraders.example', '0161 555 0166');

INSERT INTO inspector VALUES (1, 'Joe Okafor', 'NORTH');
INSERT INTO inspector VALUES (2, 'Lena Brandt', 'SOUTH');
INSERT INTO inspector VALUES (3, 'Sam Whitlock', 'NORTH');

INSERT INTO fee_rate VALUES (1, 'BUILDING', 2024, 250.00, 7.50, 250.00);
INSERT INTO fee_rate VALUES (2, 'DEMOLITION', 2024, 180.00, 1.20, 180.00);
INSERT INTO fee_rate VALUES (3, 'SIGN', 2024, 95.00, 30.00, 120.00);
INSERT INTO fee_rate VALUES (4, 'FENCE', 2024, 60.00, 0.00, 60.00);

-- an apartment block being built: issued in February, footing passed, framing and final to come
INSERT INTO permit_application (id, permit_no, applicant_id, parcel_id, permit_type, description, floor_area_m2,
    height_m, status, submitted_on, decision_due, decided_on, reviewer, decision_note, issued_on, valid_until)
  VALUES (1, 'BP-2024-0007', 3, 3, 'BUILDING', 'Three-storey block of six flats', 980.0, 12.5, 'ISSUED',
    '2024-01-15', '2024-02-12', '2024-02-09', 'r.castillo', NULL, '2024-02-20', '2025-02-20');
INSERT INTO invoice (id, invoice_no, permit_id, permit_no, amount, status, issued_on, due_on)
  VALUES (1, 'INV-BP-2024-0007', 1, 'BP-2024-0007', 7600.00, 'PAID', '2024-01-15', '2024-02-14');
INSERT INTO payment (id, invoice_id, amount, method, reference, received_on)
  VALUES (1, 1, 7600.00, 'BANK_TRANSFER', 'BT-240131-22', '2024-01-31');
INSERT INTO inspection (id, permit_id, seq, kind, planned_on, inspector_id, result, inspected_on, notes)
  VALUES (1, 1, 1, 'FOOTING', '2024-02-22', 1, 'PASSED', '2024-02-22', 'Reinforcement as drawn');
INSERT INTO inspection (id, permit_id, seq, kind, planned_on, inspector_id, result)
  VALUES (2, 1, 2, 'FRAMING', '2024-03-12', 1, 'PENDING');
INSERT INTO inspection (id, permit_id, seq, kind, planned_on, inspector_id, result)
  VALUES (3, 1, 3, 'FINAL', '2024-04-18', 1, 'PENDING');

-- a shop sign waiting for its decision and its fee
INSERT INTO permit_application (id, permit_no, applicant_id, parcel_id, permit_type, description, floor_area_m2,
    height_m, status, submitted_on, decision_due)
  VALUES (2, 'SG-2024-0008', 4, 4, 'SIGN', 'Illuminated fascia sign', 3.0, 4.0, 'SUBMITTED',
    '2024-02-28', '2024-03-27');
INSERT INTO invoice (id, invoice_no, permit_id, permit_no, amount, status, issued_on, due_on)
  VALUES (2, 'INV-SG-2024-0008', 2, 'SG-2024-0008', 185.00, 'OPEN', '2024-02-28', '2024-03-29');

INSERT INTO audit_entry (id, subject, action, detail, recorded_at)
  VALUES (1, 'BP-2024-0007', 'ISSUED', 'valid until 2025-02-20', '2024-02-20 09:12:00');
