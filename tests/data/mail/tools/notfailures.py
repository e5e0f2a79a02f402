"""Not failures: delay warnings, success / relayed / expanded DSNs."""
from common import *
from bounces1 import pf_in_hop, sendmail_msg, exim_copy
from bounces2 import qp, ms_report, ms_html, m365_orig_headers, gmail_new

NF = 'not-failures'

PF_DELAY = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

PF_SUCCESS = """This is the mail system at host {host}.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

"""


def pf_report(host, qid, bqid, date, stamp, subject, template, notice, dsn, orig, ctype='text/rfc822-headers',
              cdesc='Undelivered Message Headers', arrival=None):
    bd = f'{qid}.{stamp}/{host}'
    arrival = arrival or dt(9, 9, 0, 1, pad=True, zone='CET')
    return f"""Return-Path: <>
Received: by {host} (Postfix)
	id {bqid}; {date}
Date: {date}
From: MAILER-DAEMON@{host} (Mail Delivery System)
Subject: {subject}
To: sam@ninetouch.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{bd}"
Content-Transfer-Encoding: 8bit
Message-Id: <20260309{stamp[-6:]}.{bqid}@{host}>

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
X-Postfix-Sender: rfc822; sam@ninetouch.example
Arrival-Date: {arrival}

{dsn}
--{bd}
Content-Description: {cdesc}
Content-Type: {ctype}

{orig}
--{bd}--
"""


