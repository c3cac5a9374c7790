-- Users of Pulih. A user has one role and one scope: national, an organisation (with all
-- its descendants) or an area (a Kemendagri code prefix).
CREATE TABLE app_user (
    id                    UUID         NOT NULL PRIMARY KEY,
    username              VARCHAR(60)  NOT NULL,
    password_hash         VARCHAR(200) NOT NULL,
    display_name          VARCHAR(150) NOT NULL,
    user_role             VARCHAR(30)  NOT NULL,
    scope_kind            VARCHAR(20)  NOT NULL,
    scope_organisation_id UUID         REFERENCES organisation (id),
    scope_area_code       VARCHAR(13)  REFERENCES area (code),
    person_id             UUID,
    totp_secret           VARCHAR(200),
    totp_enabled          BOOLEAN      NOT NULL,
    preferred_locale      VARCHAR(5)   NOT NULL,
    password_changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    disabled_at           TIMESTAMP WITH TIME ZONE,
    disabled_reason       VARCHAR(300),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(100) NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(100) NOT NULL,
    version               INTEGER      NOT NULL
);
CREATE UNIQUE INDEX app_user_username_ux ON app_user (username);
CREATE INDEX app_user_person_ix ON app_user (person_id);

-- Sign-in attempts, for lockout (5 failures in 15 minutes) and the audit page.
CREATE TABLE login_attempt (
    id         UUID        NOT NULL PRIMARY KEY,
    username   VARCHAR(60) NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    succeeded  BOOLEAN     NOT NULL,
    remote_address VARCHAR(60)
);
CREATE INDEX login_attempt_user_ix ON login_attempt (username, attempted_at);

-- Personal access tokens for the API: only a SHA-256 hash of the token is kept.
CREATE TABLE api_token (
    id           UUID         NOT NULL PRIMARY KEY,
    user_id      UUID         NOT NULL REFERENCES app_user (id),
    token_name   VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_prefix VARCHAR(12)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX api_token_hash_ux ON api_token (token_hash);
CREATE INDEX api_token_user_ix ON api_token (user_id);

-- HTTP sessions, shared by every instance (Spring Session JDBC).
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INTEGER      NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
