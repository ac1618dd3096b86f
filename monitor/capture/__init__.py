"""Is a fetched page a real capture of the policy? Pure checks on status, type, page kind and text."""
