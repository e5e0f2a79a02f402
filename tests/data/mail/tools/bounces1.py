"""Bounces: qmail/ezmlm, Yahoo, Exim (+GMX, 1&1), Postfix (+Postini, Proofpoint
Essentials, Sophos, SendGrid), Sendmail (+Proofpoint PPS)."""
from common import *

B = 'bounces'


# ----------------------------------------------------------------- qmail
def qmail_msg(host, date_hdr, recips_block, copy, marker='--- Below this line is a copy of the message.',
              rcv='(qmail 28411 invoked for bounce); 9 Mar 2026 08:00:04 -0000'):
    return f"""Return-Path: <>
Received: {rcv}
Date: {date_hdr}
From: MAILER-DAEMON@{host}
To: sam@ninetouch.example
Subject: failure notice

Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

{recips_block}
{marker}

{copy}"""


def qmail_in_hop(p, n='28409'):
    return [f'Received: (qmail {n} invoked from network); 9 Mar 2026 08:00:03 -0000',
            f'Received: from mail.ninetouch.example (HELO mail.ninetouch.example) (192.0.2.10)\n'
            f'  by {p.mx} with ESMTPS (ECDHE-RSA-AES256-GCM-SHA384 encrypted); 9 Mar 2026 08:00:03 -0000']


def gen_qmail():
    m = P['marco']
    copy = orig_full(m, top=qmail_in_hop(m))
    emit(B, 'qmail-local-nomailbox', qmail_msg(m.mx, '9 Mar 2026 08:00:04 -0000',
         f'<{m.addr}>:\nSorry, no mailbox here by that name. (#5.1.1)\n', copy),
         'bounce', m.addr, note='qmail-send, local delivery at recipient MX, en')

    t = P['tom']
    copy = orig_full(t, top=['Received: (qmail 7712 invoked by uid 89); 9 Mar 2026 08:00:01 -0000'], via='none')
    blk = (f'<{t.addr}>:\n{t.ip} does not like recipient.\n'
           f'Remote host said: 550 5.1.1 <{t.addr}>: Recipient address rejected: User unknown in local recipient table\n'
           f'Giving up on {t.ip}.\n')
    emit(B, 'qmail-remote-rcpt', qmail_msg('mail.ninetouch.example', '9 Mar 2026 08:00:05 -0000', blk, copy,
         rcv='(qmail 7735 invoked for bounce); 9 Mar 2026 08:00:05 -0000'),
         'bounce', t.addr, note='qmail-send, remote RCPT rejection (qmail-remote), en')

    p = P['pierre']
    copy = orig_full(p, via='none', top=['Received: (qmail 7801 invoked by uid 89); 9 Mar 2026 08:00:01 -0000'])
    blk = f'<{p.addr}>:\nSorry, I couldn\'t find any host named lumiere.example. (#5.1.2)\n'
    emit(B, 'qmail-nohost', qmail_msg('mail.ninetouch.example', '9 Mar 2026 08:00:02 -0000', blk, copy,
         rcv='(qmail 7803 invoked for bounce); 9 Mar 2026 08:00:02 -0000'),
         'bounce', p.addr, note='qmail-send, host not found #5.1.2, en')

    e = P['eva']
    cn, ca = COLL['eva']
    copy = orig_full(e, via='none', cc=f'{cn} <{ca}>',
                     top=['Received: (qmail 8120 invoked by uid 89); 9 Mar 2026 08:00:01 -0000'])
    blk = (f'<{e.addr}>:\n{e.ip} does not like recipient.\n'
           f'Remote host said: 550 5.1.1 <{e.addr}>... User unknown\nGiving up on {e.ip}.\n\n'
           f'<{ca}>:\n{e.ip} does not like recipient.\n'
           f'Remote host said: 550 5.2.1 <{ca}>... Mailbox disabled for this recipient\nGiving up on {e.ip}.\n')
    emit(B, 'qmail-two-recipients-enclosed', qmail_msg('mail.ninetouch.example', '9 Mar 2026 08:00:06 -0000', blk,
         copy, marker='--- Enclosed is a copy of the message.',
         rcv='(qmail 8133 invoked for bounce); 9 Mar 2026 08:00:06 -0000'),
         'bounce', [e.addr, ca], note='qmail-send (netqmail variant "Enclosed is a copy"), two failed recipients, en')

    a = P['ana']
    copy = orig_full(a, via='none', top=['Received: (qmail 8301 invoked by uid 89); 9 Mar 2026 08:00:01 -0000'])
    blk = (f'<{a.addr}>:\nI\'m not going to try again; this message has been in the queue too long.\n')
    emit(B, 'qmail-queue-too-long', qmail_msg('mail.ninetouch.example', '16 Mar 2026 08:01:12 -0000', blk, copy,
         rcv='(qmail 19877 invoked for bounce); 16 Mar 2026 08:01:12 -0000'),
         'bounce', a.addr, note='qmail-send, queue lifetime expired (7 days), en')

    j = P['jana']
    to = 'JANA.Mueller@Rheinwerk.example'
    copy = orig_full(j, to=to, rcpt=to, top=qmail_in_hop(j, '5530'))
    blk = f'<JANA.Mueller@rheinwerk.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n'
    emit(B, 'qmail-local-spelling', qmail_msg(j.mx, '9 Mar 2026 08:00:04 -0000', blk, copy,
         rcv='(qmail 5532 invoked for bounce); 9 Mar 2026 08:00:04 -0000'),
         'bounce', 'jana.mueller@rheinwerk.example',
         note='qmail-send, address as typed by rep (mixed case), en')

    # ezmlm: subscriber-only list at the prospect's domain, rejected via qmail bounce
    cc = 'vertrieb@rheinwerk.example'
    copy = orig_full(j, cc=f'Vertrieb <{cc}>', rcpt=cc, top=qmail_in_hop(j, '6610'))
    blk = (f'<{cc}>:\nSorry, only subscribers may post. If you are a subscriber, please forward this message to '
           f'vertrieb-owner@rheinwerk.example to get your new address included (#5.7.2)\n')
    emit(B, 'ezmlm-subscribers-only', qmail_msg(j.mx, '9 Mar 2026 08:00:04 -0000', blk, copy,
         rcv='(qmail 6613 invoked for bounce); 9 Mar 2026 08:00:04 -0000'),
         'bounce', cc, note='ezmlm-idx list (ezmlm-issubn) reject through qmail-send bounce, prospect domain list, en')


