-- The part of a SuiteCRM 7 database (MariaDB / MySQL) that the SuiteCRM preset reads, with SuiteCRM's table
-- and column names and the types its MySQL driver creates (modules/*/vardefs.php, the SugarObjects templates
-- and metadata/*MetaData.php): ids are char(36) UUIDs (varchar(36) in relationship tables), flags are
-- tinyint(1), enums are varchar, text is text or longtext, dates are datetime in UTC.
-- Every module table has deleted, date_entered and date_modified; the relationship tables have only deleted
-- and date_modified, and email_addresses / email_addr_bean_rel name their creation date date_created, as in
-- SuiteCRM. Statements end with a semicolon at the end of a line.
-- The same script creates the demo's SuiteCRM database in H2 (MODE=MySQL), so it keeps to what both accept:
-- the one index SuiteCRM declares on a column prefix (emails_text.from_addr(191), for old MySQL key limits)
-- indexes the whole column here, which MariaDB 10.2+ allows for varchar(255) in utf8mb4.

DROP TABLE IF EXISTS notes;
DROP TABLE IF EXISTS emails_text;
DROP TABLE IF EXISTS emails;
DROP TABLE IF EXISTS meetings_contacts;
DROP TABLE IF EXISTS meetings;
DROP TABLE IF EXISTS calls_contacts;
DROP TABLE IF EXISTS calls;
DROP TABLE IF EXISTS cases;
DROP TABLE IF EXISTS email_addr_bean_rel;
DROP TABLE IF EXISTS email_addresses;
DROP TABLE IF EXISTS accounts_contacts;
DROP TABLE IF EXISTS contacts;
DROP TABLE IF EXISTS accounts;

-- Company template (include/SugarObjects/templates/company) and modules/Accounts.
CREATE TABLE accounts (
    id char(36) NOT NULL,
    name varchar(150) DEFAULT NULL,
    date_entered datetime DEFAULT NULL,
    date_modified datetime DEFAULT NULL,
    modified_user_id char(36) DEFAULT NULL,
    created_by char(36) DEFAULT NULL,
    description text,
    deleted tinyint(1) DEFAULT 0,
    assigned_user_id char(36) DEFAULT NULL,
    account_type varchar(50) DEFAULT NULL,
    industry varchar(50) DEFAULT NULL,
    phone_office varchar(100) DEFAULT NULL,
    phone_alternate varchar(100) DEFAULT NULL,
    phone_fax varchar(100) DEFAULT NULL,
    website varchar(255) DEFAULT NULL,
    billing_address_street varchar(150) DEFAULT NULL,
    billing_address_city varchar(100) DEFAULT NULL,
    billing_address_postalcode varchar(20) DEFAULT NULL,
    billing_address_country varchar(255) DEFAULT NULL,
    parent_id char(36) DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_accnt_id_del (id, deleted),
    KEY idx_accnt_name_del (name, deleted),
    KEY idx_accnt_assigned_del (deleted, assigned_user_id),
    KEY idx_accnt_parent_id (parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- Person template (include/SugarObjects/templates/person) and modules/Contacts. The e-mail addresses are
-- not columns of contacts: email1 is non-db and comes from email_addresses through email_addr_bean_rel.
CREATE TABLE contacts (
    id char(36) NOT NULL,
    date_entered datetime DEFAULT NULL,
    date_modified datetime DEFAULT NULL,
    modified_user_id char(36) DEFAULT NULL,
    created_by char(36) DEFAULT NULL,
    description text,
    deleted tinyint(1) DEFAULT 0,
    assigned_user_id char(36) DEFAULT NULL,
    salutation varchar(255) DEFAULT NULL,
    first_name varchar(100) DEFAULT NULL,
    last_name varchar(100) DEFAULT NULL,
    title varchar(100) DEFAULT NULL,
    department varchar(255) DEFAULT NULL,
    do_not_call tinyint(1) DEFAULT 0,
    phone_home varchar(100) DEFAULT NULL,
    phone_mobile varchar(100) DEFAULT NULL,
    phone_work varchar(100) DEFAULT NULL,
    phone_other varchar(100) DEFAULT NULL,
    phone_fax varchar(100) DEFAULT NULL,
    primary_address_street varchar(150) DEFAULT NULL,
    primary_address_city varchar(100) DEFAULT NULL,
    primary_address_postalcode varchar(20) DEFAULT NULL,
    primary_address_country varchar(255) DEFAULT NULL,
    lead_source varchar(255) DEFAULT NULL,
    birthdate date DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_cont_last_first (last_name, first_name, deleted),
    KEY idx_contacts_del_last (deleted, last_name),
    KEY idx_cont_assigned (assigned_user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- metadata/accounts_contactsMetaData.php
CREATE TABLE accounts_contacts (
    id varchar(36) NOT NULL,
    contact_id varchar(36) DEFAULT NULL,
    account_id varchar(36) DEFAULT NULL,
    date_modified datetime DEFAULT NULL,
    deleted tinyint(1) DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_account_contact (account_id, contact_id),
    KEY idx_contid_del_accid (contact_id, deleted, account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- metadata/email_addressesMetaData.php: addresses are shared rows, linked to any bean (contact, account,
-- lead...) by email_addr_bean_rel; primary_address marks the bean's primary address.
CREATE TABLE email_addresses (
    id char(36) NOT NULL,
    email_address varchar(255) DEFAULT NULL,
    email_address_caps varchar(255) DEFAULT NULL,
    invalid_email tinyint(1) DEFAULT 0,
    opt_out tinyint(1) DEFAULT 0,
    date_created datetime DEFAULT NULL,
    date_modified datetime DEFAULT NULL,
    deleted tinyint(1) DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_ea_caps_opt_out_invalid (email_address_caps, opt_out, invalid_email),
    KEY idx_ea_opt_out_invalid (email_address, opt_out, invalid_email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE email_addr_bean_rel (
    id char(36) NOT NULL,
    email_address_id char(36) NOT NULL,
    bean_id char(36) NOT NULL,
    bean_module varchar(100) NOT NULL,
    primary_address tinyint(1) DEFAULT 0,
    reply_to_address tinyint(1) DEFAULT 0,
    date_created datetime DEFAULT NULL,
    date_modified datetime DEFAULT NULL,
    deleted tinyint(1) DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_email_address_id (email_address_id),
    KEY idx_bean_id (bean_id, bean_module)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- Issue template and modules/Cases: case_number is an auto-increment number people quote on the phone.
CREATE TABLE cases (
    id char(36) NOT NULL,
    name varchar(255) DEFAULT NULL,
    date_entered datetime DEFAULT NULL,
    date_modified datetime DEFAULT NULL,
    modified_user_id char(36) DEFAULT NULL,
    created_by char(36) DEFAULT NULL,
    description text,
    deleted tinyint(1) DEFAULT 0,
    assigned_user_id char(36) DEFAULT NULL,
    case_number int(11) NOT NULL AUTO_INCREMENT,
    type varchar(255) DEFAULT NULL,
    status varchar(100) DEFAULT NULL,
    priority varchar(100) DEFAULT NULL,
    resolution text,
    work_log text,
    account_id char(36) DEFAULT NULL,
    state varchar(100) DEFAULT 'Open',
    contact_created_by_id char(36) DEFAULT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY casesnumk (case_number),
    KEY case_number (case_number),
    KEY idx_case_name (name),
    KEY idx_account_id (account_id),
    KEY idx_cases_stat_del (assigned_user_id, status, deleted)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- modules/Calls; the contacts of a call are in calls_contacts (metadata/calls_contactsMetaData.php).
CREATE TABLE calls (
    id char(36) NOT NULL,
    name varchar(50) DEFAULT NULL,
    date_entered datetime DEFAULT NULL,
    date_modified datetime DEFAULT NULL,
    modified_user_id char(36) DEFAULT NULL,
    created_by char(36) DEFAULT NULL,
    description text,
    deleted tinyint(1) DEFAULT 0,
    assigned_user_id char(36) DEFAULT NULL,
    duration_hours int(2) DEFAULT NULL,
    duration_minutes int(2) DEFAULT NULL,
    date_start datetime DEFAULT NULL,
    date_end datetime DEFAULT NULL,
    parent_type varchar(255) DEFAULT NULL,
    status varchar(100) DEFAULT 'Planned',
    direction varchar(100) DEFAULT NULL,
    parent_id char(36) DEFAULT NULL,
    reminder_time int(11) DEFAULT -1,
    outlook_id varchar(255) DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_call_name (name),
    KEY idx_status (status),
    KEY idx_calls_date_start (date_start),
    KEY idx_calls_par_del (parent_id, parent_type, deleted),
    KEY idx_calls_assigned_del (deleted, assigned_user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE calls_contacts (
    id varchar(36) NOT NULL,
    call_id varchar(36) DEFAULT NULL,
    contact_id varchar(36) DEFAULT NULL,
    required varchar(1) DEFAULT '1',
    accept_status varchar(25) DEFAULT 'none',
    date_modified datetime DEFAULT NULL,
    deleted tinyint(1) DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_con_call_call (call_id),
    KEY idx_con_call_con (contact_id),
    KEY idx_call_contact (call_id, contact_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- modules/Meetings; the contacts of a meeting are in meetings_contacts.
CREATE TABLE meetings (
    id char(36) NOT NULL,
    name varchar(50) DEFAULT NULL,
    date_entered datetime DEFAULT NULL,
    date_modified datetime DEFAULT NULL,
    modified_user_id char(36) DEFAULT NULL,
    created_by char(36) DEFAULT NULL,
    description text,
    deleted tinyint(1) DEFAULT 0,
    assigned_user_id char(36) DEFAULT NULL,
    location varchar(50) DEFAULT NULL,
    join_url varchar(200) DEFAULT NULL,
    duration_hours int(3) DEFAULT NULL,
    duration_minutes int(2) DEFAULT NULL,
    date_start datetime DEFAULT NULL,
    date_end datetime DEFAULT NULL,
    parent_type varchar(100) DEFAULT NULL,
    status varchar(100) DEFAULT 'Planned',
    type varchar(255) DEFAULT 'Sugar',
    parent_id char(36) DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_mtg_name (name),
    KEY idx_meet_par_del (parent_id, parent_type, deleted),
    KEY idx_meet_stat_del (assigned_user_id, status, deleted),
    KEY idx_meet_date_start (date_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE meetings_contacts (
    id varchar(36) NOT NULL,
    meeting_id varchar(36) DEFAULT NULL,
    contact_id varchar(36) DEFAULT NULL,
    required varchar(1) DEFAULT '1',
    accept_status varchar(25) DEFAULT 'none',
    date_modified datetime DEFAULT NULL,
    deleted tinyint(1) DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_con_mtg_mtg (meeting_id),
    KEY idx_con_mtg_con (contact_id),
    KEY idx_meeting_contact (meeting_id, contact_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- modules/Emails: the header row; type is out, inbound, archived, draft or campaign. The body and the
-- addresses are in emails_text, one row per e-mail.
CREATE TABLE emails (
    id char(36) NOT NULL,
    name varchar(255) DEFAULT NULL,
    date_entered datetime DEFAULT NULL,
    date_modified datetime DEFAULT NULL,
    modified_user_id char(36) DEFAULT NULL,
    created_by char(36) DEFAULT NULL,
    deleted tinyint(1) DEFAULT 0,
    assigned_user_id char(36) DEFAULT NULL,
    orphaned tinyint(1) DEFAULT NULL,
    last_synced datetime DEFAULT NULL,
    date_sent_received datetime DEFAULT NULL,
    message_id varchar(255) DEFAULT NULL,
    type varchar(100) DEFAULT NULL,
    status varchar(100) DEFAULT NULL,
    flagged tinyint(1) DEFAULT NULL,
    reply_to_status tinyint(1) DEFAULT NULL,
    intent varchar(100) DEFAULT 'pick',
    mailbox_id char(36) DEFAULT NULL,
    parent_type varchar(100) DEFAULT NULL,
    parent_id char(36) DEFAULT NULL,
    uid varchar(255) DEFAULT NULL,
    category_id varchar(100) DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_email_name (name),
    KEY idx_message_id (message_id),
    KEY idx_email_parent_id (parent_id),
    KEY idx_email_assigned (assigned_user_id, type, status),
    KEY idx_email_cat (category_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE emails_text (
    email_id char(36) NOT NULL,
    from_addr varchar(255) DEFAULT NULL,
    reply_to_addr varchar(255) DEFAULT NULL,
    to_addrs text,
    cc_addrs text,
    bcc_addrs text,
    description longtext,
    description_html longtext,
    raw_source longtext,
    deleted tinyint(1) DEFAULT 0,
    PRIMARY KEY (email_id),
    KEY emails_textfromaddr (from_addr)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- modules/Notes: attached to any record by parent_type / parent_id, and to a contact by contact_id.
CREATE TABLE notes (
    id char(36) NOT NULL,
    assigned_user_id char(36) DEFAULT NULL,
    date_entered datetime DEFAULT NULL,
    date_modified datetime DEFAULT NULL,
    modified_user_id char(36) DEFAULT NULL,
    created_by char(36) DEFAULT NULL,
    name varchar(255) DEFAULT NULL,
    file_mime_type varchar(100) DEFAULT NULL,
    filename varchar(255) DEFAULT NULL,
    parent_type varchar(255) DEFAULT NULL,
    parent_id char(36) DEFAULT NULL,
    contact_id char(36) DEFAULT NULL,
    portal_flag tinyint(1) DEFAULT NULL,
    embed_flag tinyint(1) DEFAULT 0,
    description text,
    deleted tinyint(1) DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_note_name (name),
    KEY idx_notes_parent (parent_id, parent_type),
    KEY idx_note_contact (contact_id),
    KEY idx_notes_assigned_del (deleted, assigned_user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
