"""Judgement: is a change material, in which categories, how severe, and why (pure, offline rules)."""

from monitor.classify.engine import classify, classify_texts

__all__ = ["classify", "classify_texts"]