# ----------------------------------------------------------------- Yahoo
def gen_yahoo():
    t = P['tom']
    top = ['Received: from [127.0.0.1] by nm12.bullet.mail.bf1.yahoo.com with NNFMP; 09 Mar 2026 08:00:03 -0000',
           'Received: from [98.139.215.142] by tm13.bullet.mail.bf1.yahoo.com with NNFMP; 09 Mar 2026 08:00:02 -0000',
           'Received: by 10.224.12.44; Mon, 09 Mar 2026 08:00:01 +0000']
    copy = orig_full(t, top=top, via='none', with_return_path=False)
    msg = f"""Return-Path: <>
From: MAILER-DAEMON@yahoo.com
To: sam@ninetouch.example
Date: Mon, 09 Mar 2026 08:00:04 -0000
Subject: Failure Notice

Sorry, we were unable to deliver your message to the following address.

<{t.addr}>:
Remote host said:
550 5.1.1 <{t.addr}>: Recipient address rejected: User unknown in local recipient table
[RCPT_TO]

--- Below this line is a copy of the message.

{copy}"""
    emit(B, 'yahoo-rcpt', msg, 'bounce', t.addr, note='Yahoo Mail outbound "Failure Notice" [RCPT_TO], en')

    m = P['marco']
    copy = orig_full(m, top=top[:1], via='none', with_return_path=False)
    msg = f"""Return-Path: <>
From: MAILER-DAEMON@yahoo.com
To: sam@ninetouch.example
Date: Mon, 09 Mar 2026 08:00:09 -0000
Subject: Failure Notice

Sorry, we were unable to deliver your message to the following address.

<{m.addr}>:
Remote host said:
552 5.2.2 <{m.addr}>: Mailbox full - quota exceeded
[DATA]

--- Below this line is a copy of the message.

{copy}"""
    emit(B, 'yahoo-data-mailboxfull', msg, 'bounce', m.addr, note='Yahoo Mail outbound "Failure Notice" [DATA], en')

    e = P['eva']
    copy = orig_full(e, via='none', top=['Received: (qmail 24519 invoked by uid 60001); 9 Mar 2026 08:00:01 -0000'])
    msg = f"""Return-Path: <>
Received: (qmail 24530 invoked for bounce); 9 Mar 2026 08:00:04 -0000
Date: 9 Mar 2026 08:00:04 -0000
From: MAILER-DAEMON@yahoo.com
To: sam@ninetouch.example
Subject: failure notice

Hi. This is the qmail-send program at yahoo.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{e.addr}>:
{e.ip} failed after I sent the message.
Remote host said: 554 5.7.1 <{e.addr}>: message rejected by recipient domain policy

--- Below this line is a copy of the message.

{copy}"""
    emit(B, 'yahoo-legacy-qmail', msg, 'bounce', e.addr, note='Yahoo legacy qmail-based "failure notice", en')


# ----------------------------------------------------------------- Exim
EXIM_INTRO = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:
"""


def exim_plain(host, eid, date, failed, detail, copy, headers_only=False, from_name='Mail Delivery System',
               daemon='Mailer-Daemon', subject='Mail delivery failed: returning message to sender', extra=''):
    marker = ("------ This is a copy of the message's headers. ------" if headers_only
              else '------ This is a copy of the message, including all the headers. ------')
    return f"""Return-path: <>
Received: from Debian-exim by {host} with local (Exim 4.96)
	id {eid}
	for sam@ninetouch.example; {date}
X-Failed-Recipients: {', '.join(failed)}
Auto-Submitted: auto-replied
From: {from_name} <{daemon}@{host}>
To: sam@ninetouch.example
{extra}Subject: {subject}
Message-Id: <E{eid}@{host}>
Date: {date}

{EXIM_INTRO}
{detail}
{marker}

{copy}"""


def exim_copy(p, **kw):
    rcpt = kw.pop('rcpt', p.addr)
    host = kw.pop('host', 'mail.ninetouch.example')
    top = [f'Return-path: <sam@ninetouch.example>',
           f'Received: from app01.ninetouch.example ([192.0.2.25])\n'
           f'\tby {host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n'
           f'\t(Exim 4.96)\n\t(envelope-from <sam@ninetouch.example>)\n'
           f'\tid 1wGh2X-0003aB-5Q\n\tfor {rcpt}; Mon, 09 Mar 2026 09:00:01 +0100']
    return orig_headers(p, via='none', with_return_path=False, top=top, rcpt=rcpt, **kw), body_en(p.first)


def gen_exim():
    t = P['tom']
    h, b = exim_copy(t)
    detail = (f'  {t.addr}\n    host {t.mx} [{t.ip}]\n'
              f'    SMTP error from remote mail server after RCPT TO:<{t.addr}>:\n'
              f'    550 5.1.1 <{t.addr}>: Recipient address rejected: User unknown in virtual mailbox table\n')
    emit(B, 'exim-plain-rcpt', exim_plain('mail.ninetouch.example', '1wGh2Y-0003aD-7C', dt(9, 9, 0, 3), [t.addr],
         detail, h + '\n' + b), 'bounce', t.addr, note='Exim 4 default (no DSN part), en')

    m = P['marco']
    h, b = exim_copy(m)
    detail = (f'  {m.addr}\n    host {m.mx} [{m.ip}]\n'
              f'    SMTP error from remote mail server after RCPT TO:<{m.addr}>:\n'
              f'    550 5.1.1 Recipient address rejected: utente sconosciuto / unknown user\n')
    emit(B, 'exim-plain-headers-only', exim_plain('mail.ninetouch.example', '1wGh2Z-0003aF-1L', dt(9, 9, 0, 4),
         [m.addr], detail, h, headers_only=True), 'bounce', m.addr,
         note='Exim 4, bounce_return_body=false (headers only), en')

    a = P['ana']
    h, b = exim_copy(a)
    detail = (f'  {a.addr}\n    host {a.mx} [{a.ip}]\n    Connection timed out\n    retry timeout exceeded\n')
    emit(B, 'exim-retry-timeout', exim_plain('mail.ninetouch.example', '1wGh2a-0003aH-9x', dt(13, 9, 2, 41),
         [a.addr], detail, h + '\n' + b), 'bounce', a.addr, note='Exim 4, retry timeout exceeded after 4 days, en')

    p = P['pierre']
    h, b = exim_copy(p)
    detail = f'  {p.addr}\n    Unrouteable address\n'
    emit(B, 'exim-unrouteable', exim_plain('mail.ninetouch.example', '1wGh2b-0003aJ-3K', dt(9, 9, 0, 1),
         [p.addr], detail, h + '\n' + b), 'bounce', p.addr, note='Exim 4, Unrouteable address (no MX), en')

    # forwarded at the prospect's Exim: final recipient differs
    fin = 'pierre.dupont@maison-dupont.example'
    h, b = exim_copy(p, host=p.mx)
    detail = (f'  {fin}\n    (generated from {p.addr})\n    host mx.maison-dupont.example [198.51.100.140]\n'
              f'    SMTP error from remote mail server after RCPT TO:<{fin}>:\n'
              f'    550 5.1.1 <{fin}>: adresse inconnue / no such user\n')
    emit(B, 'exim-forward-generated-from', exim_plain(p.mx, '1wGh2c-000BcX-0q', dt(9, 9, 0, 6), [fin],
         detail, h + '\n' + b), 'bounce', p.addr,
         note='Exim 4 at recipient MX, redirect: failed final address "(generated from <rep-written address>)", en')

    # cPanel-hosted prospect, local user unknown
    host = 'server217.webhosting.example'
    h, b = exim_copy(a, host=host)
    detail = f'  {a.addr}\n    No Such User Here\n'
    emit(B, 'exim-cpanel-nosuchuser', exim_plain(host, '1wGh2d-00071K-2m', dt(9, 9, 0, 5), [a.addr], detail,
         h + '\n' + b), 'bounce', a.addr, note='Exim 4 (cPanel host) at recipient side, No Such User Here, en')

    # Exim with DSN (multipart/report), single recipient
    e = P['eva']
    h, b = exim_copy(e)
    bd = '1773043206-eximdsn-1804289383'
    msg = f"""Return-path: <>
