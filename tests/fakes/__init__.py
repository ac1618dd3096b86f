"""Test doubles that are real servers on loopback (a fake Slack Web API and incoming webhook)."""
