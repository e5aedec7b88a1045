// The claim store: filled in by the store module.
