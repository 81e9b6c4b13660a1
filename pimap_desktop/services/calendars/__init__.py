"""Calendar files: a mission's programme out as .ics, a partner's agenda in."""