Received: from Debian-exim by mail.ninetouch.example with local (Exim 4.96)
	id 1wGh2e-0003aL-6T
	for sam@ninetouch.example; Mon, 09 Mar 2026 09:00:06 +0100
X-Failed-Recipients: {e.addr}
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.ninetouch.example>
To: sam@ninetouch.example
Content-Type: multipart/report; report-type=delivery-status; boundary={bd}
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wGh2e-0003aL-6T@mail.ninetouch.example>
Date: Mon, 09 Mar 2026 09:00:06 +0100

--{bd}
Content-type: text/plain; charset=us-ascii

{EXIM_INTRO}
  {e.addr}
    host {e.mx} [{e.ip}]
    SMTP error from remote mail server after RCPT TO:<{e.addr}>:
    550 5.1.1 <{e.addr}>: Recipient address rejected: Onbekende gebruiker / unknown user

--{bd}
Content-type: message/delivery-status

Reporting-MTA: dns; mail.ninetouch.example

Action: failed
Final-Recipient: rfc822;{e.addr}
Status: 5.0.0
Remote-MTA: dns; {e.mx}
Diagnostic-Code: smtp; 550 5.1.1 <{e.addr}>: Recipient address rejected: Onbekende gebruiker / unknown user

--{bd}
Content-type: message/rfc822

{h}
{b}
--{bd}--
"""
    emit(B, 'exim-dsn-single', msg, 'bounce', e.addr, note='Exim 4.9x with DSN (multipart/report), en')

    # Exim DSN, two recipients, ORCPT present
    j = P['jana']
    cn, ca = COLL['jana']
    h, b = exim_copy(j, cc=f'{cn} <{ca}>', rcpt=j.addr)
    bd = '1773043207-eximdsn-846930886'
    msg = f"""Return-path: <>
Received: from Debian-exim by mail.ninetouch.example with local (Exim 4.97)
	id 1wGh2f-0003aN-8W
	for sam@ninetouch.example; Mon, 09 Mar 2026 09:00:07 +0100
X-Failed-Recipients: {j.addr}, {ca}
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.ninetouch.example>
To: sam@ninetouch.example
Content-Type: multipart/report; report-type=delivery-status; boundary={bd}
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wGh2f-0003aN-8W@mail.ninetouch.example>
Date: Mon, 09 Mar 2026 09:00:07 +0100

--{bd}
Content-type: text/plain; charset=us-ascii

{EXIM_INTRO}
  {j.addr}
    host {j.mx} [{j.ip}]
    SMTP error from remote mail server after RCPT TO:<{j.addr}>:
    550 5.1.1 <{j.addr}>: Empfaenger unbekannt / recipient unknown
  {ca}
    host {j.mx} [{j.ip}]
    SMTP error from remote mail server after RCPT TO:<{ca}>:
    550 5.1.1 <{ca}>: Empfaenger unbekannt / recipient unknown

--{bd}
Content-type: message/delivery-status

Reporting-MTA: dns; mail.ninetouch.example

Action: failed
Original-Recipient: rfc822;{j.addr}
Final-Recipient: rfc822;{j.addr}
Status: 5.0.0
Remote-MTA: dns; {j.mx}
Diagnostic-Code: smtp; 550 5.1.1 <{j.addr}>: Empfaenger unbekannt / recipient unknown

Action: failed
Original-Recipient: rfc822;{ca}
Final-Recipient: rfc822;{ca}
Status: 5.0.0
Remote-MTA: dns; {j.mx}
Diagnostic-Code: smtp; 550 5.1.1 <{ca}>: Empfaenger unbekannt / recipient unknown

--{bd}
Content-type: message/rfc822

{h}
{b}
--{bd}--
"""
    emit(B, 'exim-dsn-two-recipients', msg, 'bounce', [j.addr, ca],
         note='Exim 4.97 with DSN, two failed recipients (To+Cc), en')

    # GMX (Exim-derived text, own wording)
    t = P['tom']
    copy = orig_headers(t, via='none', with_return_path=False,
                        top=['Received: from [192.0.2.25] by mail.gmx.example (3c-app-gmx-bs41)\n'
                             ' (via HTTP); Mon, 9 Mar 2026 09:00:01 +0100'])
    msg = f"""Return-Path: <>
Date: Mon, 09 Mar 2026 09:00:05 +0100
From: MAILER-DAEMON@mail.gmx.example
To: sam@ninetouch.example
Subject: Mail delivery failed: returning message to sender
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Auto-Submitted: auto-replied

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address
failed:

"{t.addr}":
SMTP error from remote server after RCPT command:
host: {t.mx}
5.1.1 <{t.addr}>: Recipient address rejected: User unknown


--- The header of the original message is following. ---

