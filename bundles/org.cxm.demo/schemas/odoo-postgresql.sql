-- The part of an Odoo 17 database (PostgreSQL) that the Odoo preset reads, with the tables and columns the
-- ORM creates for res.partner, crm.lead, crm.stage, sale.order, account.move, mail.message and res.currency
-- (table = model name with dots as underscores): serial integer ids, Many2one as integer with a foreign key,
-- Char as varchar, Text and Html as text, Monetary as numeric, Datetime as timestamp without time zone in
-- UTC, translated Char (crm_stage.name) as jsonb. Archived records have active = false; unlink deletes rows.
-- Statements end with a semicolon at the end of a line. The same script creates the demo's Odoo database in
-- H2 (MODE=PostgreSQL), which accepts all of it.

DROP TABLE IF EXISTS mail_message;
DROP TABLE IF EXISTS discuss_channel_member;
DROP TABLE IF EXISTS discuss_channel;
DROP TABLE IF EXISTS account_move;
DROP TABLE IF EXISTS sale_order;
DROP TABLE IF EXISTS crm_lead;
DROP TABLE IF EXISTS crm_stage;
DROP TABLE IF EXISTS res_partner;
DROP TABLE IF EXISTS res_currency;

CREATE TABLE res_currency (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    full_name varchar,
    symbol varchar NOT NULL,
    rounding numeric,
    decimal_places integer,
    active boolean,
    position varchar,
    create_uid integer,
    create_date timestamp without time zone,
    write_uid integer,
    write_date timestamp without time zone,
    CONSTRAINT res_currency_unique_name UNIQUE (name)
);

-- odoo/addons/base/models/res_partner.py, with the stored fields that account, crm and mail add
-- (customer_rank, email_normalized). Companies and people are both partners: is_company tells them apart,
-- parent_id links a person to her company, commercial_company_name is the company's name.
CREATE TABLE res_partner (
    id serial PRIMARY KEY,
    company_id integer,
    create_date timestamp without time zone,
    name varchar,
    complete_name varchar,
    title integer,
    parent_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    user_id integer,
    state_id integer,
    country_id integer,
    industry_id integer,
    color integer,
    commercial_partner_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    create_uid integer,
    write_uid integer,
    ref varchar,
    lang varchar,
    tz varchar,
    vat varchar,
    company_registry varchar,
    website varchar,
    function varchar,
    type varchar,
    street varchar,
    street2 varchar,
    zip varchar,
    city varchar,
    email varchar,
    email_normalized varchar,
    phone varchar,
    mobile varchar,
    commercial_company_name varchar,
    company_name varchar,
    comment text,
    active boolean,
    employee boolean,
    is_company boolean,
    partner_share boolean,
    customer_rank integer,
    supplier_rank integer,
    write_date timestamp without time zone,
    CONSTRAINT res_partner_check_name CHECK (type = 'contact' AND name IS NOT NULL OR type <> 'contact')
);
CREATE INDEX res_partner__complete_name_index ON res_partner (complete_name);
CREATE INDEX res_partner__parent_id_index ON res_partner (parent_id);
CREATE INDEX res_partner__commercial_partner_id_index ON res_partner (commercial_partner_id);
CREATE INDEX res_partner__vat_index ON res_partner (vat);
CREATE INDEX res_partner__email_normalized_index ON res_partner (email_normalized);

-- addons/crm/models/crm_stage.py: the name is translated, so jsonb keyed by language.
CREATE TABLE crm_stage (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    sequence integer,
    is_won boolean,
    fold boolean,
    team_id integer,
    create_uid integer,
    create_date timestamp without time zone,
    write_uid integer,
    write_date timestamp without time zone
);

