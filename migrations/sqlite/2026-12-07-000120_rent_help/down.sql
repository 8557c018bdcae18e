DROP TABLE rent_help_messages;
DROP TABLE rent_help_requests;
