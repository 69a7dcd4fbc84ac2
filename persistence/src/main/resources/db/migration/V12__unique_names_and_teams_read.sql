-- Names are unique where people tell things apart by name: teams, links to external systems, and
-- the keys of one user. Case and surrounding space do not count: name_key holds the name as
-- uniqueness sees it (the entities keep it up to date) and carries the unique constraint, so that
-- two concurrent adds cannot both win. Portable SQL: runs on H2 and PostgreSQL.
--
-- Names that already collide are told apart first, deterministically: the oldest keeps its name,
-- every later one gets its id appended, " (<id>)", the name cut where needed to fit the column.

UPDATE teams SET name = SUBSTRING(name FROM 1 FOR 161) || ' (' || CAST(id AS VARCHAR(36)) || ')'
WHERE EXISTS (SELECT 1 FROM teams older
              WHERE LOWER(TRIM(older.name)) = LOWER(TRIM(teams.name))
                AND (older.created < teams.created OR (older.created = teams.created AND older.id < teams.id)));

UPDATE ticketing_links SET name = SUBSTRING(name FROM 1 FOR 61) || ' (' || CAST(id AS VARCHAR(36)) || ')'
WHERE EXISTS (SELECT 1 FROM ticketing_links older
              WHERE LOWER(TRIM(older.name)) = LOWER(TRIM(ticketing_links.name))
                AND (older.created < ticketing_links.created
                     OR (older.created = ticketing_links.created AND older.id < ticketing_links.id)));

UPDATE api_keys SET name = SUBSTRING(name FROM 1 FOR 61) || ' (' || CAST(id AS VARCHAR(36)) || ')'
WHERE EXISTS (SELECT 1 FROM api_keys older
              WHERE older.user_id = api_keys.user_id
                AND LOWER(TRIM(older.name)) = LOWER(TRIM(api_keys.name))
                AND (older.created < api_keys.created OR (older.created = api_keys.created AND older.id < api_keys.id)));

ALTER TABLE teams ADD COLUMN name_key VARCHAR(800);
UPDATE teams SET name_key = LOWER(TRIM(name));
ALTER TABLE teams ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE teams ADD CONSTRAINT teams_name_key_unique UNIQUE (name_key);

ALTER TABLE ticketing_links ADD COLUMN name_key VARCHAR(400);
UPDATE ticketing_links SET name_key = LOWER(TRIM(name));
ALTER TABLE ticketing_links ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE ticketing_links ADD CONSTRAINT ticketing_links_name_key_unique UNIQUE (name_key);

ALTER TABLE api_keys ADD COLUMN name_key VARCHAR(400);
UPDATE api_keys SET name_key = LOWER(TRIM(name));
ALTER TABLE api_keys ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE api_keys ADD CONSTRAINT api_keys_user_name_key_unique UNIQUE (user_id, name_key);

-- Every key may read the teams it was granted: the teams permission is read or write, never none
-- (none was stored as no row).
INSERT INTO api_key_permissions (api_key_id, resource_type, access)
SELECT k.id, 'TEAMS', 'READ' FROM api_keys k
WHERE NOT EXISTS (SELECT 1 FROM api_key_permissions p WHERE p.api_key_id = k.id AND p.resource_type = 'TEAMS');
