"""Shared scenario data and helpers for the NineTouch mail corpus generator.

Everything here is synthetic; only the *shapes* follow public descriptions
(see ../SOURCES.md).
"""
import datetime
import hashlib
import os

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
MANIFEST = []
_SEEN = set()

REP_NAME = 'Sam Rep'
REP = 'sam@ninetouch.example'
REP_FROM = 'Sam Rep <sam@ninetouch.example>'
MSGID = '<recap-1@ninetouch.example>'
SUBJ = 'Our next call: Thursday 12 March, 10:00'
ODATE = 'Mon, 09 Mar 2026 09:00:00 +0100'
REP_MTA = 'mail.ninetouch.example'
REP_IP = '192.0.2.10'


class Prospect:
    def __init__(self, key, first, last, addr, lang, mx, ip, tz='+0100'):
        self.key, self.first, self.last, self.addr = key, first, last, addr
        self.name = f'{first} {last}'
        self.local, self.domain = addr.split('@')
        self.lang, self.mx, self.ip, self.tz = lang, mx, ip, tz

    @property
    def full(self):
        return f'{self.name} <{self.addr}>'


P = {
    'jana': Prospect('jana', 'Jana', 'Mueller', 'jana.mueller@rheinwerk.example', 'de',
                     'mx01.rheinwerk.example', '198.51.100.21'),
    'pierre': Prospect('pierre', 'Pierre', 'Dupont', 'p.dupont@lumiere.example', 'fr',
                       'mx.lumiere.example', '198.51.100.37'),
    'ana': Prospect('ana', 'Ana', 'Garcia', 'ana.garcia@solar-iberia.example', 'es',
                    'mail.solar-iberia.example', '203.0.113.45'),
    'marco': Prospect('marco', 'Marco', 'Rossi', 'marco.rossi@ferro.example', 'it',
                      'mx1.ferro.example', '203.0.113.78'),
    'eva': Prospect('eva', 'Eva', 'de Vries', 'eva.devries@tulp.example', 'nl',
                    'mx.tulp.example', '198.51.100.90'),
    'tom': Prospect('tom', 'Tom', 'Baker', 'tom.baker@acme.example', 'en',
                    'mx2.acme.example', '203.0.113.12', tz='-0500'),
}
# colleagues at the prospects' domains (Cc recipients / colleague reply)
COLL = {
    'jana': ('Klaus Schmidt', 'k.schmidt@rheinwerk.example'),
    'pierre': ('Claire Martin', 'c.martin@lumiere.example'),
    'tom': ('Linda Hayes', 'linda.hayes@acme.example'),
    'eva': ('Joris Bakker', 'joris.bakker@tulp.example'),
    'marco': ('Giulia Bianchi', 'giulia.bianchi@ferro.example'),
    'ana': ('Luis Moreno', 'luis.moreno@solar-iberia.example'),
}

_WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def dt(day, hh, mm, ss=0, tz='+0100', pad=False, zone=None):
    """RFC 5322 date for March 2026. pad=True gives Postfix/sendmail style ' 9'."""
    d = datetime.date(2026, 3, day)
    dd = f'{day:2d}' if pad else f'{day:02d}'
    s = f'{_WD[d.weekday()]}, {dd} Mar 2026 {hh:02d}:{mm:02d}:{ss:02d} {tz}'
    if zone:
        s += f' ({zone})'
    return s


def weekday(day):
    return _WD[datetime.date(2026, 3, day).weekday()]


def hid(seed, n=12, alphabet='0123456789ABCDEF'):
    """Deterministic pseudo-random id."""
    h = hashlib.sha256(seed.encode()).digest()
    out = ''
    for b in h:
        out += alphabet[b % len(alphabet)]
        if len(out) == n:
            break
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += ''.join(alphabet[b % len(alphabet)] for b in h)[: n - len(out)]
    return out


def hexid(seed, n=16):
    return hid(seed, n, '0123456789abcdef')


