-- Remembered answers are kept encrypted from now on (a new webhook endpoint's answer holds its
-- secret). Those remembered before were plain text: they are forgotten, so that no secret stays
-- readable; a retry of such a request within its 24 hours runs afresh.
DELETE FROM idempotent_requests;
