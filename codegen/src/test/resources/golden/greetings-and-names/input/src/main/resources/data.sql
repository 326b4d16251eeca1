INSERT INTO person (name) VALUES ('Ada');
