#!/usr/bin/python3
"""An OAuth 2.0 authorization server for the tests, on loopback: the authorization code grant
with PKCE (RFC 6749, 7636) for a public client, the refresh token grant, revocation (RFC 7009)
and introspection (RFC 7662), all by python3-oauthlib's WebApplicationServer. Nothing here
answers for the library: this file only keeps the grants in memory and speaks HTTP.

The rep at the browser is always signed in as --user and consents at once: GET /authorize
answers with the redirect a provider sends after the rep clicked "Allow". What a test changes
on the provider's side goes through /admin (POST, form fields):
  /admin/deny       the next authorization is refused by the rep (error=access_denied)
  /admin/revoke     every grant of the user is withdrawn (as from the account's security page)
  /admin/lifetime   seconds=N: access tokens issued from now on live N seconds

Usage: oauth_server.py --client-id ID --user EMAIL [--scope S]... [--lifetime SECONDS]
Prints "port N" on its first line once it listens on 127.0.0.1, then serves until killed.
"""
import argparse
import json
import secrets
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from oauthlib.oauth2 import RequestValidator, WebApplicationServer


class Grants:
    """What the server remembers: codes, tokens, and the knobs a test turns."""

    def __init__(self, client_id, user, scopes, lifetime):
        self.client_id = client_id
        self.user = user
        self.scopes = scopes
        self.lifetime = lifetime
        self.codes = {}  # code -> dict(redirect_uri, scopes, challenge, method)
        self.access = {}  # token -> dict(scopes, expires, refresh)
        self.refresh = {}  # token -> dict(scopes)
        self.deny_next = False
        self.lock = threading.Lock()


class Client:
    def __init__(self, client_id):
        self.client_id = client_id


class Validator(RequestValidator):
    def __init__(self, grants):
        self.g = grants

    # -- the client: one public client (a desktop app), loopback redirects on any port
    def client_authentication_required(self, request, *args, **kwargs):
        return False

    def authenticate_client_id(self, client_id, request, *args, **kwargs):
        if client_id != self.g.client_id:
            return False
        request.client = Client(client_id)
        return True

    def validate_client_id(self, client_id, request, *args, **kwargs):
        return client_id == self.g.client_id

    def validate_redirect_uri(self, client_id, redirect_uri, request, *args, **kwargs):
        # RFC 8252 7.3: any port of the loopback address.
        u = urllib.parse.urlsplit(redirect_uri)
        return u.scheme == "http" and u.hostname in ("127.0.0.1", "::1")

    def get_default_redirect_uri(self, client_id, request, *args, **kwargs):
        return None

    def validate_scopes(self, client_id, scopes, client, request, *args, **kwargs):
        return all(s in self.g.scopes for s in scopes)

    def get_default_scopes(self, client_id, request, *args, **kwargs):
        return list(self.g.scopes)

    def validate_response_type(self, client_id, response_type, client, request, *args, **kwargs):
        return response_type == "code"

    def is_pkce_required(self, client_id, request):
        return True

    # -- codes
    def save_authorization_code(self, client_id, code, request, *args, **kwargs):
        with self.g.lock:
            self.g.codes[code["code"]] = {
                "redirect_uri": request.redirect_uri,
                "scopes": request.scopes,
                "challenge": request.code_challenge,
                "method": request.code_challenge_method,
            }

    def validate_code(self, client_id, code, client, request, *args, **kwargs):
        with self.g.lock:
            found = self.g.codes.get(code)
        if not found:
            return False
        request.scopes = found["scopes"]
        request.user = self.g.user
        request.code_challenge = found["challenge"]
        request.code_challenge_method = found["method"]
        return True

    def get_code_challenge(self, code, request):
        with self.g.lock:
            found = self.g.codes.get(code)
        return found["challenge"] if found else None

    def get_code_challenge_method(self, code, request):
        with self.g.lock:
            found = self.g.codes.get(code)
        return found["method"] if found else None

    def confirm_redirect_uri(self, client_id, code, redirect_uri, client, request, *args, **kwargs):
        with self.g.lock:
            found = self.g.codes.get(code)
        return bool(found) and found["redirect_uri"] == redirect_uri

    def invalidate_authorization_code(self, client_id, code, request, *args, **kwargs):
        with self.g.lock:
            self.g.codes.pop(code, None)

    def validate_grant_type(self, client_id, grant_type, client, request, *args, **kwargs):
        return grant_type in ("authorization_code", "refresh_token")

    # -- tokens
    def save_bearer_token(self, token, request, *args, **kwargs):
        with self.g.lock:
            scopes = token["scope"].split() if "scope" in token else request.scopes
            refresh = token.get("refresh_token")
            if refresh is None:  # a refresh that keeps the refresh token
                refresh = request.refresh_token
            self.g.access[token["access_token"]] = {
                "scopes": scopes,
                "expires": time.time() + token["expires_in"],
                "refresh": refresh,
            }
            if "refresh_token" in token:
                self.g.refresh[token["refresh_token"]] = {"scopes": scopes}

    def validate_refresh_token(self, refresh_token, client, request, *args, **kwargs):
        with self.g.lock:
            found = self.g.refresh.get(refresh_token)
        if not found:
            return False
        request.user = self.g.user
        return True

    def get_original_scopes(self, refresh_token, request, *args, **kwargs):
        with self.g.lock:
            return self.g.refresh[refresh_token]["scopes"]

    def rotate_refresh_token(self, request):
        return False  # as Google does: the refresh token stays until revoked

    def validate_bearer_token(self, token, scopes, request):
        with self.g.lock:
            found = self.g.access.get(token)
        return bool(found) and found["expires"] > time.time() and all(
            s in found["scopes"] for s in scopes
        )

    def revoke_token(self, token, token_type_hint, request, *args, **kwargs):
        with self.g.lock:
            if token in self.g.refresh:
                self.g.refresh.pop(token)
                for key in [k for k, v in self.g.access.items() if v["refresh"] == token]:
                    self.g.access.pop(key)
            self.g.access.pop(token, None)

    def introspect_token(self, token, token_type_hint, request, *args, **kwargs):
        with self.g.lock:
            found = self.g.access.get(token)
        if not found or found["expires"] <= time.time():
            return None
        return {
            "scope": " ".join(found["scopes"]),
            "username": self.g.user,
            "email": self.g.user,
            "exp": int(found["expires"]),
        }


