-- Ferrum compute service schema, version 1.
-- Portable between PostgreSQL and H2 in PostgreSQL mode (DATABASE_TO_LOWER=TRUE):
-- only standard types, no vendor functions; JSON is stored as text and parsed by the service.

CREATE TABLE flavors (
    id            VARCHAR(255) NOT NULL PRIMARY KEY,
    name          VARCHAR(255) NOT NULL,
    vcpus         INTEGER      NOT NULL,
    memory_mb     INTEGER      NOT NULL,
    root_gb       INTEGER      NOT NULL,
    ephemeral_gb  INTEGER      NOT NULL,
    swap_mb       INTEGER      NOT NULL,
    rxtx_factor   DOUBLE PRECISION NOT NULL,
    is_public     BOOLEAN      NOT NULL,
    disabled      BOOLEAN      NOT NULL,
    description   VARCHAR(65535),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT flavors_name_uq UNIQUE (name)
);

CREATE TABLE flavor_extra_specs (
    flavor_id   VARCHAR(255) NOT NULL REFERENCES flavors (id) ON DELETE CASCADE,
    spec_key    VARCHAR(255) NOT NULL,
    spec_value  VARCHAR(255) NOT NULL,
    PRIMARY KEY (flavor_id, spec_key)
);

CREATE TABLE flavor_projects (
    flavor_id   VARCHAR(255) NOT NULL REFERENCES flavors (id) ON DELETE CASCADE,
    project_id  VARCHAR(255) NOT NULL,
    PRIMARY KEY (flavor_id, project_id)
);

CREATE TABLE images (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    name              VARCHAR(255),
    source_url        VARCHAR(4096) NOT NULL,
    checksum          VARCHAR(255),
    disk_format       VARCHAR(32),
    container_format  VARCHAR(32),
    size_bytes        BIGINT,
    visibility        VARCHAR(16)   NOT NULL,
    status            VARCHAR(32)   NOT NULL,
    min_disk_gb       INTEGER       NOT NULL,
    min_ram_mb        INTEGER       NOT NULL,
    properties        VARCHAR(1048576) NOT NULL,
    owner_project_id  VARCHAR(255),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX images_name_idx ON images (name);

CREATE TABLE keypairs (
    user_id      VARCHAR(255)  NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    project_id   VARCHAR(255)  NOT NULL,
    public_key   VARCHAR(65535) NOT NULL,
    fingerprint  VARCHAR(255)  NOT NULL,
    key_type     VARCHAR(16)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, name)
);

CREATE TABLE servers (
    uuid           VARCHAR(36)  NOT NULL PRIMARY KEY,
    name           VARCHAR(255) NOT NULL,
    project_id     VARCHAR(255) NOT NULL,
    user_id        VARCHAR(255) NOT NULL,
    flavor_id      VARCHAR(255) NOT NULL,
    flavor         VARCHAR(1048576) NOT NULL,
    image_id       VARCHAR(36),
    node_uuid      VARCHAR(36),
    vm_state       VARCHAR(32)  NOT NULL,
    task_state     VARCHAR(32),
    power_state    INTEGER      NOT NULL,
    host           VARCHAR(255),
    hostname       VARCHAR(255),
    key_name       VARCHAR(255),
    metadata       VARCHAR(1048576) NOT NULL,
    access_ipv4    VARCHAR(64),
    access_ipv6    VARCHAR(64),
    addresses      VARCHAR(1048576) NOT NULL,
    config_drive   BOOLEAN      NOT NULL,
    user_data      VARCHAR(1048576),
    fault_code     INTEGER,
    fault_message  VARCHAR(255),
    fault_details  VARCHAR(65535),
    fault_at       TIMESTAMP WITH TIME ZONE,
    launched_at    TIMESTAMP WITH TIME ZONE,
    terminated_at  TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE,
    deleted        BOOLEAN      NOT NULL,
    deleted_at     TIMESTAMP WITH TIME ZONE,
    version        BIGINT       NOT NULL
);
CREATE INDEX servers_project_idx ON servers (project_id, deleted);
CREATE INDEX servers_node_idx ON servers (node_uuid);
CREATE INDEX servers_host_idx ON servers (host);

CREATE TABLE instance_actions (
    server_uuid  VARCHAR(36)  NOT NULL,
    request_id   VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    user_id      VARCHAR(255) NOT NULL,
    project_id   VARCHAR(255) NOT NULL,
    start_time   TIMESTAMP WITH TIME ZONE NOT NULL,
    finish_time  TIMESTAMP WITH TIME ZONE,
    message      VARCHAR(255),
    PRIMARY KEY (server_uuid, request_id)
);

CREATE TABLE instance_action_events (
    server_uuid  VARCHAR(36)  NOT NULL,
    request_id   VARCHAR(64)  NOT NULL,
    event        VARCHAR(64)  NOT NULL,
    start_time   TIMESTAMP WITH TIME ZONE NOT NULL,
    finish_time  TIMESTAMP WITH TIME ZONE,
    result       VARCHAR(16),
    details      VARCHAR(65535),
    PRIMARY KEY (server_uuid, request_id, event),
    FOREIGN KEY (server_uuid, request_id)
        REFERENCES instance_actions (server_uuid, request_id) ON DELETE CASCADE
);

CREATE TABLE services (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    host             VARCHAR(255) NOT NULL,
    binary_name      VARCHAR(64)  NOT NULL,
    disabled         BOOLEAN      NOT NULL,
    disabled_reason  VARCHAR(255),
    version          INTEGER      NOT NULL,
    heartbeat_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT services_host_binary_uq UNIQUE (host, binary_name)
);

-- One row per claimed Ironic node: the primary key makes a claim atomic across processes.
CREATE TABLE node_claims (
    node_uuid    VARCHAR(36) NOT NULL PRIMARY KEY,
    server_uuid  VARCHAR(36) NOT NULL,
    claimed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX node_claims_server_idx ON node_claims (server_uuid);
