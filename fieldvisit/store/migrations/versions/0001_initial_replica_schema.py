"""initial replica schema

Revision ID: 0001
Revises: 
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=True),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_table('campaign',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('fund_source', sa.String(length=100), nullable=True),
    sa.Column('budget_fen', sa.Integer(), nullable=False),
    sa.Column('cap_fen', sa.Integer(), nullable=True),
    sa.Column('standards', sa.JSON(), nullable=False),
    sa.Column('catalogue', sa.JSON(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('head_key', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign'))
    )
    op.create_table('conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('base_value', sa.JSON(), nullable=False),
    sa.Column('values', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('resolved_by', sa.String(length=36), nullable=True),
    sa.Column('resolution', sa.JSON(), nullable=False),
    sa.Column('detected_at', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_status'), ['status'], unique=False)

    op.create_table('device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('head_key', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device'))
    )
    op.create_table('draft',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft'))
    )
    op.create_table('duplicate_dismissal',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('household_a', sa.String(length=36), nullable=False),
    sa.Column('household_b', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duplicate_dismissal')),
    sa.UniqueConstraint('household_a', 'household_b', name=op.f('uq_duplicate_dismissal_household_a'))
    )
    op.create_table('finding_decision',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('finding_key', sa.String(length=200), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding_decision'))
    )
    with op.batch_alter_table('finding_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finding_decision_finding_key'), ['finding_key'], unique=False)

    op.create_table('household',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('register_no', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('gender', sa.String(length=4), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('district', sa.String(length=100), nullable=True),
    sa.Column('workplace', sa.String(length=200), nullable=True),
    sa.Column('category', sa.String(length=40), nullable=True),
    sa.Column('causes', sa.JSON(), nullable=False),
    sa.Column('monthly_income_fen', sa.Integer(), nullable=True),
    sa.Column('family_size', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('left_hardship_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('head_key', sa.String(length=80), nullable=False),
    sa.Column('name_key', sa.Text(), nullable=False),
    sa.Column('id_rev', sa.String(length=18), nullable=True),
    sa.Column('phone_rev', sa.String(length=20), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household'))
    )
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_district'), ['district'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_id_rev'), ['id_rev'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_phone_rev'), ['phone_rev'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_register_no'), ['register_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_team_id'), ['team_id'], unique=False)

    op.create_table('member',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('orig_household_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=True),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('health', sa.String(length=200), nullable=True),
    sa.Column('schooling', sa.String(length=200), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('head_key', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member'))
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_orig_household_id'), ['orig_household_id'], unique=False)

    op.create_table('need',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('orig_household_id', sa.String(length=36), nullable=True),
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=100), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('head_key', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_need'))
    )
    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_need_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_need_orig_household_id'), ['orig_household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_need_status'), ['status'], unique=False)

    op.create_table('need_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('need_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=12), nullable=True),
    sa.Column('to_status', sa.String(length=12), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('applied', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_need_event'))
    )
    with op.batch_alter_table('need_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_need_event_need_id'), ['need_id'], unique=False)

    op.create_table('operation',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('sort_key', sa.String(length=80), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_operation')),
    sa.UniqueConstraint('device_id', 'seq', name=op.f('uq_operation_device_id')),
    sa.UniqueConstraint('sort_key', name=op.f('uq_operation_sort_key'))
    )
    with op.batch_alter_table('operation', schema=None) as batch_op:
        batch_op.create_index('ix_operation_row', ['entity', 'row_id', 'sort_key'], unique=False)

    op.create_table('payment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('orig_household_id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=True),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('cash_fen', sa.Integer(), nullable=False),
    sa.Column('goods', sa.JSON(), nullable=False),
    sa.Column('goods_value_fen', sa.Integer(), nullable=False),
    sa.Column('recipient_name', sa.String(length=100), nullable=True),
    sa.Column('proxy_name', sa.String(length=100), nullable=True),
    sa.Column('proxy_relation', sa.String(length=20), nullable=True),
    sa.Column('sign_mode', sa.String(length=12), nullable=False),
    sa.Column('signature_png', sa.LargeBinary(), nullable=True),
    sa.Column('visitors', sa.String(length=200), nullable=True),
    sa.Column('witness', sa.String(length=100), nullable=True),
    sa.Column('receipt_no', sa.String(length=40), nullable=True),
    sa.Column('override_reason', sa.String(length=300), nullable=True),
    sa.Column('reverses_id', sa.String(length=36), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_orig_household_id'), ['orig_household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_paid_on'), ['paid_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_receipt_no'), ['receipt_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_reverses_id'), ['reverses_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_visit_id'), ['visit_id'], unique=False)

    op.create_table('photo',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('mime', sa.String(length=30), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('caption', sa.String(length=200), nullable=True),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photo'))
    )
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photo_visit_id'), ['visit_id'], unique=False)

    op.create_table('receipt_counter',
    sa.Column('prefix', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('prefix', 'year', name=op.f('pk_receipt_counter'))
    )
    op.create_table('receipt_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('receipt_no', sa.String(length=40), nullable=False),
    sa.Column('payment_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_event'))
    )
    with op.batch_alter_table('receipt_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_event_payment_id'), ['payment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_event_receipt_no'), ['receipt_no'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('team',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=True),
    sa.Column('district', sa.String(length=100), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('head_key', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team'))
    )
    op.create_table('visit',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('orig_household_id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=True),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('visitors', sa.String(length=200), nullable=True),
    sa.Column('observations', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_orig_household_id'), ['orig_household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_visited_on'), ['visited_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_visited_on'))
        batch_op.drop_index(batch_op.f('ix_visit_orig_household_id'))
        batch_op.drop_index(batch_op.f('ix_visit_household_id'))
        batch_op.drop_index(batch_op.f('ix_visit_campaign_id'))

    op.drop_table('visit')
    op.drop_table('team')
    op.drop_table('setting')
    with op.batch_alter_table('receipt_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_event_receipt_no'))
        batch_op.drop_index(batch_op.f('ix_receipt_event_payment_id'))

    op.drop_table('receipt_event')
    op.drop_table('receipt_counter')
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photo_visit_id'))

    op.drop_table('photo')
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_visit_id'))
        batch_op.drop_index(batch_op.f('ix_payment_reverses_id'))
        batch_op.drop_index(batch_op.f('ix_payment_receipt_no'))
        batch_op.drop_index(batch_op.f('ix_payment_paid_on'))
        batch_op.drop_index(batch_op.f('ix_payment_orig_household_id'))
        batch_op.drop_index(batch_op.f('ix_payment_household_id'))
        batch_op.drop_index(batch_op.f('ix_payment_campaign_id'))

    op.drop_table('payment')
    with op.batch_alter_table('operation', schema=None) as batch_op:
        batch_op.drop_index('ix_operation_row')

    op.drop_table('operation')
    with op.batch_alter_table('need_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_need_event_need_id'))

    op.drop_table('need_event')
    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_need_status'))
        batch_op.drop_index(batch_op.f('ix_need_orig_household_id'))
        batch_op.drop_index(batch_op.f('ix_need_household_id'))

    op.drop_table('need')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_orig_household_id'))
        batch_op.drop_index(batch_op.f('ix_member_household_id'))

    op.drop_table('member')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_team_id'))
        batch_op.drop_index(batch_op.f('ix_household_register_no'))
        batch_op.drop_index(batch_op.f('ix_household_phone_rev'))
        batch_op.drop_index(batch_op.f('ix_household_id_rev'))
        batch_op.drop_index(batch_op.f('ix_household_id_number'))
        batch_op.drop_index(batch_op.f('ix_household_district'))
        batch_op.drop_index(batch_op.f('ix_household_category'))

    op.drop_table('household')
    with op.batch_alter_table('finding_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finding_decision_finding_key'))

    op.drop_table('finding_decision')
    op.drop_table('duplicate_dismissal')
    op.drop_table('draft')
    op.drop_table('device')
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_status'))
        batch_op.drop_index(batch_op.f('ix_conflict_row_id'))

    op.drop_table('conflict')
    op.drop_table('campaign')
    op.drop_table('audit_log')
