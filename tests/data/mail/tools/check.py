#!/usr/bin/env python3
"""Validate the corpus: python3 tools/check.py  (exit status 1 on hard errors)."""
import csv
import datetime
import email
import email.policy
import email.utils
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
MIN = {'bounces': 110, 'not-failures': 20, 'automatic': 25, 'autoreplies': 36, 'replies': 12}
EXPECT = {'bounces': 'bounce', 'not-failures': 'not-failure', 'automatic': 'automatic',
          'autoreplies': 'autoreply', 'replies': 'reply'}
# provider infrastructure deliberately kept with real names (see SOURCES.md)
REAL_OK = ('googlemail.com', 'google.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'amazonses.com', 'aol.com',
           'microsoft.com', 'office.com', 'aka.ms', 'tmda.net', 'sfdc.net', 'bounceio.net', 'mimecast.lan',
           'schweikert.ch', 'exchangelabs.com', 'gmail.com')
LO, HI = datetime.datetime(2026, 3, 9, tzinfo=datetime.timezone.utc) - datetime.timedelta(hours=2), \
    datetime.datetime(2026, 3, 21, tzinfo=datetime.timezone.utc)

errors, warns = [], []


def err(f, m):
    errors.append(f'{f}: {m}')


def warn(f, m):
    warns.append(f'{f}: {m}')


