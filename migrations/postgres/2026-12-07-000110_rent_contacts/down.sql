DROP TABLE rent_contacts;
