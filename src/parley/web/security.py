"""Who may write, CSRF tokens and the security headers every response carries.

Writing needs the token the server was started with (``PARLEY_TOKEN`` or a token
file). A browser signs in once with it and then gets a signed cookie; every form
that writes carries a CSRF token bound to the browser's session cookie. API clients
send ``Authorization: Bearer TOKEN`` instead (no cookie, so no CSRF to fear).
Without a configured token the app is read-only: every write is refused with 403.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from fastapi import HTTPException, Request
from itsdangerous import BadSignature, URLSafeSerializer

from parley.errors import InputError

TOKEN_ENV = "PARLEY_TOKEN"
TOKEN_FILE_ENV = "PARLEY_TOKEN_FILE"
SESSION_COOKIE = "parley_session"
AUTH_COOKIE = "parley_auth"
CSRF_FIELD = "csrf"

# No inline script or style anywhere: scripts and styles come from /static only.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def load_token(token: str | None = None, token_file: str | Path | None = None) -> str | None:
    """The write token: given, else ``$PARLEY_TOKEN``, else the token file
    (``token_file`` or ``$PARLEY_TOKEN_FILE``); None means read-only."""
    if token is None:
        token = os.environ.get(TOKEN_ENV) or None
    if token is None:
        token_file = token_file or os.environ.get(TOKEN_FILE_ENV) or None
        if token_file is not None:
            path = Path(token_file)
            try:
                token = path.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"cannot read the token file: {exc}", path=str(path)) from None
            if not token:
                raise InputError("the token file is empty", path=str(path))
    if token is not None and not token.strip():
        raise InputError(f"an empty token ({TOKEN_ENV}) would let anyone write")
    return token.strip() if token is not None else None


@dataclass
class Guard:
    """Checks writes against the token; signs the session and CSRF values."""

    token: str | None
    secret: bytes

    @classmethod
    def create(cls, token: str | None) -> Guard:
        return cls(token=token, secret=secrets.token_bytes(32))

    @property
    def writable(self) -> bool:
        return self.token is not None

    def _signer(self) -> URLSafeSerializer:
        return URLSafeSerializer(self.secret, salt="parley-auth")

    @staticmethod
    def new_session() -> str:
        return secrets.token_urlsafe(24)

    def csrf_token(self, session: str) -> str:
        return hmac.new(self.secret, b"csrf:" + session.encode(), hashlib.sha256).hexdigest()

    def token_matches(self, candidate: str | None) -> bool:
        if self.token is None or not candidate:
            return False
        return hmac.compare_digest(candidate.encode(), self.token.encode())

    def auth_cookie(self, session: str) -> str:
        return str(self._signer().dumps(session))

    def signed_in(self, request: Request) -> bool:
        if self.token is None:
            return False
        value = request.cookies.get(AUTH_COOKIE)
        if not value:
            return False
        try:
            session = self._signer().loads(value)
        except BadSignature:
            return False
        return isinstance(session, str) and hmac.compare_digest(session, session_of(request))

    def check_csrf(self, request: Request, csrf: str | None) -> None:
        expected = self.csrf_token(session_of(request))
        if not csrf or not hmac.compare_digest(csrf, expected):
            raise HTTPException(403, "the form's CSRF token is missing or wrong; reload the page")

    def check_write(self, request: Request, csrf: str | None) -> None:
        """Raise 403 (read-only, bad CSRF) or 401 (no token) unless this write may go on."""
        if self.token is None:
            raise HTTPException(403, f"read-only: the server has no write token ({TOKEN_ENV})")
        bearer = request.headers.get("authorization", "")
        if bearer.lower().startswith("bearer "):
            if self.token_matches(bearer[7:].strip()):
                return
            raise HTTPException(401, "wrong token")
        if not self.signed_in(request):
            raise HTTPException(401, "sign in with the write token first")
        self.check_csrf(request, csrf)


def session_of(request: Request) -> str:
    """The browser's session id (set by the middleware for every request)."""
    return str(getattr(request.state, "session", ""))
