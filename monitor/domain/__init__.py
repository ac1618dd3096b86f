"""Frozen domain values shared by every stage: pipeline values, store records, events and alerts."""
