"""People in a mission: registrations, roles, statuses, travel and delegations."""
