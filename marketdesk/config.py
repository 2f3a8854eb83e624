"""Settings, read once from the environment at the edge (the CLI) and passed inward.

Nothing below the CLI reads ``os.environ``: stages take a ``Settings`` (or the
pieces of it they need), so tests build their own with a temporary folder and a
provider URL on 127.0.0.1.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from marketdesk.errors import InputError

DBNOMICS_URL = "https://api.db.nomics.world/v22/"
WORLDBANK_URL = "https://api.worldbank.org/v2/"


def _default_data_dir() -> Path:
    # platformdirs gives ~/.local/share/marketdesk on Linux, the platform's own elsewhere.
    from platformdirs import user_data_dir

    return Path(user_data_dir("marketdesk", appauthor=False))


class Settings(BaseModel):
    data_dir: Path = Field(description="where the database and caches live")
    dbnomics_url: str = DBNOMICS_URL
    worldbank_url: str = WORLDBANK_URL
    http_timeout: float = Field(default=20.0, gt=0, description="seconds per provider request")
    max_workers: int = Field(default=64, ge=1, description="provider requests in flight at once (a 30-ticker brief asks 30 quotes)")
    openai_api_key: str | None = Field(default=None, repr=False, description="never logged")
    openai_base_url: str | None = None
    model: str = Field(default="gpt-4o-mini", description="chat model name at the OpenAI-compatible endpoint")
    max_revisions: int = Field(default=2, ge=0, le=10, description="checker-driven revision rounds")
    database_url: str | None = Field(default=None, repr=False, description="default: SQLite in data_dir")
    model_timeout: float = Field(default=120.0, gt=0, description="seconds per model request")
    broker_url: str = Field(default="redis://127.0.0.1:6379/0", repr=False, description="Celery broker (scale-out)")
    visibility_timeout: float = Field(default=600.0, ge=2, description="seconds before a dead worker's task is redelivered")
    restore_interval: int = Field(default=10, ge=1, description="seconds between sweeps for such tasks")

    @property
    def llm_configured(self) -> bool:
        return bool(self.openai_api_key or self.openai_base_url)

    @property
    def database_path(self) -> Path:
        return self.data_dir / "marketdesk.db"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        data_dir = env.get("MARKETDESK_DATA_DIR")
        try:
            return cls(
                data_dir=Path(data_dir).expanduser() if data_dir else _default_data_dir(),
                dbnomics_url=env.get("MARKETDESK_DBNOMICS_URL", DBNOMICS_URL),
                worldbank_url=env.get("MARKETDESK_WORLDBANK_URL", WORLDBANK_URL),
                http_timeout=env.get("MARKETDESK_HTTP_TIMEOUT", "20"),
                openai_api_key=env.get("OPENAI_API_KEY") or None,
                openai_base_url=env.get("OPENAI_BASE_URL") or None,
                model=env.get("MARKETDESK_MODEL", "gpt-4o-mini"),
                max_revisions=env.get("MARKETDESK_MAX_REVISIONS", "2"),
                database_url=env.get("MARKETDESK_DATABASE_URL") or None,
                model_timeout=env.get("MARKETDESK_MODEL_TIMEOUT", "120"),
                broker_url=env.get("MARKETDESK_BROKER_URL", "redis://127.0.0.1:6379/0"),
                visibility_timeout=env.get("MARKETDESK_VISIBILITY_TIMEOUT", "600"),
                restore_interval=env.get("MARKETDESK_RESTORE_INTERVAL", "10"),
            )
        except ValidationError as err:
            first = err.errors()[0]
            name = {"http_timeout": "MARKETDESK_HTTP_TIMEOUT", "max_revisions": "MARKETDESK_MAX_REVISIONS",
                    "model_timeout": "MARKETDESK_MODEL_TIMEOUT", "visibility_timeout": "MARKETDESK_VISIBILITY_TIMEOUT",
                    "restore_interval": "MARKETDESK_RESTORE_INTERVAL"}.get(str(first["loc"][0]), str(first["loc"][0]))
            raise InputError(None, f"setting {name}: {first['msg']}", "fix the environment variable") from None
