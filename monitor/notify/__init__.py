"""Alerts: build the messages (message), pick their subscribers (routing), deliver them (outbox, notifiers)."""
