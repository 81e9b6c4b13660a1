"""On site: the check-in desk, walk-ins, badge codes typed through the wrong keyboard, the day's meetings."""
