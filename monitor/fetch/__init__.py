"""Fetching with Scrapy: settings in one place and a crawl that hands each page to a callback."""
