// The reports: filled in by the report module.
