"""Missions, their venues and programme, and whom each item is meant for."""
