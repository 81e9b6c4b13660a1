"""The follow-up log: what came of meetings and contacts, the next actions, who and by when."""
