"""Printed documents: agendas, badges, attendee packs and table plans (reportlab, no Qt)."""