def alnum(seed, n=16):
    return hid(seed, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')


def body_en(first, variant='a'):
    b = (f'Hi {first},\n\n'
         'thanks again for your time today. As discussed, our next call is on\n'
         'Thursday, 12 March at 10:00 (CET). I will send a short agenda the day\n'
         'before.\n\n'
         'Best regards\nSam\n\n'
         '-- \nSam Rep\nNineTouch | sam@ninetouch.example\n')
    return b


def orig_headers(p, to=None, cc=None, via='postfix', rcpt=None, top=None, mid=MSGID,
                 with_return_path=True, extra=''):
    """Headers of the rep's message as seen by the MTA that bounced it.

    to / cc: header values (strings).  rcpt: envelope recipient for Received.
    top: list of additional Received lines placed above ours (later hops).
    """
    to = to or p.full
    rcpt = rcpt or p.addr
    lines = []
    if with_return_path:
        lines.append('Return-Path: <sam@ninetouch.example>')
    for t in (top or []):
        lines.append(t)
    if via == 'postfix':
        lines.append('Received: from app01.ninetouch.example (app01.ninetouch.example [192.0.2.25])\n'
                     '\t(Authenticated sender: sam@ninetouch.example)\n'
                     '\tby mail.ninetouch.example (Postfix) with ESMTPSA id 4ZtqR51fxVz1xN3\n'
                     f'\tfor <{rcpt}>; Mon,  9 Mar 2026 09:00:01 +0100 (CET)')
        lines.append('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=ninetouch.example;\n'
                     '\ts=nt2025; t=1773043201; bh=q1O3cFv0pW3mQxZ8yG1mX2YH0yKp7lq3Rr2pQm8Vb4E=;\n'
                     '\th=Date:From:To:Subject:From;\n'
                     '\tb=Zk3p0Qn2cJ4Xc1YbA0pQ9nV7hG2sT4uW1kL8mN5bR6tY3eU0iO9pA2sD4fG6hJ8kL0zX2')
    elif via == 'gws':
        lines.append('Received: by mail-wr1-f41.google.com with SMTP id ffacd0b85a97d-3a4f7a6e1c2so2291188f8f.1\n'
                     f'        for <{rcpt}>; Mon, 09 Mar 2026 01:00:01 -0700 (PDT)')
        lines.append('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n'
                     '        d=ninetouch.example; s=google; t=1773043201; x=1773648001;\n'
                     '        h=subject:to:from:date:message-id:mime-version:from:to:cc:subject;\n'
                     '        bh=q1O3cFv0pW3mQxZ8yG1mX2YH0yKp7lq3Rr2pQm8Vb4E=;\n'
                     '        b=Gm4lQz0pL2xK8sT1vW9yB3nR7cF5hJ0dM6aE2uI4oP8sD1fG3hJ5kL7zX9cV2bN4mQ6')
    elif via == 'm365':
        lines.append('Received: from DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n'
                     ' ([fe80::3c1a:52ff:fe21:8b0d]) by DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n'
                     ' ([fe80::3c1a:52ff:fe21:8b0d%4]) with mapi id 15.20.8722.021; Mon, 9 Mar 2026\n'
                     ' 08:00:01 +0000')
    elif via == 'ses':
        lines.append('Received: from app01.ninetouch.example (app01.ninetouch.example [192.0.2.25])\n'
                     '  by email-smtp.eu-west-1.amazonaws.example with SMTP (SimpleEmailService-d-7Q2K1M0TX) id\n'
                     '  k3T9xQ0bA2cD4eF6gH8i for <' + rcpt + '>;\n'
                     '  Mon, 09 Mar 2026 08:00:01 +0000 (UTC)')
    elif via == 'none':
        pass
    lines.append(f'Message-ID: {mid}')
    lines.append(f'Date: {ODATE}')
    lines.append(f'From: {REP_FROM}')
    lines.append(f'To: {to}')
    if cc:
        lines.append(f'Cc: {cc}')
    lines.append(f'Subject: {SUBJ}')
    lines.append('MIME-Version: 1.0')
    lines.append('Content-Type: text/plain; charset=UTF-8')
    lines.append('Content-Transfer-Encoding: 7bit')
    lines.append('X-Mailer: NineTouch 4.2')
    if extra:
        lines.append(extra.rstrip('\n'))
    return '\n'.join(lines) + '\n'


def orig_full(p, **kw):
    return orig_headers(p, **kw) + '\n' + body_en(p.first)


def emit(folder, name, text, expect, addresses, ret='', note=''):
    path = f'{folder}/{name}.eml'
    assert path not in _SEEN, path
    _SEEN.add(path)
    text = text.lstrip('\n')
    if not text.endswith('\n'):
        text += '\n'
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    if isinstance(addresses, (list, tuple)):
        addresses = ','.join(addresses)
    MANIFEST.append((path, expect, addresses.lower(), ret, note))


def write_manifest():
    with open(os.path.join(OUT, 'manifest.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('file\texpect\taddresses\treturn\tnote\n')
        for row in MANIFEST:
            f.write('\t'.join(row) + '\n')


def from_addr(text):
    """Lower-cased address of the From header of a generated message."""
    import email
    import email.utils
    m = email.message_from_string(text.lstrip('\n'))
    name, addr = email.utils.parseaddr(m.get('From', ''))
    return addr.lower()


def emit_auto(folder, name, text, expect, ret='', note=''):
    emit(folder, name, text, expect, from_addr(text), ret, note)


def enc(s):
    """RFC 2047-encode a header value if it is not ASCII (as MUAs do)."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        from email.header import Header
        return Header(s, 'utf-8', maxlinelen=76).encode()


def qpe(text, charset='utf-8'):
    import quopri
    return quopri.encodestring(text.encode(charset)).decode('ascii')
