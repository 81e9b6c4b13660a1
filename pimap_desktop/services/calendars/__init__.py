"""Calendar files: a mission's programme out as .ics, a partner's agenda in.

export (the .ics of a programme or a person's) and timezones (its VTIMEZONE); reading (the file),
events (its events as programme items), recurrence (the bounds of repeating events), importing
(into the programme) and undo (an import taken back); ics holds what they share.
"""