{copy}"""
    emit(B, 'gmx-headers', msg, 'bounce', t.addr, note='GMX/web.de style (Exim-derived wording), headers only, en')

    # 1&1 / IONOS kundenserver style
    m = P['marco']
    copy = orig_headers(m, via='none', with_return_path=False,
                        top=['Received: from app01.ninetouch.example ([192.0.2.25]) by mrelay.kundenserver.example\n'
                             ' (mreue106 [212.227.15.183]) with ESMTPSA (Nemesis) id 1M2xNk-1uZ3pQ0abc-00FGhi for\n'
                             f' <{m.addr}>; Mon, 09 Mar 2026 09:00:01 +0100'])
    msg = f"""Return-Path: <>
Date: Mon, 09 Mar 2026 09:00:08 +0100
From: "Mail Delivery System" <mailer-daemon@kundenserver.example>
To: sam@ninetouch.example
Subject: Mail delivery failed: returning message to sender
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Auto-Submitted: auto-replied

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error.

The following address failed:

{m.addr}

For the following reason:

Requested action not taken: mailbox unavailable
invalid DNS MX or A/AAAA resource record

--- The header of the original message is following. ---

{copy}"""
    emit(B, 'ionos-kundenserver', msg, 'bounce', m.addr, note='1&1/IONOS (kundenserver) wording, headers only, en')


# ----------------------------------------------------------------- Postfix
PF_FAIL = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix_msg(host, qid, bqid, date, ts, notice, dsn_recips, orig, hdrs_only=False, arrival=None,
                sender='sam@ninetouch.example', extra_hdr='', template=PF_FAIL,
                subject='Undelivered Mail Returned to Sender', stamp='20260309080003'):
    bd = f'{qid}.{ts}/{host}'
    arrival = arrival or dt(9, 9, 0, 1, pad=True, zone='CET')
    ctype, cdesc = (('text/rfc822-headers', 'Undelivered Message Headers') if hdrs_only
                    else ('message/rfc822', 'Undelivered Message'))
    return f"""Return-Path: <>
Received: by {host} (Postfix)
	id {bqid}; {date}
Date: {date}
From: MAILER-DAEMON@{host} (Mail Delivery System)
Subject: {subject}
To: {sender}
Auto-Submitted: auto-replied
{extra_hdr}MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{bd}"
Content-Transfer-Encoding: 8bit
Message-Id: <{stamp}.{bqid}@{host}>

This is a MIME-encapsulated message.

