"""B2B matchmaking: requests, the schedule grid, the scheduler."""
