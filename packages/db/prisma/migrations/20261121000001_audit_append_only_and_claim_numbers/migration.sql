-- The audit trail is append-only: refuse any UPDATE or DELETE of an AuditEvent row.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent rows are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

-- Claim numbers ("WA-PFML-2026-000123") take their serial from one sequence, so concurrent
-- submissions never collide.
CREATE SEQUENCE claim_number_seq START 1000;
