"""The pure text pipeline: extract a policy from HTML, make it canonical, split sentences, diff two versions."""
