DROP TABLE sign_in_alerts;
