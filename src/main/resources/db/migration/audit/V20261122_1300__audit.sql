-- The append-only audit trail. The application only ever inserts here.
CREATE TABLE audit_event (
    id          UUID         NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    actor_role  VARCHAR(30),
    action      VARCHAR(80)  NOT NULL,
    entity_type VARCHAR(40),
    entity_id   UUID,
    detail      VARCHAR(1000),
    remote_address VARCHAR(60)
);
CREATE INDEX audit_event_time_ix ON audit_event (occurred_at);
CREATE INDEX audit_event_entity_ix ON audit_event (entity_id);
CREATE INDEX audit_event_actor_ix ON audit_event (actor, occurred_at);
