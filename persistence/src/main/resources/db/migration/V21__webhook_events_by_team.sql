-- A recovery reads a team's events since a moment: without this index it read every event kept.
CREATE INDEX webhook_events_team ON webhook_events (team_id, occurred_at);
