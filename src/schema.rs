//! Table definitions shared by both backends (written by hand: the SQLite and PostgreSQL
//! migration trees must produce exactly these columns and types).

diesel::table! {
    organisations (id) {
        id -> Integer,
        code -> Text,
        name -> Text,
        kind -> Text,
    }
}

diesel::table! {
    estates (id) {
        id -> Integer,
        code -> Text,
        name -> Text,
        city -> Text,
    }
}

diesel::table! {
    buildings (id) {
        id -> Integer,
        estate_id -> Integer,
        owner_id -> Integer,
        code -> Text,
        name -> Text,
        address -> Text,
    }
}

diesel::table! {
    stairs (id) {
        id -> Integer,
        building_id -> Integer,
        code -> Text,
        name -> Text,
    }
}

diesel::table! {
    units (id) {
        id -> Integer,
        stair_id -> Integer,
        code -> Text,
        floor -> Integer,
        number -> Text,
    }
}

diesel::table! {
    users (id) {
        id -> Integer,
        name -> Text,
        email -> Nullable<Text>,
        username -> Nullable<Text>,
        password_hash -> Nullable<Text>,
        locale -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    role_grants (id) {
        id -> Integer,
        user_id -> Integer,
        role -> Text,
        scope_type -> Nullable<Text>,
        scope_id -> Nullable<Integer>,
        ends_at -> Nullable<Timestamp>,
        granted_by -> Nullable<Integer>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> Integer,
        kind -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_attempts (id) {
        id -> Integer,
        bucket -> Text,
        attempted_at -> Timestamp,
    }
}

diesel::table! {
    magic_links (id) {
        id -> Integer,
        token_hash -> Text,
        user_id -> Integer,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    activation_codes (id) {
        id -> Integer,
        unit_id -> Integer,
        user_id -> Integer,
        code_hash -> Text,
        created_by -> Nullable<Integer>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    outbox (id) {
        id -> Integer,
        recipient -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        created_at -> Timestamp,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
        sent_at -> Nullable<Timestamp>,
        failed_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
    }
}

diesel::joinable!(buildings -> estates (estate_id));
diesel::joinable!(buildings -> organisations (owner_id));
diesel::joinable!(stairs -> buildings (building_id));
diesel::joinable!(units -> stairs (stair_id));
diesel::joinable!(role_grants -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(magic_links -> users (user_id));
diesel::joinable!(activation_codes -> units (unit_id));

diesel::allow_tables_to_appear_in_same_query!(
    organisations,
    estates,
    buildings,
    stairs,
    units,
    users,
    role_grants,
    sessions,
    login_attempts,
    magic_links,
    activation_codes,
    outbox,
);