def full_text(msg):
    """All decoded text of a message, recursively (for address look-ups)."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith('message/') or ct == 'text/rfc822-headers':
            out.append(part.as_string())
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            payload = None
        if payload is None:
            out.append(str(part.get_payload()))
        else:
            out.append(payload.decode(part.get_content_charset() or 'utf-8', 'replace'))
    return '\n'.join(out)


def main():
    rows = list(csv.reader(open(os.path.join(ROOT, 'manifest.tsv'), encoding='utf-8'), delimiter='\t'))
    header, rows = rows[0], rows[1:]
    if header != ['file', 'expect', 'addresses', 'return', 'note']:
        err('manifest.tsv', f'bad header {header}')
    listed = Counter(r[0] for r in rows)
    for f, n in listed.items():
        if n != 1:
            err('manifest.tsv', f'{f} listed {n} times')
    files = sorted(os.path.relpath(os.path.join(d, x), ROOT)
                   for d, _, xs in os.walk(ROOT) for x in xs if x.endswith('.eml'))
    for f in files:
        if f not in listed:
            err(f, 'not in manifest')
    for f in listed:
        if f not in files:
            err(f, 'in manifest but missing on disk')

    per_folder = Counter()
    per_family = defaultdict(Counter)
    stats = Counter()
    for r in rows:
        if len(r) != 5:
            err(r[0], f'manifest row has {len(r)} columns')
            continue
        f, expect, addrs, ret, note = r
        folder = f.split('/')[0]
        per_folder[folder] += 1
        fam = note.split(',')[0]
        per_family[folder][fam] += 1
        if EXPECT.get(folder) != expect:
            err(f, f'expect {expect} does not match folder {folder}')
        raw = open(os.path.join(ROOT, f), 'rb').read()
        if b'\r' in raw:
            warn(f, 'contains CR')
        if len(raw) > 12000:
            warn(f, f'large ({len(raw)} bytes)')
        msg = email.message_from_bytes(raw)
        if not msg['From']:
            err(f, 'no From')
        if not msg['Date']:
            err(f, 'no Date')
        else:
            try:
                d = email.utils.parsedate_to_datetime(msg['Date'])
                if d.tzinfo is None:
                    # RFC 5322 "-0000": time in UTC, local zone unknown (qmail, Yahoo, James do this)
                    stats['dates:-0000 (naive)'] += 1
                    d = d.replace(tzinfo=datetime.timezone.utc)
                if not (LO <= d <= HI):
                    err(f, f'Date out of range: {msg["Date"]}')
            except Exception as e:
                err(f, f'unparsable Date {msg["Date"]!r}: {e}')
        to = (msg.get('To') or '').lower()
        if 'sam@ninetouch.example' not in to:
            err(f, f'To is not the rep: {to!r}')
        for part in msg.walk():
            for dfc in part.defects:
                err(f, f'MIME defect {type(dfc).__name__} in {part.get_content_type()}')
        # strict parse with the modern policy too
        try:
            m2 = email.message_from_bytes(raw, policy=email.policy.default)
            m2.get_body(preferencelist=('plain', 'html'))
        except Exception as e:
            err(f, f'policy.default parse failed: {e}')
        text = full_text(msg)
        lowraw = raw.decode('utf-8', 'replace').lower() + '\n' + text.lower()
        threaded = '<recap-1@ninetouch.example>' in (msg.get('In-Reply-To', '') + msg.get('References', ''))
        if threaded:
            stats[f'{folder}:threaded'] += 1
        if expect == 'bounce':
            if not addrs:
                err(f, 'bounce without addresses')
            for a in addrs.split(','):
                if a != a.lower() or '@' not in a:
                    err(f, f'bad address {a!r}')
                if a not in lowraw:
                    err(f, f'failed address {a} not found in message')
            if '<recap-1@ninetouch.example>' not in lowraw:
                stats['bounces:no-original-message-id'] += 1
                warn(f, 'bounce does not quote the original Message-ID')
            ct = msg.get_content_type()
            stats[f'bounces:{ct}'] += 1
            if ct == 'multipart/report' and not msg.get_param('report-type'):
                stats['bounces:multipart/report-without-report-type'] += 1
            if 'x-failed-recipients' in msg:
                stats['bounces:x-failed-recipients'] += 1
            if 'auto-submitted' not in msg:
                stats['bounces:no-auto-submitted'] += 1
            if re.search(r'^action:\s*expired', lowraw, re.M):
                stats['bounces:action-expired'] += 1
            if re.search(r'final-recipient:\s*rfc822;\s*<', lowraw):
                stats['bounces:rfc822-angle'] += 1
            if re.search(r'original-recipient:', lowraw):
                stats['bounces:original-recipient'] += 1
            if ',' in addrs:
                stats['bounces:multi-recipient'] += 1
        else:
            fa = email.utils.parseaddr(msg['From'])[1].lower()
            if fa != addrs:
                err(f, f'manifest address {addrs} != From {fa}')
        if expect == 'not-failure':
            if not re.search(r'action:\s*(delayed|delivered|relayed|expanded)', lowraw) and 'warning' not in lowraw:
                warn(f, 'no delayed/delivered/relayed/expanded action found')
        if expect == 'autoreply':
            if ret:
                try:
                    rd = datetime.date.fromisoformat(ret)
                    md = email.utils.parsedate_to_datetime(msg['Date']).date()
                    if rd <= md:
                        err(f, f'return {ret} not after message date {md}')
                except ValueError:
                    err(f, f'bad return date {ret!r}')
                stats['autoreplies:with-date'] += 1
            else:
                stats['autoreplies:no-date'] += 1
            lang = re.search(r', (en|de|fr|es|it|nl)', note)
            if lang:
                stats[f'autoreplies:{lang.group(1)}:{"dated" if ret else "undated"}'] += 1
            if 'auto-submitted' not in msg:
                stats['autoreplies:no-auto-submitted'] += 1
        elif ret:
            err(f, 'return date on a non-autoreply')
        if expect in ('reply', 'autoreply', 'automatic') and not threaded:
            stats[f'{folder}:not-threaded'] += 1
        # domains of e-mail addresses in header fields
        hdr_text = '\n'.join(f'{k}: {v}' for k, v in msg.items())
        for dom in re.findall(r'[\w.+-]+@([\w-]+(?:\.[\w-]+)+)', hdr_text):
            d = dom.lower()
            if not (d.endswith('.example') or d.endswith(REAL_OK) or d in ('localhost',)):
                warn(f, f'non-.example address domain in headers: {d}')

    for folder, n in MIN.items():
        if per_folder[folder] < n:
            err(folder, f'only {per_folder[folder]} messages, need {n}')

    print('== counts per folder')
    for folder in MIN:
        print(f'  {folder:13s} {per_folder[folder]:4d}  (min {MIN[folder]})')
    print(f'  {"total":13s} {sum(per_folder.values()):4d}')
    print('== families per folder')
    for folder in MIN:
        print(f'  [{folder}]')
        for fam, n in sorted(per_family[folder].items()):
            print(f'    {n:3d}  {fam}')
    print('== stats')
    for k, v in sorted(stats.items()):
        print(f'  {k}: {v}')
    if warns:
        print(f'== {len(warns)} warnings')
        for w in warns:
            print('  W', w)
    if errors:
        print(f'== {len(errors)} ERRORS')
        for e in errors:
            print('  E', e)
        sys.exit(1)
    print('== OK: all files parse, manifest complete, minimum counts met')


if __name__ == '__main__':
    main()
