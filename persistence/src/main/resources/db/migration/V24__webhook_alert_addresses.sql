-- Twenty alert addresses of up to 254 characters each, kept as a JSON array, take up to some
-- 5,200 characters: more than the 4,000 the columns had.
ALTER TABLE webhook_integrations ALTER COLUMN alert_emails SET DATA TYPE VARCHAR(8000);
ALTER TABLE webhook_alerts ALTER COLUMN recipients SET DATA TYPE VARCHAR(8000);
