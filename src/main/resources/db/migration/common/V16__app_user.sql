-- Logins kept in the database, managed by admins at /users and /api/users. The configured admin
-- (eparwatch.admin.*) is not a row: it lives in configuration. password_hash is a bcrypt modular
-- crypt string ($2a$10$...), never the password. role: admin, editor or viewer (checked by Users).
create sequence app_user_SEQ start with 1 increment by 50;
create table app_user (
    id             bigint primary key,
    username       varchar(100) not null,
    password_hash  varchar(200) not null,
    role           varchar(10) not null,
    created_at     timestamp(6) with time zone not null,
    constraint app_user_username_unique unique (username)
);
