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
        public_summary -> Bool,
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
        latitude -> Nullable<Double>,
        longitude -> Nullable<Double>,
    }
}

diesel::table! {
    api_keys (id) {
        id -> Integer,
        name -> Text,
        organisation_id -> Integer,
        can_write -> Bool,
        key_hash -> Text,
        user_id -> Integer,
        created_by -> Nullable<Integer>,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        last_used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    api_key_uses (id) {
        id -> Integer,
        key_id -> Integer,
        used_at -> Timestamp,
        method -> Text,
        path -> Text,
        allowed -> Bool,
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
        last_active_at -> Nullable<Timestamp>,
        anonymised_at -> Nullable<Timestamp>,
        phone -> Nullable<Text>,
        phone_verified_at -> Nullable<Timestamp>,
        sms_stopped_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    channel_choices (user_id, kind) {
        user_id -> Integer,
        kind -> Text,
        email -> Bool,
        sms -> Bool,
        push -> Bool,
    }
}

diesel::table! {
    vapid_keys (id) {
        id -> Integer,
        private_key -> Text,
        public_key -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    push_subscriptions (id) {
        id -> Integer,
        user_id -> Integer,
        endpoint -> Text,
        p256dh -> Text,
        auth -> Text,
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
        election_id -> Nullable<Integer>,
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
    sign_in_alerts (user_id) {
        user_id -> Integer,
        started_at -> Timestamp,
        last_failure_at -> Timestamp,
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
        channel -> Text,
        parts -> Nullable<Integer>,
        delivery_status -> Nullable<Integer>,
        delivery_at -> Nullable<Timestamp>,
        urgent -> Bool,
        estate_id -> Nullable<Integer>,
    }
}

diesel::table! {
    categories (id) {
        id -> Integer,
        code -> Text,
        icon -> Text,
        default_priority -> Text,
        route_to_organisation_id -> Nullable<Integer>,
        route_to_desk -> Bool,
        position -> Integer,
        active -> Bool,
    }
}

diesel::table! {
    category_names (category_id, locale) {
        category_id -> Integer,
        locale -> Text,
        name -> Text,
    }
}

diesel::table! {
    reports (id) {
        id -> Integer,
        reference -> Text,
        category_id -> Integer,
        location -> Text,
        unit_id -> Nullable<Integer>,
        stair_id -> Nullable<Integer>,
        building_id -> Nullable<Integer>,
        estate_id -> Integer,
        spot -> Nullable<Text>,
        description -> Text,
        status -> Text,
        priority -> Text,
        organisation_id -> Nullable<Integer>,
        private -> Bool,
        filed_by -> Integer,
        filed_for -> Integer,
        show_name -> Bool,
        permission_to_enter -> Bool,
        time_windows -> Text,
        idempotency_key -> Nullable<Text>,
        duplicate_of -> Nullable<Integer>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        first_response_at -> Nullable<Timestamp>,
        resolved_at -> Nullable<Timestamp>,
        closed_at -> Nullable<Timestamp>,
        assignee_id -> Nullable<Integer>,
        response_due_at -> Nullable<Timestamp>,
        resolution_due_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    service_levels (organisation_id, priority) {
        organisation_id -> Integer,
        priority -> Text,
        first_response_hours -> Integer,
        resolution_hours -> Integer,
    }
}

diesel::table! {
    visits (id) {
        id -> Integer,
        report_id -> Integer,
        technician_id -> Integer,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        status -> Text,
        notes -> Text,
        change_requested -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        without_tenant -> Bool,
        reminded_at -> Nullable<Timestamp>,
        nobody_home -> Bool,
    }
}

diesel::table! {
    sms_inbound (gateway_id) {
        gateway_id -> Text,
        sender_digest -> Text,
        user_id -> Nullable<Integer>,
        reply -> Nullable<Text>,
        received_at -> Timestamp,
    }
}

diesel::table! {
    phone_codes (id) {
        id -> Integer,
        user_id -> Integer,
        code_hash -> Text,
        tries -> Integer,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        phone -> Nullable<Text>,
    }
}

diesel::table! {
    sms_questions (id) {
        id -> Integer,
        user_id -> Integer,
        report_id -> Integer,
        visit_id -> Nullable<Integer>,
        kind -> Text,
        asked_at -> Timestamp,
        answered_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    response_templates (id) {
        id -> Integer,
        organisation_id -> Integer,
        category_id -> Nullable<Integer>,
        locale -> Text,
        title -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    manager_digests (user_id, day) {
        user_id -> Integer,
        day -> Date,
    }
}

diesel::table! {
    report_events (id) {
        id -> Integer,
        report_id -> Integer,
        kind -> Text,
        from_status -> Nullable<Text>,
        to_status -> Nullable<Text>,
        body -> Text,
        public -> Bool,
        actor_id -> Nullable<Integer>,
        organisation_id -> Nullable<Integer>,
        related_report_id -> Nullable<Integer>,
        created_at -> Timestamp,
        visit_id -> Nullable<Integer>,
        notified_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    report_photos (id) {
        id -> Integer,
        report_id -> Integer,
        event_id -> Nullable<Integer>,
        storage_key -> Text,
        width -> Integer,
        height -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    report_followers (report_id, user_id) {
        report_id -> Integer,
        user_id -> Integer,
        me_too -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    inbox (id) {
        id -> Integer,
        user_id -> Integer,
        report_id -> Integer,
        event_id -> Integer,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    report_reads (report_id, user_id) {
        report_id -> Integer,
        user_id -> Integer,
        read_at -> Timestamp,
    }
}

diesel::table! {
    notices (id) {
        id -> Integer,
        kind -> Text,
        level -> Text,
        stair_id -> Nullable<Integer>,
        building_id -> Nullable<Integer>,
        estate_id -> Integer,
        author_id -> Integer,
        state -> Text,
        urgent -> Bool,
        pinned -> Bool,
        starts_at -> Timestamp,
        expires_at -> Nullable<Timestamp>,
        event_at -> Nullable<Timestamp>,
        event_place -> Nullable<Text>,
        works_from -> Nullable<Timestamp>,
        works_until -> Nullable<Timestamp>,
        services -> Text,
        progress -> Nullable<Text>,
        image_key -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    notice_texts (notice_id, locale) {
        notice_id -> Integer,
        locale -> Text,
        title -> Text,
        body -> Text,
    }
}

diesel::table! {
    notice_events (id) {
        id -> Integer,
        notice_id -> Integer,
        kind -> Text,
        actor_id -> Nullable<Integer>,
        body -> Text,
        created_at -> Timestamp,
        notified_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    notice_inbox (user_id, notice_id) {
        user_id -> Integer,
        notice_id -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    notice_seen (notice_id, user_id) {
        notice_id -> Integer,
        user_id -> Integer,
        seen_at -> Timestamp,
    }
}

diesel::table! {
    assembly_minutes (notice_id) {
        notice_id -> Integer,
        body -> Text,
        attendance -> Nullable<Integer>,
        published_by -> Integer,
        published_at -> Timestamp,
    }
}

diesel::table! {
    assembly_decisions (notice_id, position) {
        notice_id -> Integer,
        position -> Integer,
        text -> Text,
        votes_for -> Integer,
        votes_against -> Integer,
        votes_abstained -> Integer,
    }
}

diesel::table! {
    contact_cards (user_id) {
        user_id -> Integer,
        phone -> Nullable<Text>,
        show_email -> Bool,
        hours -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    feed_tokens (user_id, purpose) {
        user_id -> Integer,
        purpose -> Text,
        /// A random seed; the token is made from it with the installation's secret.
        #[sql_name = "token"]
        seed -> Text,
        created_at -> Timestamp,
        token_hash -> Nullable<Text>,
    }
}

diesel::table! {
    kit_sections (id) {
        id -> Integer,
        estate_id -> Integer,
        building_id -> Nullable<Integer>,
        topic -> Text,
        position -> Integer,
    }
}

diesel::table! {
    kit_texts (id) {
        id -> Integer,
        section_id -> Integer,
        locale -> Text,
        title -> Text,
        body -> Text,
        state -> Text,
        author_id -> Nullable<Integer>,
        reviewed_by -> Nullable<Integer>,
        created_at -> Timestamp,
        reviewed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    service_contracts (id) {
        id -> Integer,
        building_id -> Integer,
        service -> Text,
        contractor -> Text,
        starts_on -> Date,
        ends_on -> Nullable<Date>,
        contact -> Text,
    }
}

diesel::table! {
    building_expenses (id) {
        id -> Integer,
        building_id -> Integer,
        year -> Integer,
        item -> Text,
        amount_cents -> BigInt,
    }
}

diesel::table! {
    unit_shares (unit_id, year) {
        unit_id -> Integer,
        year -> Integer,
        amount_cents -> BigInt,
    }
}

diesel::table! {
    rent_charges (id) {
        id -> Integer,
        unit_id -> Integer,
        period -> Text,
        item -> Text,
        due_on -> Date,
        amount_cents -> BigInt,
        notice_code -> Nullable<Text>,
        creditor_tax_code -> Nullable<Text>,
        imported_at -> Timestamp,
    }
}

diesel::table! {
    rent_charge_changes (id) {
        id -> Integer,
        charge_id -> Integer,
        due_on -> Date,
        amount_cents -> BigInt,
        notice_code -> Nullable<Text>,
        creditor_tax_code -> Nullable<Text>,
        replaced_at -> Timestamp,
    }
}

diesel::table! {
    rent_payments (id) {
        id -> Integer,
        unit_id -> Integer,
        paid_on -> Date,
        amount_cents -> BigInt,
        notice_code -> Nullable<Text>,
        line_key -> Text,
        imported_at -> Timestamp,
        seen_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    rent_contacts (id) {
        id -> Integer,
        unit_id -> Integer,
        user_id -> Nullable<Integer>,
        contacted_at -> Timestamp,
        note -> Text,
    }
}

diesel::table! {
    rent_help_requests (id) {
        id -> Integer,
        unit_id -> Integer,
        asked_by -> Nullable<Integer>,
        reasons -> Text,
        created_at -> Timestamp,
        first_answer_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    rent_help_messages (id) {
        id -> Integer,
        request_id -> Integer,
        author_id -> Nullable<Integer>,
        from_household -> Bool,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    rent_plans (id) {
        id -> Integer,
        unit_id -> Integer,
        proposed_by -> Nullable<Integer>,
        proposed_at -> Timestamp,
        accepted_at -> Nullable<Timestamp>,
        accepted_by -> Nullable<Integer>,
        on_paper -> Bool,
        withdrawn_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    rent_watch (unit_id) {
        unit_id -> Integer,
        owner_id -> Integer,
        estate_id -> Integer,
        since -> Nullable<Date>,
        reasons -> Text,
        worked_out_on -> Date,
    }
}

diesel::table! {
    rent_reminders (unit_id, due_on, stage) {
        unit_id -> Integer,
        due_on -> Date,
        stage -> Text,
        sent -> Bool,
        decided_on -> Date,
    }
}

diesel::table! {
    rent_events (id) {
        id -> Integer,
        unit_id -> Integer,
        kind -> Text,
        due_on -> Nullable<Date>,
        amount_cents -> Nullable<BigInt>,
        request_id -> Nullable<Integer>,
        actor_id -> Nullable<Integer>,
        created_at -> Timestamp,
        notified_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    rent_inbox (id) {
        id -> Integer,
        user_id -> Integer,
        event_id -> Integer,
        link -> Text,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    rent_plan_instalments (id) {
        id -> Integer,
        plan_id -> Integer,
        due_on -> Date,
        amount_cents -> BigInt,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Integer,
        at -> Timestamp,
        actor_kind -> Text,
        actor_id -> Nullable<Integer>,
        actor_name -> Text,
        action -> Text,
        details -> Text,
    }
}

diesel::table! {
    elections (id) {
        id -> Integer,
        level -> Text,
        stair_id -> Nullable<Integer>,
        building_id -> Integer,
        estate_id -> Integer,
        seats -> Integer,
        nominations_until -> Timestamp,
        voting_from -> Timestamp,
        voting_until -> Timestamp,
        term_months -> Integer,
        runoff_of -> Nullable<Integer>,
        opened_by -> Nullable<Integer>,
        created_at -> Timestamp,
        voting_announced_at -> Nullable<Timestamp>,
        ballot_key -> Nullable<Text>,
        closed_at -> Nullable<Timestamp>,
        units -> Nullable<Integer>,
        units_voted -> Nullable<Integer>,
        blank -> Nullable<Integer>,
        against -> Nullable<Integer>,
        term_reminded_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    election_candidates (id) {
        id -> Integer,
        election_id -> Integer,
        user_id -> Integer,
        statement -> Text,
        statement_locale -> Text,
        created_at -> Timestamp,
        withdrawn_at -> Nullable<Timestamp>,
        votes -> Nullable<Integer>,
        elected -> Bool,
    }
}

diesel::table! {
    election_voters (election_id, unit_id) {
        election_id -> Integer,
        unit_id -> Integer,
        channel -> Text,
    }
}

diesel::table! {
    election_ballots (election_id, token) {
        election_id -> Integer,
        token -> Text,
        candidate_id -> Nullable<Integer>,
        against -> Bool,
    }
}

diesel::table! {
    election_events (id) {
        id -> Integer,
        election_id -> Integer,
        kind -> Text,
        created_at -> Timestamp,
        notified_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    election_inbox (id) {
        id -> Integer,
        user_id -> Integer,
        event_id -> Integer,
        link -> Text,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(api_keys -> organisations (organisation_id));
diesel::joinable!(push_subscriptions -> users (user_id));
diesel::joinable!(api_key_uses -> api_keys (key_id));
diesel::joinable!(buildings -> estates (estate_id));
diesel::joinable!(buildings -> organisations (owner_id));
diesel::joinable!(stairs -> buildings (building_id));
diesel::joinable!(units -> stairs (stair_id));
diesel::joinable!(role_grants -> users (user_id));
diesel::joinable!(channel_choices -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(magic_links -> users (user_id));
diesel::joinable!(activation_codes -> units (unit_id));
diesel::joinable!(category_names -> categories (category_id));
diesel::joinable!(reports -> categories (category_id));
diesel::joinable!(report_events -> reports (report_id));
diesel::joinable!(report_photos -> reports (report_id));
diesel::joinable!(report_followers -> reports (report_id));
diesel::joinable!(inbox -> reports (report_id));
diesel::joinable!(inbox -> report_events (event_id));
diesel::joinable!(visits -> reports (report_id));
diesel::joinable!(report_reads -> reports (report_id));
diesel::joinable!(notice_texts -> notices (notice_id));
diesel::joinable!(notice_events -> notices (notice_id));
diesel::joinable!(notice_inbox -> notices (notice_id));
diesel::joinable!(notice_seen -> notices (notice_id));
diesel::joinable!(assembly_minutes -> notices (notice_id));
diesel::joinable!(assembly_decisions -> assembly_minutes (notice_id));
diesel::joinable!(kit_texts -> kit_sections (section_id));
diesel::joinable!(unit_shares -> units (unit_id));
diesel::joinable!(rent_charges -> units (unit_id));
diesel::joinable!(rent_contacts -> units (unit_id));
diesel::joinable!(rent_contacts -> users (user_id));
diesel::joinable!(rent_help_requests -> units (unit_id));
diesel::joinable!(rent_plans -> units (unit_id));
diesel::joinable!(rent_plan_instalments -> rent_plans (plan_id));
diesel::joinable!(rent_help_messages -> rent_help_requests (request_id));
diesel::joinable!(rent_help_messages -> users (author_id));
diesel::joinable!(rent_payments -> units (unit_id));
diesel::joinable!(rent_charge_changes -> rent_charges (charge_id));
diesel::joinable!(rent_reminders -> units (unit_id));
diesel::joinable!(rent_watch -> units (unit_id));
diesel::joinable!(rent_events -> units (unit_id));
diesel::joinable!(rent_inbox -> rent_events (event_id));
diesel::joinable!(election_candidates -> elections (election_id));
diesel::joinable!(election_candidates -> users (user_id));
diesel::joinable!(election_voters -> elections (election_id));
diesel::joinable!(election_ballots -> elections (election_id));
diesel::joinable!(election_events -> elections (election_id));
diesel::joinable!(election_inbox -> election_events (event_id));

diesel::allow_tables_to_appear_in_same_query!(
    elections,
    election_candidates,
    election_voters,
    election_ballots,
    election_events,
    election_inbox,
    rent_watch,
    rent_reminders,
    rent_events,
    rent_inbox,
    rent_charges,
    rent_charge_changes,
    rent_payments,
    rent_contacts,
    rent_help_requests,
    rent_help_messages,
    rent_plans,
    rent_plan_instalments,
    channel_choices,
    push_subscriptions,
    vapid_keys,
    sign_in_alerts,
    api_keys,
    api_key_uses,
    organisations,
    estates,
    buildings,
    stairs,
    units,
    phone_codes,
    sms_inbound,
    sms_questions,
    users,
    role_grants,
    sessions,
    login_attempts,
    magic_links,
    activation_codes,
    outbox,
    categories,
    category_names,
    reports,
    report_events,
    report_photos,
    report_followers,
    inbox,
    service_levels,
    visits,
    response_templates,
    manager_digests,
    report_reads,
    notices,
    notice_texts,
    notice_events,
    notice_inbox,
    notice_seen,
    assembly_minutes,
    assembly_decisions,
    contact_cards,
    feed_tokens,
    kit_sections,
    kit_texts,
    service_contracts,
    building_expenses,
    unit_shares,
    audit_log,
);