def gen_postfix():
    H = 'mail.ninetouch.example'
    a = P['ana']
    notice = f'<{a.addr}>: connect to {a.mx}[{a.ip}]:25: Connection timed out\n'
    dsn = (f'Final-Recipient: rfc822; {a.addr}\nOriginal-Recipient: rfc822;{a.addr}\nAction: delayed\nStatus: 4.4.1\n'
           f'Diagnostic-Code: X-Postfix; connect to {a.mx}[{a.ip}]:25: Connection timed out\n'
           f'Will-Retry-Until: Sat, 14 Mar 2026 09:00:01 +0100 (CET)\n')
    t = pf_report(H, '4ZtqR51fxVz1xQ1', '4ZtzY2R7nXz1xQ3', dt(9, 13, 1, 12, pad=True, zone='CET'), '1773057672',
                  'Delayed Mail (still being retried)', PF_DELAY, notice, dsn, orig_headers(a))
    emit_auto(NF, 'postfix-delayed', t, 'not-failure', note='Postfix delay notice (delay_warning_time 4h), Action delayed, en')

    j = P['jana']
    fin = 'jmueller@home-office.rheinwerk.example'
    notice = (f'<{fin}> (expanded from <{j.addr}>): host\n    home-office.rheinwerk.example[198.51.100.25] said: 450 4.7.1 <{fin}>:\n'
              f'    Recipient address rejected: Greylisted, see\n    https://postgrey.schweikert.ch/help/home-office.rheinwerk.example.html (in reply to\n    RCPT TO command)\n')
    dsn = (f'Final-Recipient: rfc822; {fin}\nOriginal-Recipient: rfc822;{j.addr}\nAction: delayed\nStatus: 4.7.1\n'
           f'Remote-MTA: dns; home-office.rheinwerk.example\n'
           f'Diagnostic-Code: smtp; 450 4.7.1 <{fin}>: Recipient address rejected:\n    Greylisted\n'
           f'Will-Retry-Until: Sat, 14 Mar 2026 09:00:02 +0100 (CET)\n')
    t = pf_report(j.mx, '4ZtqS02bWqz9sU1', '4ZtzY8Cq1Fz9sU3', dt(9, 13, 2, 40, pad=True, zone='CET'), '1773057760',
                  'Delayed Mail (still being retried)', PF_DELAY, notice, dsn,
                  orig_headers(j, top=pf_in_hop(j, '4ZtqS02bWqz9sU1')), arrival=dt(9, 9, 0, 2, pad=True, zone='CET'))
    emit_auto(NF, 'postfix-delayed-forwarded', t, 'not-failure',
              note='Postfix delay notice at recipient MX, alias forwarded (Final-Recipient != Original-Recipient), en')

    t_ = P['tom']
    notice = f'<{t_.addr}>: delivery via {t_.mx}[{t_.ip}]:25: 250 2.0.0 Ok: queued as 4Ztq7J0mG2z3Hk1\n'
    dsn = (f'Final-Recipient: rfc822; {t_.addr}\nOriginal-Recipient: rfc822;{t_.addr}\nAction: relayed\nStatus: 2.0.0\n'
           f'Remote-MTA: dns; {t_.mx}\nDiagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4Ztq7J0mG2z3Hk1\n')
    t = pf_report(H, '4ZtqR9Lq3Wz1xQ5', '4ZtqRB1d0Kz1xQ7', dt(9, 9, 0, 3, pad=True, zone='CET'), '1773043203',
                  'Successful Mail Delivery Report', PF_SUCCESS, notice, dsn, orig_headers(t_),
                  cdesc='Message Headers')
    emit_auto(NF, 'postfix-success-relayed', t, 'not-failure', note='Postfix success DSN, Action relayed (remote without DSN), en')

    e = P['eva']
    notice = (f'<{e.addr}>: delivery via mail.tulp.example[private/dovecot-lmtp]: 250\n'
              f'    2.0.0 <{e.addr}> 6Ms3HBPNrmngGAAAk2sk6w Saved\n')
    dsn = (f'Final-Recipient: rfc822; {e.addr}\nOriginal-Recipient: rfc822;{e.addr}\nAction: delivered\nStatus: 2.0.0\n'
           f'Remote-MTA: dns; mail.tulp.example\n'
           f'Diagnostic-Code: lmtp; 250 2.0.0 <{e.addr}> 6Ms3HBPNrmngGAAAk2sk6w Saved\n')
    t = pf_report('mail.tulp.example', '4ZtqS6Xy2Fz3wL1', '4ZtqS7A2cQz3wL3', dt(9, 9, 0, 3, pad=True, zone='CET'),
                  '1773043203', 'Successful Mail Delivery Report', PF_SUCCESS, notice, dsn,
                  orig_headers(e, top=pf_in_hop(e, '4ZtqS6Xy2Fz3wL1', 'mail.tulp.example')), cdesc='Message Headers',
                  arrival=dt(9, 9, 0, 2, pad=True, zone='CET'))
    emit_auto(NF, 'postfix-success-delivered', t, 'not-failure', note='Postfix success DSN from recipient side, Action delivered (LMTP), en')

    lst = 'vertrieb@rheinwerk.example'
    notice = f'<{lst}>: alias expanded\n'
    dsn = (f'Final-Recipient: rfc822; {lst}\nOriginal-Recipient: rfc822;{lst}\nAction: expanded\nStatus: 2.0.0\n'
           f'Diagnostic-Code: X-Postfix; alias expanded\n')
    t = pf_report(j.mx, '4ZtqS02bWqz9sU5', '4ZtqS0Mk7Rz9sU7', dt(9, 9, 0, 3, pad=True, zone='CET'), '1773043203',
                  'Successful Mail Delivery Report', PF_SUCCESS, notice, dsn,
                  orig_headers(j, cc=f'Vertrieb <{lst}>', top=pf_in_hop(j, '4ZtqS02bWqz9sU5')),
                  cdesc='Message Headers', arrival=dt(9, 9, 0, 2, pad=True, zone='CET'))
    emit_auto(NF, 'postfix-success-expanded', t, 'not-failure', note='Postfix success DSN, Action expanded (alias/list), en')

    # mixed: one delivered, one relayed
    m = P['marco']
    cn, ca = COLL['marco']
    notice = (f'<{m.addr}>: delivery via {m.mx}[{m.ip}]:25: 250 2.0.0 Ok: queued as 4Ztq9R2Hc5z8wQ2\n\n'
              f'<{ca}>: delivery via {m.mx}[{m.ip}]:25: 250 2.0.0 Ok: queued as 4Ztq9R2Hc5z8wQ2\n')
    dsn = ''
    for x in (m.addr, ca):
        dsn += (f'Final-Recipient: rfc822; {x}\nOriginal-Recipient: rfc822;{x}\nAction: relayed\nStatus: 2.0.0\n'
                f'Remote-MTA: dns; {m.mx}\nDiagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4Ztq9R2Hc5z8wQ2\n\n')
    t = pf_report(H, '4ZtqRC7d2Lz1xQ9', '4ZtqRCJ4z8z1xR1', dt(9, 9, 0, 3, pad=True, zone='CET'), '1773043203',
                  'Successful Mail Delivery Report', PF_SUCCESS, notice, dsn.rstrip('\n') + '\n',
                  orig_headers(m, cc=f'{cn} <{ca}>'), cdesc='Message Headers')
    emit_auto(NF, 'postfix-success-two-relayed', t, 'not-failure', note='Postfix success DSN, two recipients relayed, en')


