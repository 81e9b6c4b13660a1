"""B2B matchmaking: sessions, requests, availability, meetings, imports, wish forms, suggestions and the scheduler."""