--{bd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{template.format(host=host)}{notice}
--{bd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; {host}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {sender}
Arrival-Date: {arrival}

{dsn_recips}
--{bd}
Content-Description: {cdesc}
Content-Type: {ctype}
Content-Transfer-Encoding: 8bit

{orig}
--{bd}--
"""


def pf_in_hop(p, qid, host=None):
    host = host or p.mx
    return [f'Received: from mail.ninetouch.example (mail.ninetouch.example [192.0.2.10])\n'
            f'\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n'
            f'\t(No client certificate requested)\n'
            f'\tby {host} (Postfix) with ESMTPS id {qid}\n'
            f'\tfor <{p.addr}>; Mon,  9 Mar 2026 09:00:02 +0100 (CET)']


def gen_postfix():
    H = 'mail.ninetouch.example'
    t = P['tom']
    notice = (f'<{t.addr}>: host {t.mx}[{t.ip}] said: 550 5.1.1\n'
              f'    <{t.addr}>: Recipient address rejected: User unknown in virtual\n'
              f'    mailbox table (in reply to RCPT TO command)\n')
    dsn = (f'Final-Recipient: rfc822; {t.addr}\nOriginal-Recipient: rfc822;{t.addr}\nAction: failed\n'
           f'Status: 5.1.1\nRemote-MTA: dns; {t.mx}\n'
           f'Diagnostic-Code: smtp; 550 5.1.1 <{t.addr}>: Recipient address rejected:\n'
           f'    User unknown in virtual mailbox table\n')
    emit(B, 'postfix-dsn-rfc822', postfix_msg(H, '4ZtqR51fxVz1xN3', '4ZtqR60Q2Xz1xN5',
         dt(9, 9, 0, 3, pad=True, zone='CET'), '1773043203', notice, dsn, orig_full(t)),
         'bounce', t.addr, note='Postfix 3.x bounce(8) default template with DSN + message/rfc822, en')

    m = P['marco']
    notice = (f'<{m.addr}>: host {m.mx}[{m.ip}] said: 550 5.7.1\n'
              f'    <{m.addr}>: Recipient address rejected: Access denied (in reply to\n'
              f'    RCPT TO command)\n')
    dsn = (f'Final-Recipient: rfc822; {m.addr}\nOriginal-Recipient: rfc822;{m.addr}\nAction: failed\n'
           f'Status: 5.7.1\nRemote-MTA: dns; {m.mx}\n'
           f'Diagnostic-Code: smtp; 550 5.7.1 <{m.addr}>: Recipient address rejected:\n    Access denied\n')
    emit(B, 'postfix-dsn-headers-only', postfix_msg(H, '4ZtqR73kLmz1xN7', '4ZtqR7D0b2z1xN9',
         dt(9, 9, 0, 4, pad=True, zone='CET'), '1773043204', notice, dsn, orig_headers(m), hdrs_only=True),
         'bounce', m.addr, note='Postfix 3.x, RET=HDRS (text/rfc822-headers), en')

    # forwarded at the prospect's Postfix: Final-Recipient != Original-Recipient
    j = P['jana']
    fin = 'jmueller1987@mailbox-privat.example'
    notice = (f'<{fin}> (expanded from <{j.addr}>): host\n'
              f'    mx.mailbox-privat.example[198.51.100.201] said: 550 5.1.1\n'
              f'    <{fin}>: Recipient address rejected: Mailbox does not exist (in\n'
              f'    reply to RCPT TO command)\n')
    dsn = (f'Final-Recipient: rfc822; {fin}\nOriginal-Recipient: rfc822;{j.addr}\nAction: failed\n'
           f'Status: 5.1.1\nRemote-MTA: dns; mx.mailbox-privat.example\n'
           f'Diagnostic-Code: smtp; 550 5.1.1 <{fin}>: Recipient address rejected:\n    Mailbox does not exist\n')
    emit(B, 'postfix-forwarded-final-differs', postfix_msg(j.mx, '4ZtqS02bWqz9sTt', '4ZtqS0Dq5Nz9sTv',
         dt(9, 9, 0, 4, pad=True, zone='CET'), '1773043204', notice, dsn,
         orig_full(j, top=pf_in_hop(j, '4ZtqS02bWqz9sTt')), arrival=dt(9, 9, 0, 2, pad=True, zone='CET')),
         'bounce', j.addr, note='Postfix at recipient MX, alias forwarded, Final-Recipient differs from Original-Recipient, en')

    # two recipients
    a = P['ana']
    cn, ca = COLL['ana']
    notice = (f'<{a.addr}>: host {a.mx}[{a.ip}] said: 550 5.1.1\n'
              f'    <{a.addr}>: Recipient address rejected: User unknown in local\n'
              f'    recipient table (in reply to RCPT TO command)\n\n'
              f'<{ca}>: host {a.mx}[{a.ip}] said: 550 5.1.1\n'
              f'    <{ca}>: Recipient address rejected: User unknown in local\n'
              f'    recipient table (in reply to RCPT TO command)\n')
    dsn = ''
    for x in (a.addr, ca):
        dsn += (f'Final-Recipient: rfc822; {x}\nOriginal-Recipient: rfc822;{x}\nAction: failed\nStatus: 5.1.1\n'
                f'Remote-MTA: dns; {a.mx}\nDiagnostic-Code: smtp; 550 5.1.1 <{x}>: Recipient address rejected:\n'
                f'    User unknown in local recipient table\n\n')
    emit(B, 'postfix-two-recipients', postfix_msg(H, '4ZtqS2L8f0z1xNB', '4ZtqS2W1pKz1xND',
         dt(9, 9, 0, 5, pad=True, zone='CET'), '1773043205', notice, dsn.rstrip('\n') + '\n',
         orig_full(a, cc=f'{cn} <{ca}>')), 'bounce', [a.addr, ca],
         note='Postfix 3.x, two failed recipients (To+Cc), en')

    # domain not found
    p = P['pierre']
    notice = (f'<{p.addr}>: Host or domain name not found. Name service error for\n'
              f'    name=lumiere.example type=MX: Host not found\n')
    dsn = (f'Final-Recipient: rfc822; {p.addr}\nOriginal-Recipient: rfc822;{p.addr}\nAction: failed\n'
           f'Status: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service\n'
           f'    error for name=lumiere.example type=MX: Host not found\n')
    emit(B, 'postfix-host-not-found', postfix_msg(H, '4ZtqS4bN1Vz1xNF', '4ZtqS4mQ8Tz1xNH',
         dt(9, 9, 0, 2, pad=True, zone='CET'), '1773043202', notice, dsn, orig_full(p)),
         'bounce', p.addr, note='Postfix 3.x, domain not found (X-Postfix diagnostic), en')

    # mailbox full via dovecot LMTP at the prospect's server
    e = P['eva']
    notice = (f'<{e.addr}>: host mail.tulp.example[private/dovecot-lmtp] said: 552\n'
              f'    5.2.2 <{e.addr}> Quota exceeded (mailbox for user is full) (in\n'
              f'    reply to end of DATA command)\n')
    dsn = (f'Final-Recipient: rfc822; {e.addr}\nOriginal-Recipient: rfc822;{e.addr}\nAction: failed\n'
           f'Status: 5.2.2\nRemote-MTA: dns; mail.tulp.example\n'
           f'Diagnostic-Code: lmtp; 552 5.2.2 <{e.addr}> Quota exceeded (mailbox for user\n    is full)\n')
    emit(B, 'postfix-lmtp-quota', postfix_msg('mail.tulp.example', '4ZtqS6Xy2Fz3wKp', '4ZtqS71aQ3z3wKr',
         dt(9, 9, 0, 3, pad=True, zone='CET'), '1773043203', notice, dsn,
         orig_full(e, top=pf_in_hop(e, '4ZtqS6Xy2Fz3wKp', 'mail.tulp.example')),
         arrival=dt(9, 9, 0, 2, pad=True, zone='CET')),
         'bounce', e.addr, note='Postfix at recipient side, mailbox full via Dovecot LMTP, en')

    # ORCPT preserves the rep's spelling
    to = 'JANA.Mueller@Rheinwerk.example'
    notice = (f'<jana.mueller@rheinwerk.example>: host {j.mx}[{j.ip}] said: 550 5.1.1\n'
              f'    <jana.mueller@rheinwerk.example>: Recipient address rejected: User unknown\n'
              f'    in relay recipient table (in reply to RCPT TO command)\n')
    dsn = (f'Final-Recipient: rfc822; jana.mueller@rheinwerk.example\nOriginal-Recipient: rfc822;{to}\n'
           f'Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; {j.mx}\n'
           f'Diagnostic-Code: smtp; 550 5.1.1 <jana.mueller@rheinwerk.example>: Recipient\n'
           f'    address rejected: User unknown in relay recipient table\n')
    emit(B, 'postfix-orcpt-spelling', postfix_msg(H, '4ZtqS8c3Hhz1xNK', '4ZtqS8mK2Vz1xNM',
         dt(9, 9, 0, 3, pad=True, zone='CET'), '1773043203', notice, dsn, orig_full(j, to=to, rcpt=to)),
         'bounce', 'jana.mueller@rheinwerk.example',
         note='Postfix 3.x, Original-Recipient keeps the rep\'s mixed-case spelling, en')

    # queue lifetime expired (still Action: failed in Postfix)
    notice = (f'<{p.addr}>: connect to {p.mx}[{p.ip}]:25: Connection timed out\n')
    dsn = (f'Final-Recipient: rfc822; {p.addr}\nOriginal-Recipient: rfc822;{p.addr}\nAction: failed\n'
           f'Status: 4.4.1\nDiagnostic-Code: X-Postfix; connect to {p.mx}[{p.ip}]:25:\n    Connection timed out\n')
    emit(B, 'postfix-queue-expired', postfix_msg(H, '4ZtqSB0xk1z1xNP', '4ZvHq1T2cLz1xNR',
         dt(14, 9, 10, 44, pad=True, zone='CET'), '1773475844', notice, dsn, orig_full(p)),
         'bounce', p.addr, note='Postfix 3.x, maximal_queue_lifetime reached (Status 4.4.1, Action failed), en')

    # old Postfix (< 2.3): "This is the Postfix program", multipart/mixed, no DSN
    host = p.mx
    bd = f'8E1C23B4A.1773043205/{host}'
    msg = f"""Return-Path: <>
Received: by {host} (Postfix)
	id 9A0F13B4C; Mon,  9 Mar 2026 09:00:05 +0100 (CET)
Date: Mon,  9 Mar 2026 09:00:05 +0100 (CET)
From: MAILER-DAEMON@{host} (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sam@ninetouch.example
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bd}"
Message-Id: <20260309080005.9A0F13B4C@{host}>

This is a MIME-encapsulated message.

--{bd}
Content-Description: Notification
Content-Type: text/plain

This is the Postfix program at host {host}.

I'm sorry to have to inform you that the message returned
below could not be delivered to one or more destinations.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the message returned below.

			The Postfix program

<{p.addr}>: unknown user: "p.dupont"

--{bd}
Content-Description: Undelivered Message
Content-Type: message/rfc822

{orig_full(p, top=pf_in_hop(p, '8E1C23B4A'))}
--{bd}--
"""
    emit(B, 'postfix-legacy-no-dsn', msg, 'bounce', p.addr,
         note='Postfix < 2.3 ("This is the Postfix program"), multipart/mixed without DSN, en')

    # Postini (runs an old Postfix for its delayed-delivery queue)
    POSTINI_HOP = 'Received: from source ([192.0.2.10]) by exprod7mx233.postini.example ([64.18.6.14]) with SMTP;\n\tMon, 09 Mar 2026 03:00:02 CDT'
    host = 'exprod7mo11.postini.example'
    t = P['tom']
    bd = f'2F6D91A07C.1773475900/{host}'
    msg = f"""Return-Path: <>
Received: by {host} (Postfix)
	id 5B21C0A07E; Sat, 14 Mar 2026 03:11:40 -0500 (CDT)
Date: Sat, 14 Mar 2026 03:11:40 -0500 (CDT)
From: MAILER-DAEMON@{host} (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sam@ninetouch.example
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bd}"
Message-Id: <20260314081140.5B21C0A07E@{host}>

This is a MIME-encapsulated message.

--{bd}
Content-Description: Notification
Content-Type: text/plain

This is the Postfix program at host {host}.

I'm sorry to have to inform you that the message returned
below could not be delivered to one or more destinations.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the message returned below.

			The Postfix program

<{t.addr}>: connect to {t.mx}[{t.ip}]: Connection refused

--{bd}
Content-Description: Undelivered Message
Content-Type: message/rfc822

{orig_full(t, top=[POSTINI_HOP])}
--{bd}--
"""
    emit(B, 'postini-legacy', msg, 'bounce', t.addr,
         note='Postini (Google Message Security) delayed-queue server, old Postfix template, final failure, en')

    # Proofpoint Essentials (Postfix based)
    host = 'mx1-eu1.ppe-hosted.example'
    m = P['marco']
    notice = (f'<{m.addr}>: host {m.mx}[{m.ip}] said: 550 5.1.10\n'
              f'    RESOLVER.ADR.RecipientNotFound; Recipient {m.addr} not found by SMTP\n'
              f'    address lookup (in reply to RCPT TO command)\n')
    dsn = (f'Final-Recipient: rfc822; {m.addr}\nOriginal-Recipient: rfc822;{m.addr}\nAction: failed\n'
           f'Status: 5.1.10\nRemote-MTA: dns; {m.mx}\n'
           f'Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n'
           f'    {m.addr} not found by SMTP address lookup\n')
    emit(B, 'proofpoint-essentials', postfix_msg(host, '4ZtqSD7Ytfz4wXc', '4ZtqSDJ4Wqz4wXd',
         dt(9, 8, 0, 6, tz='+0000', pad=True, zone='UTC'), '1773043206', notice, dsn,
         orig_full(m, top=[f'Received: from mail.ninetouch.example (mail.ninetouch.example [192.0.2.10])\n'
                           f'\tby {host} (Postfix) with ESMTPS id 4ZtqSD7Ytfz4wXc\n'
                           f'\tfor <{m.addr}>; Mon,  9 Mar 2026 08:00:03 +0000 (UTC)']),
         arrival=dt(9, 8, 0, 3, tz='+0000', pad=True, zone='UTC')),
         'bounce', m.addr, note='Proofpoint Essentials inbound gateway (Postfix bounce template), en')

    # Sophos Central Email (Postfix based)
    host = 'relay-eu-central-1.prod.hydra.sophos.example'
    e = P['eva']
    notice = (f'<{e.addr}>: host {e.mx}[{e.ip}] said: 550 5.1.1 User unknown\n'
              f'    (in reply to RCPT TO command)\n')
    dsn = (f'Final-Recipient: rfc822; {e.addr}\nOriginal-Recipient: rfc822;{e.addr}\nAction: failed\n'
           f'Status: 5.1.1\nRemote-MTA: dns; {e.mx}\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n')
    emit(B, 'sophos-central', postfix_msg(host, '4ZtqSF2m9Kz7rTq', '4ZtqSF9V1hz7rTs',
         dt(9, 8, 0, 7, tz='+0000', pad=True, zone='UTC'), '1773043207', notice, dsn, orig_headers(e),
         hdrs_only=True, arrival=dt(9, 8, 0, 3, tz='+0000', pad=True, zone='UTC')),
         'bounce', e.addr, note='Sophos Central Email gateway (Postfix bounce template), headers only, en')

    # SendGrid: Action: expired
    a = P['ana']
    bd = '----------=_1773302401-22817-331'
    msg = f"""Return-Path: <>
Date: Thu, 12 Mar 2026 08:00:01 +0000
Message-Id: <202603120800.62C801uW022817@o1.ptr4711.mail.ninetouch.example>
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{bd}"
Content-Transfer-Encoding: binary
MIME-Version: 1.0
X-Mailer: MIME-tools 5.509 (Entity 5.509)
From: MAILER-DAEMON@o1.ptr4711.mail.ninetouch.example
To: sam@ninetouch.example
Subject: Undelivered Mail Returned to Sender

This is a multi-part message in MIME format...

--{bd}
Content-Type: text/plain
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Description: Notification

This is an automatically generated message from SendGrid.

I'm sorry to have to tell you that your message was not able to be
delivered to one of its intended recipients.

If you require assistance with this, please contact SendGrid support.

ana.garcia:22817:<{a.addr}> : 421 4.4.2 {a.mx} Error: timeout exceeded

--{bd}
Content-Type: message/delivery-status
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Description: Delivery Report

X-SendGrid-QueueID: 22817331
X-SendGrid-Sender: <sam@ninetouch.example>
Arrival-Date: 2026-03-09 08-00-01

Final-Recipient: rfc822; {a.addr}
Original-Recipient: rfc822; {a.addr}
Action: expired
Status: 4.4.2
Diagnostic-Code: 421 4.4.2 {a.mx} Error: timeout exceeded

--{bd}
Content-Type: message/rfc822; name="22817331"
Content-Disposition: inline; filename="22817331"
Content-Transfer-Encoding: binary
Content-Description: Undelivered Message

{orig_full(a, via='none')}
--{bd}--
"""
    emit(B, 'sendgrid-expired', msg, 'bounce', a.addr, note='SendGrid bounce with Action: expired, en')


# ----------------------------------------------------------------- Sendmail
def sendmail_msg(host, qid, date, ts, text, dsn, orig, hdrs_only=False, subject='Returned mail: see transcript for details',
                 autosub='auto-generated (failure)', daemon=None):
    bd = f'{qid}.{ts}/{host}'
    daemon = daemon or f'MAILER-DAEMON@{host}'
    ctype = 'text/rfc822-headers' if hdrs_only else 'message/rfc822'
    return f"""Return-Path: <>
Received: from localhost (localhost)
	by {host} (8.18.1/8.18.1) id {qid};
	{date}
Date: {date}
From: Mail Delivery Subsystem <{daemon}>
Message-Id: <202603090800.{qid}@{host}>
To: <sam@ninetouch.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{bd}"
Subject: {subject}
Auto-Submitted: {autosub}

This is a MIME-encapsulated message

--{bd}

{text}
--{bd}
Content-Type: message/delivery-status

{dsn}
--{bd}
Content-Type: {ctype}

{orig}
--{bd}--

"""


def gen_sendmail():
    H = 'mail.ninetouch.example'
    t = P['tom']
    text = f"""The original message was received at Mon, 9 Mar 2026 09:00:01 +0100
from app01.ninetouch.example [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<{t.addr}>
    (reason: 550 5.1.1 <{t.addr}>... User unknown)

   ----- Transcript of session follows -----
... while talking to {t.mx}.:
>>> RCPT To:<{t.addr}>
<<< 550 5.1.1 <{t.addr}>... User unknown
550 5.1.1 <{t.addr}>... User unknown
"""
    dsn = f"""Reporting-MTA: dns; {H}
Received-From-MTA: DNS; app01.ninetouch.example
Arrival-Date: Mon, 9 Mar 2026 09:00:01 +0100

Final-Recipient: RFC822; {t.addr}
Action: failed
Status: 5.1.1
Remote-MTA: DNS; {t.mx}
Diagnostic-Code: SMTP; 550 5.1.1 <{t.addr}>... User unknown
Last-Attempt-Date: Mon, 9 Mar 2026 09:00:03 +0100
"""
    emit(B, 'sendmail-dsn-rfc822', sendmail_msg(H, '6298013X004411', 'Mon, 9 Mar 2026 09:00:03 +0100',
         '1773043203', text, dsn, orig_full(t)), 'bounce', t.addr,
         note='Sendmail 8.18 DSN, message/rfc822, en')

    e = P['eva']
    text = f"""The original message was received at Mon, 9 Mar 2026 09:00:01 +0100
from app01.ninetouch.example [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<{e.addr}>
    (reason: 554 5.7.1 <{e.addr}>: Relay access denied)

   ----- Transcript of session follows -----
... while talking to {e.mx}.:
>>> RCPT To:<{e.addr}>
<<< 554 5.7.1 <{e.addr}>: Relay access denied
554 5.7.1 <{e.addr}>... Relay access denied
"""
    dsn = f"""Reporting-MTA: dns; {H}
Received-From-MTA: DNS; app01.ninetouch.example
Arrival-Date: Mon, 9 Mar 2026 09:00:01 +0100

Final-Recipient: RFC822; {e.addr}
Action: failed
Status: 5.7.1
Remote-MTA: DNS; {e.mx}
Diagnostic-Code: SMTP; 554 5.7.1 <{e.addr}>: Relay access denied
Last-Attempt-Date: Mon, 9 Mar 2026 09:00:02 +0100
"""
    emit(B, 'sendmail-dsn-headers-only', sendmail_msg(H, '6298012Y004413', 'Mon, 9 Mar 2026 09:00:02 +0100',
         '1773043202', text, dsn, orig_headers(e), hdrs_only=True), 'bounce', e.addr,
         note='Sendmail 8.18 DSN, RET=HDRS text/rfc822-headers, en')

    # two recipients
    j = P['jana']
    cn, ca = COLL['jana']
    text = f"""The original message was received at Mon, 9 Mar 2026 09:00:01 +0100
from app01.ninetouch.example [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<{j.addr}>
    (reason: 550 5.1.1 <{j.addr}>... User unknown)
<{ca}>
    (reason: 550 5.1.1 <{ca}>... User unknown)

   ----- Transcript of session follows -----
... while talking to {j.mx}.:
>>> RCPT To:<{j.addr}>
<<< 550 5.1.1 <{j.addr}>... User unknown
550 5.1.1 <{j.addr}>... User unknown
>>> RCPT To:<{ca}>
<<< 550 5.1.1 <{ca}>... User unknown
550 5.1.1 <{ca}>... User unknown
"""
    dsn = f"""Reporting-MTA: dns; {H}
Received-From-MTA: DNS; app01.ninetouch.example
Arrival-Date: Mon, 9 Mar 2026 09:00:01 +0100

Final-Recipient: RFC822; {j.addr}
Action: failed
Status: 5.1.1
Remote-MTA: DNS; {j.mx}
Diagnostic-Code: SMTP; 550 5.1.1 <{j.addr}>... User unknown
Last-Attempt-Date: Mon, 9 Mar 2026 09:00:03 +0100

Final-Recipient: RFC822; {ca}
Action: failed
Status: 5.1.1
Remote-MTA: DNS; {j.mx}
Diagnostic-Code: SMTP; 550 5.1.1 <{ca}>... User unknown
Last-Attempt-Date: Mon, 9 Mar 2026 09:00:03 +0100
"""
    emit(B, 'sendmail-two-recipients', sendmail_msg(H, '6298013Z004415', 'Mon, 9 Mar 2026 09:00:03 +0100',
         '1773043203', text, dsn, orig_full(j, cc=f'{cn} <{ca}>')), 'bounce', [j.addr, ca],
         note='Sendmail 8.18 DSN, two failed recipients, en')

    # expired after 5 days
    a = P['ana']
    text = f"""The original message was received at Mon, 9 Mar 2026 09:00:01 +0100
from app01.ninetouch.example [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<{a.addr}>
    (reason: Connection timed out)

   ----- Transcript of session follows -----
<{a.addr}>... Deferred: Connection timed out with {a.mx}.
Message could not be delivered for 5 days
Message will be deleted from queue
"""
    dsn = f"""Reporting-MTA: dns; {H}
Received-From-MTA: DNS; app01.ninetouch.example
Arrival-Date: Mon, 9 Mar 2026 09:00:01 +0100

Final-Recipient: RFC822; {a.addr}
Action: failed
Status: 4.4.7
Remote-MTA: DNS; {a.mx}
Last-Attempt-Date: Sat, 14 Mar 2026 09:12:40 +0100
"""
    emit(B, 'sendmail-expired-5-days', sendmail_msg(H, '6298013A004417', 'Sat, 14 Mar 2026 09:12:40 +0100',
         '1773475960', text, dsn, orig_full(a)), 'bounce', a.addr,
         note='Sendmail 8.18, Timeout.queuereturn reached (Status 4.4.7), en')

    # ORCPT with rep spelling, at the prospect's sendmail, alias expansion
    m = P['marco']
    to = 'Marco.Rossi@Ferro.example'
    host = m.mx
    text = f"""The original message was received at Mon, 9 Mar 2026 09:00:02 +0100
from mail.ninetouch.example [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<m.rossi@magazzino.ferro.example>
    (reason: 550 5.2.1 <m.rossi@magazzino.ferro.example>... Mailbox disabled for this recipient)
    (expanded from: <{to}>)

   ----- Transcript of session follows -----
... while talking to magazzino.ferro.example.:
>>> RCPT To:<m.rossi@magazzino.ferro.example>
<<< 550 5.2.1 <m.rossi@magazzino.ferro.example>... Mailbox disabled for this recipient
550 5.2.1 <m.rossi@magazzino.ferro.example>... Mailbox disabled for this recipient
"""
    dsn = f"""Reporting-MTA: dns; {host}
Received-From-MTA: DNS; mail.ninetouch.example
Arrival-Date: Mon, 9 Mar 2026 09:00:02 +0100

Original-Recipient: rfc822;{to}
Final-Recipient: RFC822; {to}
X-Actual-Recipient: RFC822; m.rossi@magazzino.ferro.example
Action: failed
Status: 5.2.1
Remote-MTA: DNS; magazzino.ferro.example
Diagnostic-Code: SMTP; 550 5.2.1 <m.rossi@magazzino.ferro.example>... Mailbox disabled for this recipient
Last-Attempt-Date: Mon, 9 Mar 2026 09:00:04 +0100
"""
    top = [f'Received: from mail.ninetouch.example (mail.ninetouch.example [192.0.2.10])\n'
           f'\tby {host} (8.17.2/8.17.2) with ESMTPS id 6298012B001120\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n'
           f'\tfor <{to}>; Mon, 9 Mar 2026 09:00:02 +0100']
    emit(B, 'sendmail-alias-orcpt', sendmail_msg(host, '6298014B001122', 'Mon, 9 Mar 2026 09:00:04 +0100',
         '1773043204', text, dsn, orig_full(m, to=to, rcpt=to, top=top)), 'bounce', 'marco.rossi@ferro.example',
         note='Sendmail at recipient MX, alias expanded, Original-Recipient with rep spelling + X-Actual-Recipient, en')

    # old sendmail without MIME (no DSN), plain text with original
    host = t.mx
    msg = f"""Return-Path: <>
Received: from localhost (localhost)
	by {host} (8.13.8/8.13.8) id 629802Cd011876;
	Mon, 9 Mar 2026 03:00:04 -0500
Date: Mon, 9 Mar 2026 03:00:04 -0500
From: Mail Delivery Subsystem <MAILER-DAEMON@{host}>
Message-Id: <202603090800.629802Cd011876@{host}>
To: <sam@ninetouch.example>
Subject: Returned mail: User unknown
Auto-Submitted: auto-generated (failure)

The original message was received at Mon, 9 Mar 2026 03:00:03 -0500
from mail.ninetouch.example [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<{t.addr}>
    (reason: 550 5.1.1 <{t.addr}>... User unknown)

   ----- Transcript of session follows -----
550 5.1.1 <{t.addr}>... User unknown

   ----- Original message follows -----

{orig_full(t, top=[f'Received: from mail.ninetouch.example (mail.ninetouch.example [192.0.2.10])' + chr(10) + f'	by {host} (8.13.8/8.13.8) with ESMTP id 629802Cd011874' + chr(10) + f'	for <{t.addr}>; Mon, 9 Mar 2026 03:00:03 -0500'])}"""
    emit(B, 'sendmail-legacy-plain', msg, 'bounce', t.addr,
         note='Sendmail 8.13 without MIME errors (SendMimeErrors off): plain text, original inline, en')

    # Proofpoint Protection Server (sendmail based)
    host = 'mx0b-00471203.pphosted.example'
    p = P['pierre']
    text = f"""The original message was received at Mon, 9 Mar 2026 08:00:02 GMT
from mail.ninetouch.example [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<{p.addr}>
    (reason: 550 5.1.1 <{p.addr}>: Recipient address rejected: User unknown)

   ----- Transcript of session follows -----
... while talking to {p.mx}.:
>>> DATA
<<< 550 5.1.1 <{p.addr}>: Recipient address rejected: User unknown
550 5.1.1 <{p.addr}>... User unknown
<<< 554 5.5.1 Error: no valid recipients
"""
    dsn = f"""Reporting-MTA: dns; {host}
Received-From-MTA: DNS; mail.ninetouch.example
Arrival-Date: Mon, 9 Mar 2026 08:00:02 GMT

Final-Recipient: RFC822; {p.addr}
Action: failed
Status: 5.1.1
Remote-MTA: DNS; {p.mx}
Diagnostic-Code: SMTP; 550 5.1.1 <{p.addr}>: Recipient address rejected: User unknown
Last-Attempt-Date: Mon, 9 Mar 2026 08:00:04 GMT
"""
    emit(B, 'proofpoint-pps-sendmail', sendmail_msg(host, '62980242017719', 'Mon, 9 Mar 2026 08:00:04 GMT',
         '1773043204', text, dsn, orig_full(p, top=[f'Received: from mail.ninetouch.example (mail.ninetouch.example [192.0.2.10])\n\tby {host} (PPS) with ESMTPS id 4ptq8x1k2c-1\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n\tfor <{p.addr}>; Mon, 09 Mar 2026 08:00:02 +0000'])),
         'bounce', p.addr, note='Proofpoint Protection Server inbound (sendmail-based DSN), en')


def gen():
    gen_qmail()
    gen_yahoo()
    gen_exim()
    gen_postfix()
    gen_sendmail()