def gen_sendmail():
    H = 'mail.ninetouch.example'
    a = P['ana']
    bd = '629812A1004419.1773057600/mail.ninetouch.example'
    t = f"""Return-Path: <>
Received: from localhost (localhost)
	by {H} (8.18.1/8.18.1) id 629812A1004419;
	Mon, 9 Mar 2026 13:00:00 +0100
Date: Mon, 9 Mar 2026 13:00:00 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@{H}>
Message-Id: <202603091200.629812A1004419@{H}>
To: <sam@ninetouch.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{bd}"
Subject: Warning: could not send message for past 4 hours
Auto-Submitted: auto-generated (warning-timeout)

This is a MIME-encapsulated message

--{bd}

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Mon, 9 Mar 2026 09:00:01 +0100
from app01.ninetouch.example [192.0.2.25]

   ----- Transcript of session follows -----
<{a.addr}>... Deferred: Connection timed out with {a.mx}.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--{bd}
Content-Type: message/delivery-status

Reporting-MTA: dns; {H}
Received-From-MTA: DNS; app01.ninetouch.example
Arrival-Date: Mon, 9 Mar 2026 09:00:01 +0100

Final-Recipient: RFC822; {a.addr}
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; {a.mx}
Last-Attempt-Date: Mon, 9 Mar 2026 13:00:00 +0100
Will-Retry-Until: Sat, 14 Mar 2026 09:00:01 +0100

--{bd}
Content-Type: text/rfc822-headers

{orig_headers(a)}
--{bd}--

"""
    emit_auto(NF, 'sendmail-warning-4h', t, 'not-failure', note='Sendmail 8.18 delay warning (Timeout.queuewarn 4h), en')

    def receipt(p, fname, line, action, extra_tr, note, orig, rm=None):
        text = f"""The original message was received at Mon, 9 Mar 2026 09:00:01 +0100
from app01.ninetouch.example [192.0.2.25]

   ----- The following addresses had successful delivery notifications -----
{line}

   ----- Transcript of session follows -----
{extra_tr}
"""
        rmta = f'Remote-MTA: DNS; {rm}\n' if rm else ''
        dsn = f"""Reporting-MTA: dns; {H}
Received-From-MTA: DNS; app01.ninetouch.example
Arrival-Date: Mon, 9 Mar 2026 09:00:01 +0100

Final-Recipient: RFC822; {p}
Action: {action}
Status: 2.0.0
{rmta}Last-Attempt-Date: Mon, 9 Mar 2026 09:00:03 +0100
"""
        msg = sendmail_msg(H, '62980' + hexid(fname, 9).upper(), 'Mon, 9 Mar 2026 09:00:03 +0100', '1773043203',
                           text, dsn, orig, hdrs_only=True, subject='Return receipt',
                           autosub='auto-generated (return-receipt)')
        emit_auto(NF, fname, msg, 'not-failure', note=note)

    t_ = P['tom']
    receipt(t_.addr, 'sendmail-return-receipt-relayed', f'<{t_.addr}>  (relayed to non-DSN-aware mailer)',
            'relayed (to non-DSN-aware mailer)', f'<{t_.addr}>... relayed; expect no further notifications',
            'Sendmail "Return receipt", Action "relayed (to non-DSN-aware mailer)", en', orig_headers(t_), rm=t_.mx)
    e = P['eva']
    receipt(e.addr, 'sendmail-return-receipt-delivered', f'<{e.addr}>  (successfully delivered to mailbox)',
            'delivered (to mailbox)', f'<{e.addr}>... Successfully delivered',
            'Sendmail "Return receipt", Action "delivered (to mailbox)", en', orig_headers(e))
    lst = 'ventas@solar-iberia.example'
    receipt(lst, 'sendmail-return-receipt-expanded', f'<{lst}>  (expanded by alias)',
            'expanded (to multi-recipient alias)', f'<{lst}>... expanded to multiple addresses',
            'Sendmail "Return receipt", Action "expanded (to multi-recipient alias)", en',
            orig_headers(P['ana'], cc=f'Ventas <{lst}>'))


