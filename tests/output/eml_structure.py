#!/usr/bin/env python3
"""Prints the MIME structure of an .eml as Python's email package (policy=default) reads it:
content types nested in brackets, a text/calendar part's method parameter, an attachment's file
name, and the METHOD inside each calendar. Used by tst_drafts: a real parser, not our own."""
import sys
from email import policy
from email.parser import BytesParser


def describe(part):
    kind = part.get_content_type()
    if part.is_multipart():
        return kind + "[" + ",".join(describe(p) for p in part.iter_parts()) + "]"
    out = kind
    if kind == "text/calendar":
        out += ";method=" + part.get_param("method", "")
    if part.get_content_disposition() == "attachment":
        out += ";attachment=" + (part.get_filename() or "")
    if kind in ("text/calendar", "application/ics"):
        payload = part.get_payload(decode=True).decode("utf-8")
        methods = [l.split(":", 1)[1].strip() for l in payload.splitlines()
                   if l.startswith("METHOD:")]
        out += ";vcalendar=" + (methods[0] if methods else "")
    return out


with open(sys.argv[1], "rb") as f:
    message = BytesParser(policy=policy.default).parse(f)
print(describe(message))
