"""Checks spread over worker processes on several machines: a Dramatiq queue on Redis, one PostgreSQL store.

queue.py      the Redis connection, the Dramatiq broker and the `check_batch` job, Redis key names
passes.py     a scheduled run ("pass") as jobs: crontab times, enqueue once per (schedule, time)
scheduler.py  `run` with a cluster: enqueue each schedule's passes on time, deliver alerts
batch.py      the child process of one job: crawl its companies, record each check once
worker.py     `worker`: Dramatiq worker threads, each job a `batch` child; heartbeats; SIGTERM hand-back
status.py     `status`: queue depth, workers and their heartbeats, checks per minute, recent passes
"""
