"""Scrapy spiders: they fetch policies and hand over what they fetched; the judgement lives in `monitor`."""