def gen_exim_gmail():
    m = P['marco']
    t = f"""Return-path: <>
Received: from Debian-exim by mail.ninetouch.example with local (Exim 4.96)
	id 1wGmA1-0004Lk-7e
	for sam@ninetouch.example; Tue, 10 Mar 2026 09:00:41 +0100
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.ninetouch.example>
To: sam@ninetouch.example
Subject: Warning: message 1wGh2X-0003aB-5Q delayed 24 hours
Message-Id: <E1wGmA1-0004Lk-7e@mail.ninetouch.example>
Date: Tue, 10 Mar 2026 09:00:41 +0100

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.ninetouch.example.

The message identifier is:     1wGh2X-0003aB-5Q
The subject of the message is: {SUBJ}
The date of the message is:    {ODATE}

The address to which the message has not yet been delivered is:

  {m.addr}
    host {m.mx} [{m.ip}]
    Delay reason: SMTP error from remote mail server after RCPT TO:<{m.addr}>:
    451 4.3.0 <{m.addr}>: Temporary lookup failure

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
    emit_auto(NF, 'exim-delay-24h', t, 'not-failure', note='Exim 4 delay warning (delay_warning), en')

    a = P['ana']
    t = f"""Return-Path: <>
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sam@ninetouch.example
Subject: Delivery Status Notification (Delay)
Message-ID: <001636b2ad2a854c6b{hexid('gdel', 10)}@google.com>
Date: Mon, 09 Mar 2026 12:07:51 +0000
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

{qp(f'''This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     {a.addr}

Message will be retried for 2 more day(s)

Technical details of temporary failure: 
Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 450 4.2.1 <{a.addr}>: Mailbox temporarily unavailable (state 14).

----- Original message -----

''', 'iso-8859-1')}{orig_headers(a, via='gws')}
"""
    emit_auto(NF, 'gmail-delay-legacy', t, 'not-failure', note='Gmail 2010-2015 plain "Delivery Status Notification (Delay)", en')

    p = P['pierre']
    date = 'Mon, 09 Mar 2026 05:02:11 -0700 (PDT)'
    text = (f"** Delivery incomplete **\n\nThere was a temporary problem delivering your message to {p.addr}. "
            f"Gmail will retry for 43 more hours. You'll be notified if the delivery fails permanently.\n\n"
            f"Learn more here: https://support.google.com/mail/answer/7720\n\nThe response was:\n\n"
            f"The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 \n"
            f"[{p.mx} {p.ip}: timed out]\n")
    html = (f"There was a temporary problem delivering your message to <a style='color:#212121;text-decoration:none'><b>"
            f"{p.addr}</b></a>. Gmail will retry for 43 more hours. You'll be notified if the delivery fails permanently.")
    dsn = (f'Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; sam@ninetouch.example\n'
           f'Arrival-Date: Mon, 09 Mar 2026 01:00:01 -0700 (PDT)\nX-Original-Message-ID: {MSGID}\n\n'
           f'Final-Recipient: rfc822; {p.addr}\nAction: delayed\nStatus: 4.4.1\n'
           f'Diagnostic-Code: smtp; The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 \n'
           f' [{p.mx} {p.ip}: timed out]\nLast-Attempt-Date: {date}\n'
           f'Will-Retry-Until: Wed, 11 Mar 2026 01:00:01 -0700 (PDT)\n')
    msg = gmail_new(p.addr, text, 'Delivery incomplete', html, dsn, orig_headers(p, via='gws'), date,
                    '65cd5a93.050a0220.3f2e1.9ad2.GMR', hdrs_only=True)
    msg = msg.replace('Subject: Delivery Status Notification (Failure)', 'Subject: Delivery Status Notification (Delay)')
    msg = msg.replace(f'X-Failed-Recipients: {p.addr}\n', '')
    emit_auto(NF, 'gmail-delivery-incomplete', msg, 'not-failure', note='Gmail current "Delivery incomplete" delay DSN, en')


def gen_exchange():
    GEN = 'AM8PR01MB8102.eurprd01.prod.exchangelabs.com'
    a = P['ana']
    oh = m365_orig_headers(a)
    text = f"""Delivery is delayed to these recipients or groups:

