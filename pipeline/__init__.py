"""The nightly content pipeline: many briefs -> stored, checked drafts, idempotent by (brief, as_of)."""
