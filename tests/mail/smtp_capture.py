#!/usr/bin/python3
"""A real SMTP server for NineTouch's mail tests (Debian's python3-aiosmtpd): listens on
loopback, asks for AUTH (one user and password), refuses recipients at refused.example with
550, and writes each message it accepts to DIR/N.eml with its envelope in DIR/N.json.

  smtp_capture.py --port P --dir DIR --user U --password PW [--cert C --key K]

With a certificate it offers STARTTLS and requires it before AUTH and MAIL. It prints
"ready" on stdout once it listens, and runs until stdin closes or it is killed."""
import argparse
import logging
import warnings
import json
import os
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def main():
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--cert")
    p.add_argument("--key")
    a = p.parse_args()

    class Handler:
        count = 0

        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address.lower().endswith("@refused.example"):
                return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            Handler.count += 1
            base = os.path.join(a.dir, str(Handler.count))
            with open(base + ".eml", "wb") as f:
                f.write(envelope.original_content)
            with open(base + ".json", "w") as f:
                json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                           "tls": session.ssl is not None}, f)
            return "250 Message accepted for delivery"

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == a.user
              and auth_data.password.decode() == a.password)
        return AuthResult(success=ok, handled=False)

    kwargs = dict(hostname="127.0.0.1", port=a.port, authenticator=authenticator,
                  auth_required=True, auth_require_tls=False)
    if a.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.cert, a.key)
        kwargs.update(tls_context=context, require_starttls=True, auth_require_tls=True)
    controller = Controller(Handler(), **kwargs)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
