"""Initial schema: the whole data model of PIMAP Desktop.

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


# SQLite's header field that marks a file as a PIMAP database ("PIMA").
PIMAP_APPLICATION_ID = 0x50494D41

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {PIMAP_APPLICATION_ID}")
    op.create_table('clusters',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=40), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('colour', sa.String(length=7), nullable=False),
    sa.Column('logo', sa.String(length=200), nullable=False),
    sa.Column('sectors', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clusters')),
    sa.UniqueConstraint('name', name=op.f('uq_clusters_name'))
    )
    op.create_table('missions',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('business_mission', 'workshop', 'fair_participation', 'matchmaking_event', name='missionkind', native_enum=False, length=40), nullable=False),
    sa.Column('host_event', sa.String(length=200), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'open', 'running', 'closed', name='missionstatus', native_enum=False, length=40), nullable=False),
    sa.Column('objectives', sa.Text(), nullable=False),
    sa.Column('practical_info', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_missions_dates_in_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_missions')),
    sa.UniqueConstraint('code', name=op.f('uq_missions_code'))
    )
    op.create_table('delegations',
    sa.Column('mission_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('cluster_id', sa.Uuid(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['cluster_id'], ['clusters.id'], name=op.f('fk_delegations_cluster_id_clusters'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_delegations_mission_id_missions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delegations')),
    sa.UniqueConstraint('mission_id', 'name', name=op.f('uq_delegations_mission_id_name'))
    )
    with op.batch_alter_table('delegations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delegations_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_delegations_mission_id'), ['mission_id'], unique=False)

    op.create_table('kpi_targets',
    sa.Column('mission_id', sa.Uuid(), nullable=True),
    sa.Column('cluster_id', sa.Uuid(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('metric', sa.Enum('smes_engaged', 'participants', 'meetings_requested', 'meetings_scheduled', 'meetings_held', 'followups', 'agreements_signed', 'mous_signed', name='kpimetric', native_enum=False, length=40), nullable=False),
    sa.Column('target', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('target >= 0', name=op.f('ck_kpi_targets_target_not_negative')),
    sa.ForeignKeyConstraint(['cluster_id'], ['clusters.id'], name=op.f('fk_kpi_targets_cluster_id_clusters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_kpi_targets_mission_id_missions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kpi_targets')),
    sa.UniqueConstraint('mission_id', 'cluster_id', 'year', 'metric', name=op.f('uq_kpi_targets_mission_id_cluster_id_year_metric'))
    )
    with op.batch_alter_table('kpi_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kpi_targets_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_kpi_targets_mission_id'), ['mission_id'], unique=False)

    op.create_table('mission_clusters',
    sa.Column('mission_id', sa.Uuid(), nullable=False),
    sa.Column('cluster_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['cluster_id'], ['clusters.id'], name=op.f('fk_mission_clusters_cluster_id_clusters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_mission_clusters_mission_id_missions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mission_id', 'cluster_id', name=op.f('pk_mission_clusters'))
    )
    op.create_table('organisations',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('normalised_name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('sme', 'large_company', 'cluster', 'research_centre', 'integrator', 'investor', 'public_body', 'other', name='organisationkind', native_enum=False, length=40), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('size', sa.Enum('micro', 'small', 'medium', 'large', name='organisationsize', native_enum=False, length=40), nullable=True),
    sa.Column('sectors', sa.JSON(), nullable=False),
    sa.Column('technologies', sa.JSON(), nullable=False),
    sa.Column('application_areas', sa.JSON(), nullable=False),
    sa.Column('value_chain_position', sa.String(length=120), nullable=False),
    sa.Column('offers', sa.Text(), nullable=False),
    sa.Column('seeks', sa.Text(), nullable=False),
    sa.Column('export_readiness', sa.Enum('not_ready', 'exploring', 'ready', 'exporting', name='exportreadiness', native_enum=False, length=40), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('cluster_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['cluster_id'], ['clusters.id'], name=op.f('fk_organisations_cluster_id_clusters'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations'))
    )
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisations_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisations_normalised_name'), ['normalised_name'], unique=False)

    op.create_table('venues',
    sa.Column('mission_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_venues_mission_id_missions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venues'))
    )
    with op.batch_alter_table('venues', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_venues_mission_id'), ['mission_id'], unique=False)

    op.create_table('people',
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('first_name', sa.String(length=120), nullable=False),
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('job_title', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('badge_name', sa.String(length=120), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('dietary_needs', sa.String(length=300), nullable=False),
    sa.Column('accessibility_needs', sa.String(length=300), nullable=False),
    sa.Column('consent_listed', sa.Boolean(), nullable=False),
    sa.Column('consent_contact', sa.Boolean(), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_people_organisation_id_organisations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('email', name=op.f('uq_people_email'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('programme_items',
    sa.Column('mission_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('briefing', 'fair_visit', 'site_visit', 'reception', 'workshop_session', 'b2b_session', 'meal', 'travel', 'other', name='programmeitemkind', native_enum=False, length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('venue_id', sa.Uuid(), nullable=True),
    sa.Column('room', sa.String(length=120), nullable=False),
    sa.Column('audience', sa.Enum('everyone', 'group', 'named', name='audience', native_enum=False, length=40), nullable=False),
    sa.Column('delegation_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_programme_items_times_in_order')),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegations.id'], name=op.f('fk_programme_items_delegation_id_delegations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_programme_items_mission_id_missions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_programme_items_venue_id_venues'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_items'))
    )
    with op.batch_alter_table('programme_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_items_delegation_id'), ['delegation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_items_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_items_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_items_venue_id'), ['venue_id'], unique=False)

    op.create_table('b2b_sessions',
    sa.Column('mission_id', sa.Uuid(), nullable=False),
    sa.Column('programme_item_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('slot_minutes', sa.Integer(), nullable=False),
    sa.Column('break_minutes', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('break_minutes >= 0', name=op.f('ck_b2b_sessions_break_not_negative')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_b2b_sessions_times_in_order')),
    sa.CheckConstraint('slot_minutes > 0', name=op.f('ck_b2b_sessions_slot_positive')),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_b2b_sessions_mission_id_missions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_item_id'], ['programme_items.id'], name=op.f('fk_b2b_sessions_programme_item_id_programme_items'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_b2b_sessions'))
    )
    with op.batch_alter_table('b2b_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_b2b_sessions_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_b2b_sessions_programme_item_id'), ['programme_item_id'], unique=False)

    op.create_table('registrations',
    sa.Column('mission_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('delegation_id', sa.Uuid(), nullable=True),
    sa.Column('role', sa.Enum('delegate', 'local_participant', 'local_host', 'coordinator', 'speaker', 'visitor', name='registrationrole', native_enum=False, length=40), nullable=False),
    sa.Column('status', sa.Enum('invited', 'registered', 'confirmed', 'waitlisted', 'cancelled', 'no_show', name='registrationstatus', native_enum=False, length=40), nullable=False),
    sa.Column('arrival_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('departure_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hotel', sa.String(length=200), nullable=False),
    sa.Column('badges_printed', sa.Integer(), nullable=False),
    sa.Column('badge_printed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('checked_in_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegations.id'], name=op.f('fk_registrations_delegation_id_delegations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_registrations_mission_id_missions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_registrations_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registrations')),
    sa.UniqueConstraint('mission_id', 'person_id', name=op.f('uq_registrations_mission_id_person_id'))
    )
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registrations_delegation_id'), ['delegation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registrations_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registrations_person_id'), ['person_id'], unique=False)

    op.create_table('availabilities',
    sa.Column('registration_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_availabilities_times_in_order')),
    sa.ForeignKeyConstraint(['registration_id'], ['registrations.id'], name=op.f('fk_availabilities_registration_id_registrations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_availabilities'))
    )
    with op.batch_alter_table('availabilities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_availabilities_registration_id'), ['registration_id'], unique=False)

    op.create_table('b2b_tables',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['b2b_sessions.id'], name=op.f('fk_b2b_tables_session_id_b2b_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_b2b_tables')),
    sa.UniqueConstraint('session_id', 'number', name=op.f('uq_b2b_tables_session_id_number'))
    )
    with op.batch_alter_table('b2b_tables', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_b2b_tables_session_id'), ['session_id'], unique=False)

    op.create_table('meeting_requests',
    sa.Column('mission_id', sa.Uuid(), nullable=False),
    sa.Column('requester_id', sa.Uuid(), nullable=False),
    sa.Column('target_id', sa.Uuid(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'accepted', 'declined', name='requeststatus', native_enum=False, length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('priority BETWEEN 1 AND 3', name=op.f('ck_meeting_requests_priority_range')),
    sa.CheckConstraint('requester_id <> target_id', name=op.f('ck_meeting_requests_not_self')),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_meeting_requests_mission_id_missions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requester_id'], ['registrations.id'], name=op.f('fk_meeting_requests_requester_id_registrations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_id'], ['registrations.id'], name=op.f('fk_meeting_requests_target_id_registrations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_requests')),
    sa.UniqueConstraint('requester_id', 'target_id', name=op.f('uq_meeting_requests_requester_id_target_id'))
    )
    with op.batch_alter_table('meeting_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_requests_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_requests_requester_id'), ['requester_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_requests_target_id'), ['target_id'], unique=False)

    op.create_table('programme_item_attendees',
    sa.Column('programme_item_id', sa.Uuid(), nullable=False),
    sa.Column('registration_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['programme_item_id'], ['programme_items.id'], name=op.f('fk_programme_item_attendees_programme_item_id_programme_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['registration_id'], ['registrations.id'], name=op.f('fk_programme_item_attendees_registration_id_registrations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('programme_item_id', 'registration_id', name=op.f('pk_programme_item_attendees'))
    )
    op.create_table('meetings',
    sa.Column('mission_id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=True),
    sa.Column('table_id', sa.Uuid(), nullable=True),
    sa.Column('request_id', sa.Uuid(), nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.Enum('scheduled', 'held', 'no_show', 'cancelled', name='meetingstatus', native_enum=False, length=40), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_meetings_times_in_order')),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_meetings_mission_id_missions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['meeting_requests.id'], name=op.f('fk_meetings_request_id_meeting_requests'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['b2b_sessions.id'], name=op.f('fk_meetings_session_id_b2b_sessions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['table_id'], ['b2b_tables.id'], name=op.f('fk_meetings_table_id_b2b_tables'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_table_id'), ['table_id'], unique=False)

    op.create_table('follow_ups',
    sa.Column('mission_id', sa.Uuid(), nullable=True),
    sa.Column('meeting_id', sa.Uuid(), nullable=True),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('outcome', sa.Enum('no_interest', 'information_exchanged', 'followup_meeting_planned', 'proposal_sent', 'agreement_negotiation', 'agreement_signed', 'mou_signed', name='followupoutcome', native_enum=False, length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('next_action', sa.String(length=300), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['people.id'], name=op.f('fk_follow_ups_contact_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_follow_ups_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_follow_ups_mission_id_missions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_follow_ups_organisation_id_organisations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['people.id'], name=op.f('fk_follow_ups_owner_id_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_mission_id'), ['mission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_owner_id'), ['owner_id'], unique=False)

    op.create_table('meeting_participants',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('registration_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_participants_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['registration_id'], ['registrations.id'], name=op.f('fk_meeting_participants_registration_id_registrations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'registration_id', name=op.f('pk_meeting_participants'))
    )


def downgrade() -> None:
    op.drop_table('meeting_participants')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_ups_owner_id'))
        batch_op.drop_index(batch_op.f('ix_follow_ups_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_follow_ups_mission_id'))
        batch_op.drop_index(batch_op.f('ix_follow_ups_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_follow_ups_contact_id'))

    op.drop_table('follow_ups')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_table_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_starts_at'))
        batch_op.drop_index(batch_op.f('ix_meetings_session_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_request_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_mission_id'))

    op.drop_table('meetings')
    op.drop_table('programme_item_attendees')
    with op.batch_alter_table('meeting_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_requests_target_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_requests_requester_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_requests_mission_id'))

    op.drop_table('meeting_requests')
    with op.batch_alter_table('b2b_tables', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_b2b_tables_session_id'))

    op.drop_table('b2b_tables')
    with op.batch_alter_table('availabilities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_availabilities_registration_id'))

    op.drop_table('availabilities')
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registrations_person_id'))
        batch_op.drop_index(batch_op.f('ix_registrations_mission_id'))
        batch_op.drop_index(batch_op.f('ix_registrations_delegation_id'))

    op.drop_table('registrations')
    with op.batch_alter_table('b2b_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_b2b_sessions_programme_item_id'))
        batch_op.drop_index(batch_op.f('ix_b2b_sessions_mission_id'))

    op.drop_table('b2b_sessions')
    with op.batch_alter_table('programme_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_items_venue_id'))
        batch_op.drop_index(batch_op.f('ix_programme_items_starts_at'))
        batch_op.drop_index(batch_op.f('ix_programme_items_mission_id'))
        batch_op.drop_index(batch_op.f('ix_programme_items_delegation_id'))

    op.drop_table('programme_items')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_organisation_id'))

    op.drop_table('people')
    with op.batch_alter_table('venues', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_venues_mission_id'))

    op.drop_table('venues')
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisations_normalised_name'))
        batch_op.drop_index(batch_op.f('ix_organisations_cluster_id'))

    op.drop_table('organisations')
    op.drop_table('mission_clusters')
    with op.batch_alter_table('kpi_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kpi_targets_mission_id'))
        batch_op.drop_index(batch_op.f('ix_kpi_targets_cluster_id'))

    op.drop_table('kpi_targets')
    with op.batch_alter_table('delegations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delegations_mission_id'))
        batch_op.drop_index(batch_op.f('ix_delegations_cluster_id'))

    op.drop_table('delegations')
    op.drop_table('missions')
    op.drop_table('clusters')
