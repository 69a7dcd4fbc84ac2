-- Orders of a client: items (bookings of session groups with their participants, or vouchers) and
-- payments. Items and payments belong to their order and go with it.

CREATE TABLE orders (
    id                 UUID                     NOT NULL PRIMARY KEY,
    team_id            UUID                     NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    client_id          UUID                     NOT NULL REFERENCES clients (id),
    note               VARCHAR(5000),
    external_reference VARCHAR(255),
    custom_data        VARCHAR(20000),
    created            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified      TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL
);

CREATE INDEX orders_team_created ON orders (team_id, created, id);
CREATE INDEX orders_client ON orders (client_id);

CREATE TABLE order_items (
    id                 UUID           NOT NULL PRIMARY KEY,
    order_id           UUID           NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position           INTEGER,
    type               VARCHAR(16)    NOT NULL,
    session_group_id   UUID           REFERENCES session_groups (id),
    voucher_code       VARCHAR(100),
    voucher_product_id UUID           REFERENCES products (id),
    price              DECIMAL(12, 2),
    participant_count  INTEGER        NOT NULL,
    participants       VARCHAR(200000)
);

CREATE INDEX order_items_session_group ON order_items (session_group_id);

CREATE TABLE payments (
    id          UUID           NOT NULL PRIMARY KEY,
    order_id    UUID           NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position    INTEGER,
    amount      DECIMAL(12, 2) NOT NULL,
    method      VARCHAR(16)    NOT NULL,
    paid_on     DATE,
    operator_id UUID           REFERENCES staff (id)
);