{a.addr} ({a.addr})<mailto:{a.addr}>

Subject: {SUBJ}

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 57 minutes. You'll be notified if the message can't be delivered by that time.







Diagnostic information for administrators:

Generating server: {GEN}
Receiving server: {a.mx} ({a.ip})

{a.addr}
Remote Server at {a.mx} ({a.ip}) returned '400 4.4.7 Message delayed'
3/9/2026 12:03:14 PM - Remote Server at {a.mx} ({a.ip}) returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was {a.ip}:25'

Original message headers:

{oh}"""
    html = ms_html(['Delivery is delayed to these recipients or groups:', a.addr,
                    'This message hasn\'t been delivered yet. Delivery will continue to be attempted.'])
    dsn = (f'Reporting-MTA: dns;{GEN}\nReceived-From-MTA: dns;DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n'
           f'Arrival-Date: Mon, 9 Mar 2026 08:00:01 +0000\n\nFinal-Recipient: rfc822;{a.addr}\nAction: delayed\n'
           f'Status: 4.4.7\nDiagnostic-Code: smtp;400 4.4.7 Message delayed\nRemote-MTA: dns;{a.mx}\n'
           f'Will-Retry-Until: Wed, 11 Mar 2026 08:00:01 +0000\nX-Display-Name: {a.addr}\n')
    t = ms_report('Microsoft Outlook <postmaster@ninetouch.example>', f'Delivery delayed:{SUBJ}',
                  'Mon, 9 Mar 2026 12:03:14 +0000', 'en-US', text, html, dsn, oh,
                  '3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70819@AM8PR01MB8102.eurprd01.prod.exchangelabs.com', hdrs_only=True)
    emit_auto(NF, 'm365-delivery-delayed', t, 'not-failure', note='Microsoft 365 "Delivery delayed:" DSN, Action delayed, en')

    j = P['jana']
    oh = m365_orig_headers(j)
    text = f"""Your message has been delivered to the following recipients:

{j.name} ({j.addr})<mailto:{j.addr}>

Subject: {SUBJ}
"""
    html = ms_html(['Your message has been delivered to the following recipients:', f'{j.name} ({j.addr})', f'Subject: {SUBJ}'])
    dsn = (f'Reporting-MTA: dns;EX2016-02.intern.rheinwerk.example\nReceived-From-MTA: dns;mx01.rheinwerk.example\n'
           f'Arrival-Date: Mon, 9 Mar 2026 08:00:03 +0000\n\nFinal-Recipient: rfc822;{j.addr}\nAction: delivered\n'
           f'Status: 2.0.0\nX-Display-Name: {j.name}\n')
    t = ms_report('<postmaster@rheinwerk.example>', f'Delivered: {SUBJ}', 'Mon, 9 Mar 2026 09:00:04 +0100', 'en-US',
                  text, html, dsn, oh, '4b5c6d7e-8f90-41a2-b3c4-d5e6f708192a@EX2016-02.intern.rheinwerk.example', hdrs_only=True)
    emit_auto(NF, 'exchange-delivered', t, 'not-failure', note='Exchange 2016 "Delivered:" success DSN, Action delivered, en')

    t_ = P['tom']
    oh = m365_orig_headers(t_)
    text = f"""Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:

{t_.addr} ({t_.addr})<mailto:{t_.addr}>

