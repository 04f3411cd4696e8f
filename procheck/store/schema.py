"""The store's schema as named migrations, applied in order and recorded in ``schema_migrations``.

One plain SQL text per migration, shared by SQLite and PostgreSQL; the few places where the dialects
differ are written as ``{id}`` (an auto-numbered primary key) and ``{big}`` (a 64-bit integer). A
migration is never edited once released: a change is a new migration with a new name.
"""

from __future__ import annotations

#: dialect -> placeholder values
DIALECT_WORDS = {
    "sqlite": {"id": "INTEGER PRIMARY KEY", "big": "INTEGER"},
    "postgresql": {"id": "BIGSERIAL PRIMARY KEY", "big": "BIGINT"},
}

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_documents_runs_results",
        """
CREATE TABLE documents (
    sha256 TEXT PRIMARY KEY,
    size {big},
    format TEXT,
    language TEXT,
    pages INTEGER,
    first_seen TEXT NOT NULL
);
CREATE TABLE runs (
    id {id},
    started_at TEXT NOT NULL,
    finished_at TEXT,
    state TEXT NOT NULL,
    root TEXT NOT NULL,
    profile TEXT NOT NULL,
    score_profile TEXT NOT NULL,
    library_version TEXT NOT NULL,
    library_hash TEXT NOT NULL,
    model_version TEXT NOT NULL,
    procheck_version TEXT NOT NULL,
    engine TEXT NOT NULL,
    options TEXT NOT NULL,
    config_key TEXT NOT NULL,
    documents INTEGER NOT NULL DEFAULT 0,
    reused INTEGER NOT NULL DEFAULT 0,
    checked INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    pages INTEGER NOT NULL DEFAULT 0,
    seconds REAL
);
CREATE INDEX runs_config ON runs (config_key, state);
CREATE TABLE results (
    id {id},
    sha256 TEXT NOT NULL REFERENCES documents (sha256),
    config_key TEXT NOT NULL,
    library_hash TEXT NOT NULL,
    profile TEXT NOT NULL,
    model_version TEXT NOT NULL,
    error_code TEXT,
    report TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX results_reusable ON results (sha256, config_key) WHERE error_code IS NULL;
CREATE TABLE element_results (
    result_id {big} NOT NULL REFERENCES results (id) ON DELETE CASCADE,
    element_id TEXT NOT NULL,
    status TEXT NOT NULL,
    severity TEXT NOT NULL,
    adverse INTEGER NOT NULL,
    confidence REAL NOT NULL,
    reason TEXT NOT NULL,
    grounds TEXT NOT NULL,
    figures TEXT NOT NULL,
    PRIMARY KEY (result_id, element_id)
);
CREATE INDEX element_results_status ON element_results (element_id, status);
CREATE TABLE evidence (
    result_id {big} NOT NULL REFERENCES results (id) ON DELETE CASCADE,
    element_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    page INTEGER,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    section TEXT,
    quote TEXT NOT NULL,
    PRIMARY KEY (result_id, element_id, seq)
);
CREATE TABLE run_documents (
    run_id {big} NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    result_id {big} NOT NULL REFERENCES results (id),
    reused INTEGER NOT NULL,
    PRIMARY KEY (run_id, path)
);
CREATE INDEX run_documents_sha ON run_documents (sha256);
CREATE TABLE errors (
    id {id},
    run_id {big} NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX errors_run ON errors (run_id);
CREATE TABLE skipped (
    run_id {big} NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (run_id, path)
);
""",
    ),
    (
        "0002_documents_path",
        """
ALTER TABLE documents ADD COLUMN path TEXT;
""",
    ),
)


def statements(sql: str, dialect: str) -> list[str]:
    """The statements of one migration for ``dialect``."""
    text = sql.format(**DIALECT_WORDS[dialect])
    return [s.strip() for s in text.split(";") if s.strip()]
