"""Processes that drive the pipeline: one check, the crawl child, the scheduler daemon, crash points for tests."""
