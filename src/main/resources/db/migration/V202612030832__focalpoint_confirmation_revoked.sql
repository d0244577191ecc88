-- A confirmation link replaced by a newer one for the same focal point no longer works.
alter table focal_point_confirmation add column revoked_at timestamptz;
create index focal_point_confirmation_point on focal_point_confirmation (focal_point_id) where used_at is null;
