"""Everything that talks to Label Studio lives in this package; its JSON is parsed into records here, once."""