Subject: {SUBJ}
"""
    html = ms_html(['Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:',
                    t_.addr, f'Subject: {SUBJ}'])
    dsn = (f'Reporting-MTA: dns;{GEN}\nReceived-From-MTA: dns;DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n'
           f'Arrival-Date: Mon, 9 Mar 2026 08:00:01 +0000\n\nFinal-Recipient: rfc822;{t_.addr}\nAction: relayed\n'
           f'Status: 2.0.0\nRemote-MTA: dns;{t_.mx}\nX-Display-Name: {t_.addr}\n')
    t = ms_report('Microsoft Outlook <postmaster@ninetouch.example>', f'Relayed: {SUBJ}', 'Mon, 9 Mar 2026 08:00:03 +0000',
                  'en-US', text, html, dsn, oh, '5c6d7e8f-9001-42b3-c4d5-e6f708192a3b@AM8PR01MB8102.eurprd01.prod.exchangelabs.com',
                  hdrs_only=True)
    emit_auto(NF, 'm365-relayed', t, 'not-failure', note='Microsoft 365 "Relayed:" DSN, Action relayed, en')

    # outlook.com (hotmail) delay
    e = P['eva']
    bd = '9B095B5ADSN=_01DCAF2CB009E3D80002F5D9AM8P223?OMC1S18.h'
    t = f"""Return-Path: <>
From: postmaster@mail.hotmail.com
To: sam@ninetouch.example
Date: Mon, 9 Mar 2026 12:31:27 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{bd}"
Message-ID: <ix4A2DreB00015f8e@AM8P223-OMC1S18.hotmail.com>
Subject: Delivery Status Notification (Delay)

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--{bd}
Content-Type: text/plain; charset=unicode-1-1-utf-7

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed.

       {e.addr}




--{bd}
Content-Type: message/delivery-status

Reporting-MTA: dns;AM8P223-OMC1S18.hotmail.com
Received-From-MTA: dns;AM8P223-W41
Arrival-Date: Mon, 9 Mar 2026 08:00:01 +0000

Final-Recipient: rfc822;{e.addr}
Action: delayed
Status: 4.4.7
Will-Retry-Until: Wed, 11 Mar 2026 08:00:01 +0000

--{bd}
Content-Type: message/rfc822

{orig_full(e, via='none')}
--{bd}--
"""
    emit_auto(NF, 'hotmail-delay', t, 'not-failure', note='Hotmail/Outlook.com legacy delay DSN, en')


def gen_others():
    host = 'mail.ninetouch.example'
    t_ = P['tom']
    bd = f'7654236086470350503/{host}'
    t = f"""Return-Path: <>
Subject: Delivery status notification: delayed
From: Mailer Daemon <MAILER-DAEMON@{host}>
To: sam@ninetouch.example
Date: Mon, 9 Mar 2026 12:00:02 +0000 (UTC)
MIME-Version: 1.0
Content-Type: multipart/mixed;boundary="{bd}"
Message-Id: <47da6d2d37866725@{host}>

This is a MIME-encapsulated message.