-- addons/crm/models/crm_lead.py: leads and opportunities (type); a lead may have no partner yet and only
-- the e-mail it came from. Lost leads are archived (active = false, probability 0).
CREATE TABLE crm_lead (
    id serial PRIMARY KEY,
    campaign_id integer,
    source_id integer,
    medium_id integer,
    user_id integer,
    team_id integer,
    company_id integer,
    stage_id integer REFERENCES crm_stage (id) ON DELETE SET NULL,
    partner_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    lost_reason_id integer,
    create_uid integer,
    write_uid integer,
    name varchar NOT NULL,
    email_from varchar,
    email_normalized varchar,
    phone varchar,
    mobile varchar,
    contact_name varchar,
    partner_name varchar,
    type varchar NOT NULL,
    priority varchar,
    description text,
    active boolean,
    probability double precision,
    automated_probability double precision,
    expected_revenue numeric,
    prorated_revenue numeric,
    date_open timestamp without time zone,
    date_closed timestamp without time zone,
    date_conversion timestamp without time zone,
    date_last_stage_update timestamp without time zone,
    date_deadline date,
    won_status varchar,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE INDEX crm_lead__partner_id_index ON crm_lead (partner_id);
CREATE INDEX crm_lead__email_normalized_index ON crm_lead (email_normalized);
CREATE INDEX crm_lead__stage_id_index ON crm_lead (stage_id);

-- addons/sale/models/sale_order.py: state is draft, sent (quotations), sale (confirmed) or cancel.
CREATE TABLE sale_order (
    id serial PRIMARY KEY,
    campaign_id integer,
    source_id integer,
    medium_id integer,
    company_id integer NOT NULL,
    partner_id integer NOT NULL REFERENCES res_partner (id) ON DELETE RESTRICT,
    partner_invoice_id integer REFERENCES res_partner (id),
    partner_shipping_id integer REFERENCES res_partner (id),
    currency_id integer REFERENCES res_currency (id),
    pricelist_id integer,
    team_id integer,
    user_id integer,
    create_uid integer,
    write_uid integer,
    access_token varchar,
    name varchar NOT NULL,
    state varchar,
    client_order_ref varchar,
    origin varchar,
    reference varchar,
    invoice_status varchar,
    validity_date date,
    note text,
    amount_untaxed numeric,
    amount_tax numeric,
    amount_total numeric,
    currency_rate numeric,
    locked boolean,
    require_signature boolean,
    require_payment boolean,
    commitment_date timestamp without time zone,
    date_order timestamp without time zone NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE INDEX sale_order__partner_id_index ON sale_order (partner_id);
CREATE INDEX sale_order__date_order_index ON sale_order (date_order);
CREATE INDEX sale_order__state_index ON sale_order (state);

-- addons/account/models/account_move.py: journal entries of every kind; customer invoices are
-- move_type out_invoice, credit notes out_refund. payment_state is not_paid, partial, in_payment, paid,
-- reversed or invoicing_legacy; amount_residual is what is still owed.
CREATE TABLE account_move (
    id serial PRIMARY KEY,
    journal_id integer NOT NULL,
    company_id integer,
    currency_id integer NOT NULL REFERENCES res_currency (id),
    partner_id integer REFERENCES res_partner (id) ON DELETE RESTRICT,
    commercial_partner_id integer REFERENCES res_partner (id),
    invoice_user_id integer,
    invoice_payment_term_id integer,
    create_uid integer,
    write_uid integer,
    name varchar,
    ref varchar,
    state varchar NOT NULL,
    move_type varchar NOT NULL,
    payment_state varchar,
    payment_reference varchar,
    invoice_origin varchar,
    date date NOT NULL,
    invoice_date date,
    invoice_date_due date,
    amount_untaxed numeric,
    amount_tax numeric,
    amount_total numeric,
    amount_residual numeric,
    amount_untaxed_signed numeric,
    amount_tax_signed numeric,
    amount_total_signed numeric,
    amount_residual_signed numeric,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE INDEX account_move__partner_id_index ON account_move (partner_id);
CREATE INDEX account_move__invoice_date_index ON account_move (invoice_date);
CREATE INDEX account_move__state_index ON account_move (state);
CREATE INDEX account_move__payment_state_index ON account_move (payment_state);

-- addons/mail/models/mail_message.py: the chatter of any record (model, res_id). message_type is email
-- (incoming), email_outgoing, comment (a message or a log note), notification, auto_comment or
-- user_notification; author_id is the partner who wrote it.
CREATE TABLE mail_message (
    id serial PRIMARY KEY,
    parent_id integer REFERENCES mail_message (id) ON DELETE SET NULL,
    res_id integer,
    record_alias_domain_id integer,
    record_company_id integer,
    subtype_id integer,
    mail_activity_type_id integer,
    author_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    author_guest_id integer,
    mail_server_id integer,
    create_uid integer,
    write_uid integer,
    subject varchar,
    model varchar,
    record_name varchar,
    message_type varchar NOT NULL,
    email_from varchar,
    message_id varchar,
    reply_to varchar,
    email_layout_xmlid varchar,
    body text,
    is_internal boolean,
    reply_to_force_new boolean,
    email_add_signature boolean,
    date timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE INDEX mail_message__res_id_index ON mail_message (res_id);
CREATE INDEX mail_message__model_index ON mail_message (model);
CREATE INDEX mail_message__author_id_index ON mail_message (author_id);
CREATE INDEX mail_message__message_type_index ON mail_message (message_type);
CREATE INDEX mail_message_model_res_id_idx ON mail_message (model, res_id);
CREATE INDEX mail_message_model_res_id_id_idx ON mail_message (model, res_id, id);

-- addons/mail/models/discuss/discuss_channel.py (mail.channel before Odoo 17) and the fields im_livechat adds:
-- a live chat session is a channel of type livechat between an operator (livechat_operator_id, a partner of
-- an internal user) and a visitor, who is a member with a partner when known and a guest otherwise. The
-- messages of a session are mail_message rows of model discuss.channel.
CREATE TABLE discuss_channel (
    id serial PRIMARY KEY,
    parent_channel_id integer,
    livechat_channel_id integer,
    livechat_operator_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    country_id integer,
    create_uid integer,
    write_uid integer,
    name varchar NOT NULL,
    channel_type varchar NOT NULL,
    uuid varchar,
    anonymous_name varchar,
    description text,
    livechat_active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE INDEX discuss_channel__channel_type_index ON discuss_channel (channel_type);

-- addons/mail/models/discuss/discuss_channel_member.py (mail.channel.partner before Odoo 17).
CREATE TABLE discuss_channel_member (
    id serial PRIMARY KEY,
    channel_id integer NOT NULL REFERENCES discuss_channel (id) ON DELETE CASCADE,
    partner_id integer REFERENCES res_partner (id) ON DELETE CASCADE,
    guest_id integer,
    fetched_message_id integer,
    seen_message_id integer,
    create_uid integer,
    write_uid integer,
    last_interest_dt timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE INDEX discuss_channel_member__channel_id_index ON discuss_channel_member (channel_id);
CREATE INDEX discuss_channel_member__partner_id_index ON discuss_channel_member (partner_id);
