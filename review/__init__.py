"""The editor review queue: a FastAPI app with server-rendered Jinja2 templates."""
