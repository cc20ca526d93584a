-- Same roles and database as infra/local/up.sh (bootstrap_postgres). Runs once, on an empty volume.
SET password_encryption = 'scram-sha-256';
CREATE ROLE par_owner  LOGIN PASSWORD 'par_owner'  NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB;
CREATE ROLE par_app    LOGIN PASSWORD 'par_app'    NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB;
CREATE ROLE par_system LOGIN PASSWORD 'par_system' NOSUPERUSER BYPASSRLS   NOCREATEROLE NOCREATEDB;
CREATE ROLE par_admin  LOGIN PASSWORD 'par_admin'  SUPERUSER;
CREATE DATABASE par OWNER par_owner ENCODING 'UTF8' TEMPLATE template0;
GRANT CONNECT, CREATE, TEMPORARY ON DATABASE par TO par_owner;
GRANT CONNECT ON DATABASE par TO par_app, par_system;