def make_handler(grants, server):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, fmt, *args):
            sys.stderr.write("oauth_server: " + (fmt % args) + "\n")

        def reply(self, headers, body, status):
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            body = (body or "").encode()
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def form(self):
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length).decode()

        def do_GET(self):
            path = urllib.parse.urlsplit(self.path).path
            if path != "/authorize":
                return self.reply({}, "not found", 404)
            uri = "http://127.0.0.1:%d%s" % (self.server.server_port, self.path)
            with grants.lock:
                deny, grants.deny_next = grants.deny_next, False
            try:
                scopes, info = server.validate_authorization_request(uri)
            except Exception as e:  # a request the client got wrong: said, never redirected
                return self.reply({"Content-Type": "text/plain"}, "bad request: %s" % e, 400)
            if deny:
                query = urllib.parse.urlencode(
                    {"error": "access_denied", "state": info["request"].state or ""}
                )
                return self.reply({"Location": info["redirect_uri"] + "?" + query}, "", 302)
            headers, body, status = server.create_authorization_response(
                uri, scopes=scopes, credentials={"user": grants.user}
            )
            self.reply(headers, body, status)

        def do_POST(self):
            path = urllib.parse.urlsplit(self.path).path
            body = self.form()
            uri = "http://127.0.0.1:%d%s" % (self.server.server_port, self.path)
            headers = {"Content-Type": self.headers.get("Content-Type", "")}
            if path == "/token":
                return self.reply(*server.create_token_response(uri, "POST", body, headers))
            if path == "/revoke":
                return self.reply(*server.create_revocation_response(uri, "POST", body, headers))
            if path == "/introspect":
                return self.reply(
                    *server.create_introspect_response(uri, "POST", body, headers)
                )
            fields = dict(urllib.parse.parse_qsl(body))
            with grants.lock:
                if path == "/admin/deny":
                    grants.deny_next = True
                elif path == "/admin/revoke":
                    grants.refresh.clear()
                    grants.access.clear()
                elif path == "/admin/lifetime":
                    grants.lifetime = int(fields["seconds"])
                else:
                    return self.reply({}, "not found", 404)
            self.reply({"Content-Type": "application/json"}, json.dumps({"ok": True}), 200)

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--scope", action="append", default=[])
    parser.add_argument("--lifetime", type=int, default=3600)
    args = parser.parse_args()
    grants = Grants(args.client_id, args.user, args.scope or ["mail"], args.lifetime)
    validator = Validator(grants)
    # Each token's life is read as it is issued: /admin/lifetime changes the next ones.
    server = WebApplicationServer(
        validator,
        token_generator=lambda request: secrets.token_urlsafe(24),
        token_expires_in=lambda request: grants.lifetime,
        refresh_token_generator=lambda request: secrets.token_urlsafe(32),
    )
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(grants, server))
    print("port %d" % httpd.server_port, flush=True)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