--{bd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this email.

    A message is delayed for more than 4 hours for the following
    list of recipients:

{t_.addr}: 421 4.7.0 {t_.mx} Error: too many connections from 192.0.2.10

    Please note that this is only a temporary failure report.
    The message is kept in the queue for up to 7 days.
    You DO NOT NEED to re-send the message to these recipients.

    Below is a copy of the original message:

--{bd}
Content-Description: Delivery Report
Content-Type: message/delivery-status

Reporting-MTA: dns; {host}

Final-Recipient: rfc822; {t_.addr}
Action: delayed
Status: 4.7.0

--{bd}
Content-Description: Message headers
Content-Type: text/rfc822-headers

{orig_headers(t_, via='none')}
--{bd}--
"""
    emit_auto(NF, 'opensmtpd-delayed', t, 'not-failure', note='OpenSMTPD "Delivery status notification: delayed", en')

    m = P['marco']
    bd = f'7654236086470350504/{host}'
    t = f"""Return-Path: <>
Subject: Delivery status notification: relayed
From: Mailer Daemon <MAILER-DAEMON@{host}>
To: sam@ninetouch.example
Date: Mon, 9 Mar 2026 08:00:03 +0000 (UTC)
MIME-Version: 1.0
Content-Type: multipart/mixed;boundary="{bd}"
Message-Id: <47da6d2d37866726@{host}>

This is a MIME-encapsulated message.

--{bd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this email.

    Your message was relayed to these recipients.

{m.addr}: 250 2.0.0 Ok: queued as 4Ztq9R2Hc5z8wQ4

    Below is a copy of the original message:

--{bd}
Content-Description: Delivery Report
Content-Type: message/delivery-status

Reporting-MTA: dns; {host}

Final-Recipient: rfc822; {m.addr}
Action: relayed
Status: 2.0.0

--{bd}
Content-Description: Message headers
Content-Type: text/rfc822-headers

{orig_headers(m, via='none')}
--{bd}--
"""
    emit_auto(NF, 'opensmtpd-relayed', t, 'not-failure',
              note='OpenSMTPD success DSN "relayed"; subject suffix inferred from bounce.c action names')

    # Oracle Messaging Server delay
    a = P['ana']
    host2 = 'mr11p00im-asmtp003.mail.solar-iberia.example'
    bd = 'Boundary_(ID_EIVpI81MDZioRLqYayS7tQ)'
    t = f"""Return-path: <>
Date: Tue, 10 Mar 2026 08:30:14 +0000 (GMT)
From: Internet Mail Delivery <postmaster@{host2}>
Subject: Delivery Notification: Delivery has been delayed
In-reply-to: {MSGID}
To: sam@ninetouch.example
Message-id: <0NFF00JQ102E0Z00@{host2}>
MIME-version: 1.0
Content-type: multipart/report; report-type=delivery-status;
 boundary="{bd}"
References: {MSGID}


--{bd}
Content-type: text/plain; charset=us-ascii
Content-language: en-US

This report relates to a message you sent with the following header fields:

  Message-id: {MSGID}
  Date: {ODATE}
  From: {REP_FROM}
  To: {a.full}
  Subject: {SUBJ}

Your message has been enqueued and undeliverable for 1 day
to the following recipients:

  Recipient address: {a.addr}
  Reason: unable to deliver this message after 1 day


Delivery attempt history for your mail:

Tue, 10 Mar 2026 04:17:37 +0000 (GMT)
TCP active open: Failed connect() to TCP port 25 of 10.3.0.15    Error: Connection timed out

Mon, 09 Mar 2026 20:14:26 +0000 (GMT)
TCP active open: Failed connect() to TCP port 25 of 10.3.0.15    Error: Connection timed out

Your message will continue to be delivered for an additional 6 days.


--{bd}
Content-type: message/delivery-status

Reporting-MTA: dns;{host2} (tcp-daemon)
Arrival-date: Mon, 09 Mar 2026 08:00:02 +0000 (GMT)

Original-recipient: rfc822;{a.addr}
Final-recipient: rfc822;{a.addr}
Action: delayed
Status: 4.4.7 (unable to deliver this message after 1 day)

--{bd}
Content-type: text/rfc822-headers

{orig_headers(a)}
--{bd}--
"""
    emit_auto(NF, 'oracle-messaging-delayed', t, 'not-failure', note='Oracle Communications Messaging Server "Delivery has been delayed", en')

    # Zoho delay
    p = P['pierre']
    bd = '----=_Part_2353_2119764107.1773057600087'
    t = f"""Return-Path: <>
Date: Mon, 09 Mar 2026 05:00:00 -0700
From: mailer-daemon@mail.zoho.example
To: sam@ninetouch.example
Message-ID: <19cd0b57ec8.cc5b10c6521251802.-8795066362223423466@zohomail.example>
Subject: Mail Delivery Status Notification (Delay)
MIME-Version: 1.0
Content-Type: multipart/mixed; 
    boundary="{bd}"


--{bd}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

This message was created automatically by mail delivery system.

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

The original message was received at Mon, 09 Mar 2026 01:00:01 -0700
from sam@ninetouch.example [sam@ninetouch.example] 

----- The following addresses had fatal errors ----- 
[Status: Error, Address: <{p.addr}>, ResponseCode 421, , Host not reachable.]

Message will be retried for 4 more day(s)

----- Transcript of session follows ----- 

Received:from mail.zoho.example by mx.zohomail.example
    with SMTP id 1773043201307794.7899025594404; Mon, 9 Mar 2026 01:00:01 -0700 (PDT)
Message-ID:{MSGID}
Date:{ODATE}
From:{REP_FROM}
To:<{p.addr}>
Subject:{SUBJ}
Content-Type:text/plain; charset="UTF-8"
--{bd}--
"""
    emit_auto(NF, 'zoho-delay', t, 'not-failure',
              note='Zoho Mail delay warning (contains "fatal errors" wording but is a warning), en')


def gen():
    gen_postfix()
    gen_sendmail()
    gen_exim_gmail()
    gen_exchange()
    gen_others()
