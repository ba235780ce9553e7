"""The group's working records: rules, funds, entries, sign-off, goals and meetings."""
