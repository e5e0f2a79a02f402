"""Bounces: DragonFly, OpenSMTPD, Amazon SES/WorkMail, Domino/Notes, GroupWise, McAfee/MXLogic,
Barracuda, Mimecast, MessageLabs, Courier, Trend Micro, amavis, list managers, Apache James,
Oracle Messaging Server, Zoho, IMail, MailMarshal, hMailServer, generic RFC 3464, misc."""
import base64
from common import *
from bounces1 import postfix_msg, pf_in_hop, exim_plain, exim_copy, qmail_msg, sendmail_msg
from bounces2 import qp, ms_report, ms_html, m365_orig_headers

B = 'bounces'


def gen_dragonfly():
    t = P['tom']
    host = 'mail.ninetouch.example'
    hdrs = ('Received: from sam (uid 1001)\n\t(envelope-from sam@ninetouch.example)\n\tid 3f1a2\n'
            '\tby mail.ninetouch.example (DragonFly Mail Agent v0.13);\n\tMon, 09 Mar 2026 09:00:01 +0100\n'
            + orig_headers(t, via='none', with_return_path=False))
    msg = f"""Received: from MAILER-DAEMON
	id 3f1a9
	by {host} (DragonFly Mail Agent v0.13);
	Mon, 09 Mar 2026 09:00:04 +0100
X-Original-To: <sam@ninetouch.example>
From: MAILER-DAEMON <>
To: sam@ninetouch.example
Subject: Mail delivery failed
Message-Id: <3f1a9@{host}>
Date: Mon, 09 Mar 2026 09:00:04 +0100

This is the DragonFly Mail Agent v0.13 at {host}.

There was an error delivering your mail to <{t.addr}>.

{t.mx} [{t.ip}] did not like our RCPT TO:
550 5.1.1 <{t.addr}>: Recipient address rejected: User unknown in virtual mailbox table

Message headers follow.

{hdrs}"""
    emit(B, 'dragonfly-dma-headers', msg, 'bounce', t.addr, note='DragonFly Mail Agent (dma) bounce, headers only, en')

    e = P['eva']
    full = ('Received: from sam (uid 1001)\n\t(envelope-from sam@ninetouch.example)\n\tid 3f1b0\n'
            '\tby mail.ninetouch.example (DragonFly Mail Agent v0.13);\n\tMon, 09 Mar 2026 09:00:01 +0100\n'
            + orig_headers(e, via='none', with_return_path=False) + '\n' + body_en(e.first))
    msg = f"""Received: from MAILER-DAEMON
	id 3f1b7
	by {host} (DragonFly Mail Agent v0.13);
	Mon, 09 Mar 2026 09:00:05 +0100
X-Original-To: <sam@ninetouch.example>
From: MAILER-DAEMON <>
To: sam@ninetouch.example
Subject: Mail delivery failed
Message-Id: <3f1b7@{host}>
Date: Mon, 09 Mar 2026 09:00:05 +0100

This is the DragonFly Mail Agent v0.13 at {host}.

There was an error delivering your mail to <{e.addr}>.

{e.mx} [{e.ip}] did not like our final DATA:
554 5.7.1 <{e.addr}>: Recipient address rejected: Mailbox is disabled

Original message follows.

{full}"""
    emit(B, 'dragonfly-dma-original', msg, 'bounce', e.addr, note='DragonFly Mail Agent (dma) bounce, full original, en')


def gen_opensmtpd():
    m = P['marco']
    host = 'mail.ninetouch.example'
    msg = f"""Return-Path: <>
Message-Id: <202603090800.62980S4k011882@{host}>
Subject: Delivery status notification: error
From: Mailer Daemon <MAILER-DAEMON@{host}>
To: sam@ninetouch.example
Date: Mon, 9 Mar 2026 08:00:04 +0000 (UTC)

    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

{m.addr}: 550 5.1.1 <{m.addr}>: Recipient address rejected: User unknown in local recipient table

    Below is a copy of the original message:

{orig_full(m, via='none', with_return_path=False, top=['Received: from app01.ninetouch.example (app01.ninetouch.example [192.0.2.25]);' + chr(10) + '	by mail.ninetouch.example (OpenSMTPD) with ESMTPSA id 8a2c41f0;' + chr(10) + f'	for <{m.addr}>;' + chr(10) + '	Mon, 9 Mar 2026 08:00:01 +0000 (UTC)'])}"""
    emit(B, 'opensmtpd-5x-plain', msg, 'bounce', m.addr, note='OpenSMTPD 5.x plain "Hi! This is the MAILER-DAEMON", en')

    def modern(p, failed_lines, dsn, fname, note, addrs, orig_h):
        bd = f'1546202067{hexid(fname, 9)}/{host}'
        msg = f"""Return-Path: <>
Subject: Delivery status notification: failed
From: Mailer Daemon <MAILER-DAEMON@{host}>
To: sam@ninetouch.example
Date: Mon, 9 Mar 2026 08:00:05 +0000 (UTC)
MIME-Version: 1.0
Content-Type: multipart/mixed;boundary="{bd}"
Message-ID: <{hexid(fname + 'm', 16)}@{host}>

This is a MIME-encapsulated message.

--{bd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this email.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

{failed_lines}
    Below is a copy of the original message:

--{bd}
Content-Description: Delivery Report
Content-Type: message/delivery-status

Reporting-MTA: dns; {host}

{dsn}
--{bd}
Content-Description: Message headers
Content-Type: text/rfc822-headers

{orig_h}
--{bd}--
"""
        emit(B, fname, msg, 'bounce', addrs, note=note)

    top = lambda r: ['Received: from app01.ninetouch.example (app01.ninetouch.example [192.0.2.25])\n'
                     '\tby mail.ninetouch.example (OpenSMTPD) with ESMTPSA id 91fbc65f (TLSv1.3:TLS_AES_256_GCM_SHA384:256:NO)\n'
                     f'\tfor <{r}>;\n\tMon, 9 Mar 2026 08:00:01 +0000 (UTC)']
    p = P['pierre']
    modern(p, f'{p.addr}: Domain does not exist\n',
           f'Final-Recipient: rfc822; {p.addr}\nAction: failed\nStatus: 5.0.0\n', 'opensmtpd-7x-mixed-dsn',
           'OpenSMTPD 7.x, DSN inside multipart/mixed, headers only, en', p.addr,
           orig_headers(p, via='none', with_return_path=False, top=top(p.addr)))
    a = P['ana']
    cn, ca = COLL['ana']
    modern(a, f'{a.addr}: 550 5.1.1 <{a.addr}>: Recipient address rejected: User unknown\n'
              f'{ca}: 550 5.1.1 <{ca}>: Recipient address rejected: User unknown\n',
           f'Final-Recipient: rfc822; {a.addr}\nAction: failed\nStatus: 5.1.1\n\n'
           f'Final-Recipient: rfc822; {ca}\nAction: failed\nStatus: 5.1.1\n', 'opensmtpd-7x-two-recipients',
           'OpenSMTPD 7.x, two recipients, DSN inside multipart/mixed, en', [a.addr, ca],
           orig_headers(a, via='none', with_return_path=False, cc=f'{cn} <{ca}>', top=top(a.addr)))


def gen_ses():
    t = P['tom']
    bd = 'JuU8e.4gyIcCrxq.1RFbQY.3Vu7Hs+'
    rp = '0102019cd0a1b2c3-1d2e3f40-5a6b-7c8d-9e0f-a1b2c3d4e5f6-000000@eu-west-1.amazonses.com'
    msg = f"""Return-Path: <>
Message-Id: <0102019cd0a1c4d5-6e7f8091-a2b3-c4d5-e6f7-08192a3b4c5d-000000@email.amazonses.com>
Date: Mon, 9 Mar 2026 08:00:05 +0000
To: sam@ninetouch.example
From: MAILER-DAEMON@email-bounces.amazonses.com
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{bd}"

--{bd}
content-type: text/plain;
    charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(f"The following message to <{t.addr}> was undeliverable." + chr(10) + "The reason for the problem:" + chr(10) + f"5.1.0 - Unknown address error 550-'5.1.1 <{t.addr}>: Recipient address rejected: User unknown in virtual mailbox table'" + chr(10))}
--{bd}
content-type: message/delivery-status

Reporting-MTA: dns; a8-31.smtp-out.amazonses.com

Final-Recipient: rfc822;{t.addr}
Action: failed
Status: 5.0.0 (permanent failure)
Remote-MTA: dns; [{t.ip}]
Diagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.1.1 <{t.addr}>: Recipient address rejected: User unknown in virtual mailbox table' (delivery attempts: 0)

--{bd}
content-type: message/rfc822

{orig_full(t, via='ses', extra='Feedback-ID: 1.eu-west-1.q1O3cFv0pW3mQxZ8yG1m=:AmazonSES')}
--{bd}--
"""
    emit(B, 'amazon-ses-legacy', msg, 'bounce', t.addr, note='Amazon SES classic bounce "The following message to <x> was undeliverable", en')

    j = P['jana']
    bd = '----=_Part_491442_153898515.1773043205160'
    msg = f"""Return-Path: <>
From: MAILER-DAEMON@eu-west-1.amazonses.com
To: sam@ninetouch.example
Message-ID: <0102019cd0a1d6e7-f8091a2b-3c4d-5e6f-7081-92a3b4c5d6e7-000000@eu-west-1.amazonses.com>
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; 
	boundary="{bd}"
Date: Mon, 9 Mar 2026 08:00:05 +0000

--{bd}
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Content-Description: Notification

An error occurred while trying to deliver the mail to the following recipients:
{j.addr}
--{bd}
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit
Content-Description: Delivery Status Notification

Reporting-MTA: dsn; a8-40.smtp-out.eu-west-1.amazonses.com

Action: failed
Final-Recipient: rfc822; {j.addr}
Diagnostic-Code: smtp; 550 5.1.1 <{j.addr}>: Recipient address rejected: User unknown
Status: 5.1.1


--{bd}
Content-Type: message/rfc822
Content-Description: Undelivered Message

{orig_full(j, via='none', with_return_path=False, extra='Feedback-ID: 1.eu-west-1.q1O3cFv0pW3mQxZ8yG1m=:AmazonSES')}
--{bd}--
"""
    emit(B, 'amazon-ses-no-report-type', msg, 'bounce', j.addr,
         note='Amazon SES newer bounce, multipart/report without report-type parameter, en')

    # WorkMail
    for key, diag, status, name in (('eva', '550 5.1.1 <{a}>: Recipient address rejected: User unknown', '5.1.1', 'amazon-workmail-userunknown'),
                                    ('marco', '552 5.2.2 <{a}>: Mailbox full', '5.2.2', 'amazon-workmail-mailboxfull')):
        p = P[key]
        d = diag.format(a=p.addr)
        bd = '=_weRBsyzf5DEZ4iKPso9+' + alnum(name, 22)
        tech = (f"An error occurred while trying to deliver the mail to the following recipients:\n{p.addr}\n\n"
                f"Technical report:\n\nReporting-MTA: dsn; a4-12.smtp-out.eu-west-1.amazonses.com\n\nAction: failed\n"
                f"Final-Recipient: rfc822; {p.addr}\nDiagnostic-Code: smtp; {d}\nStatus: {status}\n\n")
        msg = f"""Return-Path: <>
Subject: =?iso-8859-15?Q?Delivery_Status_Notification_=28Failure=29?=
From: MAILER-DAEMON@eu-west-1.amazonses.com
To: =?iso-8859-15?Q?Sam_Rep?= <sam@ninetouch.example>
Date: Mon, 9 Mar 2026 08:00:06 +0000
Mime-Version: 1.0
Content-Type: multipart/mixed; 
 boundary="{bd}"
X-Mailer: Amazon WorkMail
Message-Id: 
 <0102019cd0a1{hexid(name, 4)}-{hexid(name + '1', 8)}-2737-4bc7-8a98-44d4decbfe6d-000000@eu-west-1.amazonses.com>

This is a multi-part message in MIME format. Your mail reader does not
understand MIME message format.
--{bd}
Content-Type: text/plain; charset=iso-8859-15
Content-Transfer-Encoding: quoted-printable

{qp(tech, 'iso-8859-15')}
--{bd}
Content-Type: message/rfc822
Content-Disposition: attachment

{orig_full(p, via='none', with_return_path=False, extra='X-Original-Mailer: Amazon WorkMail')}
--{bd}--
"""
        emit(B, name, msg, 'bounce', p.addr, note='Amazon WorkMail bounce (technical report inline, multipart/mixed, no DSN part), en')


def gen_notes():
    m = P['marco']
    msg = f"""Return-Path: <>
Date: Mon, 9 Mar 2026 09:00:04 +0100
MIME-Version: 1.0
From: Postmaster@ferro.example
To: Sam Rep <sam@ninetouch.example>
Subject: DELIVERY FAILURE: User Marco Rossi (marco.rossi@ferro.example) not listed in
 Domino Directory
Message-ID: <OF2C8A3B91.5D4E6F70-ONC1258C3A.002BF3A1-C1258C3A.002BF3A5@ferro.example>
Content-Type: Text/Plain

Your message

  Subject: {SUBJ}

was not delivered to:

  {m.addr}

because:

  User Marco Rossi ({m.addr}) not listed in Domino Directory

"""
    emit(B, 'domino-plain', msg, 'bounce', m.addr, note='HCL/IBM Domino "DELIVERY FAILURE", plain text, no copy of the original (no Message-ID), en')

    p = P['pierre']
    bd = '==IFJRGLVA8RTJDA8NR85NIBJ8VJ7NR9PNPNHTPN29HR7PPR9ZTPV'
    msg = f"""Return-Path: <>
From: Postmaster@lumiere.example
To: Sam Rep <sam@ninetouch.example>
Subject: DELIVERY FAILURE: User Pierre Dupont (p.dupont@lumiere.example) not listed in public
 Name & Address Book
Date: Mon, 9 Mar 2026 09:00:05 +0100
MIME-Version: 1.0
Message-ID: <OFA1B2C3D4.E5F60718-ONC1258C3A.002C1A2B-C1258C3A.002C1A30@lumiere.example>
Content-Type: multipart/report; report-type=delivery-status; boundary="{bd}"

--{bd}
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 7bit

Your message

  Subject: {SUBJ}

was not delivered to:

  {p.addr}

because:

  User Pierre Dupont ({p.addr}) not listed in public Name & Address Book


--{bd}
Content-Type: message/delivery-status

Reporting-MTA: dns;notes01.lumiere.example

Final-Recipient: rfc822;{p.addr}
Action: failed
Status: 5.0.0
Diagnostic-Code: X-Notes; User Pierre Dupont ({p.addr}) not listed in public Name & Address Book

--{bd}
Content-Type: message/rfc822

{orig_full(p, top=['Received: from mx.lumiere.example ([198.51.100.37])' + chr(10) + '          by notes01.lumiere.example (Lotus Domino Release 8.5.3FP6)' + chr(10) + '          with ESMTP id 2026030909000318-71 ;' + chr(10) + '          Mon, 9 Mar 2026 09:00:03 +0100'])}
--{bd}--
"""
    emit(B, 'domino-dsn-nab', msg, 'bounce', p.addr, note='Lotus Domino 8.5 DELIVERY FAILURE with DSN, "public Name & Address Book", en')

    t = P['tom']
    msg = f"""Return-Path: <>
From: POSTMASTER@smtp-gw2.acme.example
To: sam@ninetouch.example
Date: Mon, 9 Mar 2026 03:00:06 -0500
Subject: Undeliverable message
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Message-Id: <20260309080006.0000004711@smtp-gw2.acme.example>

------- Failure Reasons  --------

User not listed in public Name & Address Book
{t.addr}


------- Returned Message --------
{orig_full(t, with_return_path=False, top=['Received: from mail.ninetouch.example ([192.0.2.10])' + chr(10) + '    by smtp-gw2.acme.example (Lotus SMTP MTA v4.6.7  (934.1 12-30-1999))  with SMTP id 86258C3A.002C3B4D;' + chr(10) + '    Mon, 9 Mar 2026 03:00:05 -0500'])}"""
    emit(B, 'lotus-notes-smtp-mta', msg, 'bounce', t.addr, note='Lotus Notes SMTP MTA (R4) "Undeliverable message" Failure Reasons, en')


def gen_groupwise():
    t = P['tom']
    text = (f"The message that you sent was undeliverable to the following: \n\t{t.addr} (user not found)\n\n"
            f"Information about your message: \n\tSubject: {SUBJ}\n\tSent: 09 Mar 2026 09:00:00 +0100\n\n"
            f"Possibly truncated original message follows: \n\n")
    bd = 'Part05B0E39A.0__='
    msg = f"""Return-Path: <>
Date: Mon, 09 Mar 2026 03:00:05 -0500
From: "ACME_DOM.GWIA.GATEWAY" <gwia@gw.acme.example>
To: <sam@ninetouch.example>
Subject: Message status - undeliverable
Message-ID: <69AE8A750200002A0003B1C2@gw.acme.example>
Mime-Version: 1.0
Content-Type: multipart/mixed; boundary="=__{bd}"

This is a MIME message. If you are reading this text, you may want to 
consider changing to a mail reader or gateway that understands how to 
properly handle MIME multipart messages.

--=__{bd}
Content-Type: text/plain; charset=US-ASCII
Content-Transfer-Encoding: quoted-printable

{qp(text, 'us-ascii')}
--=__{bd}
Content-Type: message/rfc822

{orig_full(t, top=['Received: from mx2.acme.example [203.0.113.12] by gw.acme.example' + chr(10) + '	with ESMTP (SUSE Linux Enterprise Server - GroupWise 18 GWIA); Mon, 09 Mar 2026 03:00:03 -0500'])}
--=__{bd}--
"""
    emit(B, 'groupwise-gwia', msg, 'bounce', t.addr,
         note='Novell/Micro Focus GroupWise GWIA status message; subject and From from memory, body markers from public code')

    e = P['eva']
    msg = f"""Return-Path: <>
Date: Mon, 09 Mar 2026 09:00:05 +0100
From: Mail Delivery System <postmaster@gw.tulp.example>
To: <sam@ninetouch.example>
Subject: Message status - undeliverable
Message-ID: <69AE8A760200002A0003B1C4@gw.tulp.example>
Mime-Version: 1.0
Content-Type: text/plain; charset=US-ASCII
Content-Transfer-Encoding: 7bit

The message that you sent was undeliverable to the following:
	{e.addr} (mailbox full)

Possibly truncated original message follows:

{orig_full(e, top=['Received: from mx.tulp.example [198.51.100.90] by gw.tulp.example' + chr(10) + '	with ESMTP (GroupWise 8 GWIA); Mon, 09 Mar 2026 09:00:03 +0100'])}"""
    emit(B, 'groupwise-legacy-plain', msg, 'bounce', e.addr,
         note='GroupWise 8 GWIA plain undeliverable status; wording partly from memory')


def gen_mcafee():
    j = P['jana']
    bd = '------------Boundary-00=_7K3QH8FE0000000000000'
    msg = f"""Return-Path: <MAILER-DAEMON@mx01.rheinwerk.example>
Date: Mon, 9 Mar 2026 09:00:05 +0100
To: <sam@ninetouch.example>
From: <MAILER-DAEMON@mx01.rheinwerk.example>
MIME-Version: 1.0
Content-Type: Multipart/Mixed;
  boundary="{bd[2:]}"
Subject: Delivery Status
Message-Id: <202603090900.7K3QH8FE@mx01.rheinwerk.example>

{bd}
Content-Type: text/plain; name="deliveryproblems.txt"

    --- The following addresses had delivery problems ---

<{j.addr}>   (Unknown user {j.addr})

{bd}
Content-Type: message/delivery-status; name="deliverystatus.txt"

Original-Recipient: <{j.addr}>
Action: failed
Diagnostic-Code: smtp; 550 Unknown user {j.addr}
Remote-MTA: 10.1.4.22


{bd}
Content-Type: message/rfc822
Content-Disposition: attachment

{orig_full(j, top=['Received: from mail.ninetouch.example (mail.ninetouch.example [192.0.2.10]) by mx01.rheinwerk.example with smtp' + chr(10) + '	 (TLS: TLSv1.2,256bits,ECDHE-RSA-AES256-GCM-SHA384)' + chr(10) + '	 id 7K3QH8FD; Mon, 9 Mar 2026 09:00:03 +0100'])}
{bd}--
"""
    emit(B, 'mcafee-email-gateway', msg, 'bounce', j.addr,
         note='McAfee Email Gateway "Delivery Status": DSN in multipart/mixed, Original-Recipient "<addr>" without type, en')

    a = P['ana']
    msg = f"""Return-Path: <MAILER-DAEMON@mail.solar-iberia.example>
Date: Mon, 9 Mar 2026 09:00:06 +0100
To: <sam@ninetouch.example>
From: <MAILER-DAEMON@mail.solar-iberia.example>
MIME-Version: 1.0
Content-Type: Multipart/Mixed;
  boundary="{bd[2:]}1"
Subject: Delivery Status
Message-Id: <202603090900.7K3QH8FG@mail.solar-iberia.example>

{bd}1
Content-Type: text/plain; name="deliveryproblems.txt"

    --- The following addresses had delivery problems ---

<{a.addr}>   (Mailbox full)

{bd}1
Content-Type: message/delivery-status; name="deliverystatus.txt"

Original-Recipient: <{a.addr}>
Action: failed
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
Remote-MTA: 10.3.0.15


{bd}1
Content-Type: text/rfc822-headers

{orig_headers(a, top=['Received: from mail.ninetouch.example (mail.ninetouch.example [192.0.2.10]) by mail.solar-iberia.example with smtp' + chr(10) + '	 id 7K3QH8FF; Mon, 9 Mar 2026 09:00:03 +0100'])}
{bd}1--
"""
    emit(B, 'mcafee-email-gateway-headers', msg, 'bounce', a.addr,
         note='McAfee Email Gateway "Delivery Status", headers only, en')

    m = P['marco']
    hdr = orig_headers(m, with_return_path=False, via='none',
                       top=['Received: from unknown [192.0.2.10] (EHLO mail.ninetouch.example)\n'
                            '\tby relay0.mxl21.mxlogic.example(mxl_mta-8.5.0-2)\n'
                            '\twith ESMTP id 3a1bc4d5.0.2011.00-388.4411.relay0.mxl21.mxlogic.example\n'
                            '    (envelope-from <sam@ninetouch.example>); Mon, 09 Mar 2026 02:00:03 -0700 (MST)'])
    msg = f"""Return-Path: <>
Date: Mon, 09 Mar 2026 02:00:05 -0700
From: Mail Delivery System <MAILER-DAEMON@relay0.mxl21.mxlogic.example>
To: sam@ninetouch.example
Subject: Mail delivery failed
Message-Id: <mxl~3a1bc4d5.0.2012.00-388.4413@relay0.mxl21.mxlogic.example>
MIME-Version: 1.0
Content-Type: text/plain

This message was created automatically by mail delivery software.

A message that you have sent could not be delivered to one or more
recipients.  This is a permanent error.  The following address failed:

  <{m.addr}>: 550 5.1.1 <{m.addr}>: Recipient address rejected: User unknown in local recipient table



Included is a copy of the message header:
-----------------------------------------
{hdr}"""
    emit(B, 'mxlogic', msg, 'bounce', m.addr, note='McAfee SaaS (MXLogic) "Mail delivery failed", headers only, en')


def gen_barracuda():
    e = P['eva']
    txt = (f"\nYour message to: {e.addr}\nwas blocked by our Spam Firewall. The email you sent with the following "
           f"subject has NOT BEEN DELIVERED:\n\nSubject: {SUBJ}\n\n")
    b64 = base64.encodebytes(txt.encode()).decode()
    bd = '------------=_1773043205-31877-2'
    msg = f"""Return-Path: <>
MIME-Version: 1.0
From: Barracuda Spam Firewall <postmaster@tulp.example>
Message-Id: <{hexid('barr1', 32)}@barracuda.tulp.example>
Subject: **Message you sent blocked by our bulk email filter**
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{bd[2:]}"
To: sam@ninetouch.example
Date: Mon, 9 Mar 2026 09:00:05 +0100 (CET)

This is a multi-part message in MIME format...

{bd}
Content-Type: text/plain; charset="utf-8"
Content-Disposition: inline
Content-Transfer-Encoding: base64

{b64}
{bd}
Content-Type: message/delivery-status
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Description: Delivery error report

Reporting-MTA: dns; barracuda.tulp.example
Received-From-MTA: smtp; barracuda.tulp.example ([127.0.0.1])
Arrival-Date: Mon, 9 Mar 2026 09:00:03 +0100 (CET)

Final-Recipient: rfc822; {e.addr}
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message content rejected, UBE, id=31877-02-4
Last-Attempt-Date: Mon, 9 Mar 2026 09:00:05 +0100 (CET)

{bd}
Content-Type: text/rfc822-headers
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Description: Undelivered-message headers

{orig_headers(e, via='none', with_return_path=False)}
{bd}--
"""
    emit(B, 'barracuda-bulk-filter', msg, 'bounce', e.addr, note='Barracuda Spam Firewall "blocked by our bulk email filter", base64 text, headers only, en')

    t = P['tom']
    txt = (f"\nYour message to: {t.addr}\nwas blocked by our Spam & Virus Firewall. The email you sent with the "
           f"following subject has NOT BEEN DELIVERED:\n\nSubject: {SUBJ}\n\nFailed to delivery for the recipient address.\n\n")
    b64 = base64.encodebytes(txt.encode()).decode()
    bd = '------------=_1773043206-31878-3'
    msg = f"""Return-Path: <>
MIME-Version: 1.0
From: MAILER-DAEMON
Message-ID: <20260309080006.484D7B0ACF96@barracuda.acme.example>
Subject: **Message you sent blocked by our bulk email filter**
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{bd[2:]}"
To: <sam@ninetouch.example>
Date: Mon, 9 Mar 2026 08:00:06 +0000 (GMT)

This is a multi-part message in MIME format...

{bd}
Content-Type: text/plain; charset="utf-8"
Content-Disposition: inline
Content-Transfer-Encoding: base64

{b64}
{bd}
Content-Type: message/delivery-status
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Description: Delivery error report

Reporting-MTA: dns; barracuda.acme.example
Received-From-MTA: smtp; barracuda.acme.example ([127.0.0.1])
Arrival-Date: Mon, 9 Mar 2026 08:00:03 +0000 (GMT)

Final-Recipient: RFC822; <{t.addr}>
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{t.addr}>: Recipient address rejected: User unknown
Last-Attempt-Date: Mon, 9 Mar 2026 08:00:06 +0000 (GMT)

{bd}
Content-Type: text/rfc822-headers
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Description: Undelivered-message headers

{orig_headers(t, via='none', with_return_path=False)}
{bd}--
"""
    emit(B, 'barracuda-userunknown-angle', msg, 'bounce', t.addr,
         note='Barracuda (From: MAILER-DAEMON without domain), Final-Recipient "RFC822; <addr>", en')


def gen_mimecast_messagelabs():
    a = P['ana']
    msg = f"""Return-Path: <>
Subject: [Postmaster] Email Delivery Failure
Message-Id: <{alnum('mc1', 10)}-1773043260000@eu-mta-71.eu.mimecast.lan>
Date: Mon, 09 Mar 2026 08:01:00 +0000
From: "postmaster" <postmaster@solar-iberia.example>
To: <sam@ninetouch.example>
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''This is an automated alert notification. Please do not reply.

An email that you attempted to send to the following address could not be delivered:
-- {a.addr}

The problem appears to be :
-- Recipient email address is possibly incorrect

Additional information follows :
-- 5.4.1 Recipient address rejected: Access denied. [DB8PR04MB6411.eurprd04.prod.outlook.com 2026-03-09T08:00:58.112Z 08DE5F1A2B3C4D5E]

This condition occurred after 1 attempt(s) to deliver over
a period of 0 hour(s).

If you sent the email to multiple recipients, you will receive one
of these messages for each one which failed delivery,  otherwise
they have been sent.

If you require further information, please contact the Service Desk.
''')}"""
    emit(B, 'mimecast-postmaster-failure', msg, 'bounce', a.addr, note='Mimecast "[Postmaster] Email Delivery Failure", no copy of the original (no Message-ID), en')

    m = P['marco']
    notice = (f'<{m.addr}>: host eu-smtp-inbound-1.mimecast.example[195.130.217.221] said: 550\n'
              f'    Invalid Recipient - https://community.mimecast.example/docs/DOC-1369#550\n'
              f'    [ZoYQ3k1aMbW8xT4n2cE7Fg.uk223] (in reply to RCPT TO command)\n')
    dsn = (f'Final-Recipient: rfc822; {m.addr}\nOriginal-Recipient: rfc822;{m.addr}\nAction: failed\n'
           f'Status: 5.0.0\nRemote-MTA: dns; eu-smtp-inbound-1.mimecast.example\n'
           f'Diagnostic-Code: smtp; 550 Invalid Recipient -\n    https://community.mimecast.example/docs/DOC-1369#550\n'
           f'    [ZoYQ3k1aMbW8xT4n2cE7Fg.uk223]\n')
    emit(B, 'mimecast-invalid-recipient-via-postfix', postfix_msg('mail.ninetouch.example', '4ZtqT12kVfz1xNT',
         '4ZtqT1C3n2z1xNV', dt(9, 9, 0, 4, pad=True, zone='CET'), '1773043204', notice, dsn, orig_full(m)),
         'bounce', m.addr, note='Postfix bounce for Mimecast inbound rejection "Invalid Recipient", en')

    j = P['jana']
    bd = 'dsn_9273597409704_98239857098'
    msg = f"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@messagelabs.example>
To: <sam@ninetouch.example>
Subject: Mail Delivery Failure
Date: Mon, 9 Mar 2026 08:00:07 +0000
Content-Type: multipart/report; report-type=delivery-status;
  boundary="{bd}"
Message-Id: <20260309080007.D3CC51735@server-12.tower-741.messagelabs.example>

--{bd}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(f'''This is the mail delivery agent at Symantec Email Security.cloud.

I was unable to deliver your message to the following addresses:

{j.addr}

Reason: 550 5.1.1 <{j.addr}>: Recipient address rejected: User unknown in
relay recipient table

The message subject was: {SUBJ}
The message date was: Mon, 9 Mar 2026 09:00:00 +0100
The message identifier was: 2C/6A-04411-3E17AE96
The message reference was: server-12.tower-741.messagelabs.example!1773043203!4411!1

Please do not reply to this email as it is sent from an unattended mailbox.
Contact your email administrator if you need more information, or
instructions for resolving this issue.
''')}
--{bd}
Content-Type: message/delivery-status

Arrival-Date: Mon, 9 Mar 2026 08:00:03 +0000
Reporting-MTA: dns; server-12.tower-741.messagelabs.example

Last-Attempt-Date: Mon, 9 Mar 2026 08:00:07 +0000
Diagnostic-Code: smtp; 550 5.1.1 <{j.addr}>: Recipient address rejected: User unknown in relay recipient table
Status: 5.0.0
Action: failed
Final-Recipient: rfc822; {j.addr}

--{bd}
Content-Type: text/rfc822-headers

{orig_headers(j)}
--{bd}--
"""
    emit(B, 'messagelabs-symantec', msg, 'bounce', j.addr,
         note='Symantec Email Security.cloud (MessageLabs), headers only, en')

    p = P['pierre']
    cn, ca = COLL['pierre']
    bd = 'dsn_9273597409705_98239857099'
    msg = f"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@messagelabs.example>
To: <sam@ninetouch.example>
Subject: Mail Delivery Failure
Date: Mon, 9 Mar 2026 08:00:08 +0000
Content-Type: multipart/report; report-type=delivery-status;
  boundary="{bd}"
Message-Id: <20260309080008.E4DD62846@server-3.tower-612.messagelabs.example>

--{bd}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(f'''This is the mail delivery agent at Symantec Email Security.cloud.

I was unable to deliver your message to the following addresses:

{p.addr}
{ca}

Reason: 550 5.1.1 User unknown

The message subject was: {SUBJ}
The message date was: Mon, 9 Mar 2026 09:00:00 +0100
The message identifier was: 7E/41-07720-4F28BFA7
The message reference was: server-3.tower-612.messagelabs.example!1773043204!7720!1

Please do not reply to this email as it is sent from an unattended mailbox.
Contact your email administrator if you need more information, or
instructions for resolving this issue.
''')}
--{bd}
Content-Type: message/delivery-status

Arrival-Date: Mon, 9 Mar 2026 08:00:04 +0000
Reporting-MTA: dns; server-3.tower-612.messagelabs.example

Last-Attempt-Date: Mon, 9 Mar 2026 08:00:08 +0000
Diagnostic-Code: smtp; 550 5.1.1 User unknown
Status: 5.0.0
Action: failed
Final-Recipient: rfc822; {p.addr}

Last-Attempt-Date: Mon, 9 Mar 2026 08:00:08 +0000
Diagnostic-Code: smtp; 550 5.1.1 User unknown
Status: 5.0.0
Action: failed
Final-Recipient: rfc822; {ca}

--{bd}
Content-Type: text/rfc822-headers

{orig_headers(p, cc=f'{cn} <{ca}>')}
--{bd}--
"""
    emit(B, 'messagelabs-two-recipients', msg, 'bounce', [p.addr, ca],
         note='Symantec Email Security.cloud, two failed recipients, en')


def gen_courier_trend_amavis():
    e = P['eva']
    host = 'mail.ninetouch.example'

    def courier(p, recips_txt, dsn_recips, name, note, addrs, orig):
        msg = f"""Return-Path: <>
From: "Courier mail server at {host}" <@>
To: sam@ninetouch.example
Subject: NOTICE: mail delivery status.
Mime-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
    boundary="=_courier_0"
Content-Transfer-Encoding: 7bit
Message-ID: <courier.69AE8A75.0000{hexid(name, 4).upper()}@{host}>
Date: Mon, 09 Mar 2026 09:00:05 +0100

This is a MIME-formatted message.  If you see this text it means that your
E-mail software does not support MIME-formatted messages.

--=_courier_0
Content-Transfer-Encoding: 7bit
Content-Type: text/plain; charset=us-ascii


This is a delivery status notification from {host},
running the Courier mail server, version 1.3.12.

The original message was received on Mon, 09 Mar 2026 09:00:01 +0100
from app01.ninetouch.example [::ffff:192.0.2.25]

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

{recips_txt}
---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.  You may or may not receive
other delivery status notifications for additional recipients.

The original message follows as a separate attachment.


--=_courier_0
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns; {host}
Arrival-Date: Mon, 09 Mar 2026 09:00:01 +0100
Received-From-MTA: dns; app01.ninetouch.example (app01.ninetouch.example [::ffff:192.0.2.25])

{dsn_recips}
--=_courier_0
Content-Type: message/rfc822
Content-Transfer-Encoding: 7bit

{orig}
--=_courier_0--
"""
        emit(B, name, msg, 'bounce', addrs, note=note)

    top = ['Received: from app01.ninetouch.example (app01.ninetouch.example [::ffff:192.0.2.25])\n'
           '  (AUTH: LOGIN sam@ninetouch.example, TLS: TLSv1.3,256bits,TLS_AES_256_GCM_SHA384)\n'
           '  by mail.ninetouch.example with ESMTPSA; Mon, 09 Mar 2026 09:00:01 +0100\n  id 0000000000171A2B.0000000069AE8A71.00004F1C']
    courier(e, f'<{e.addr}>:\n    {e.mx} [::ffff:{e.ip}]:\n>>> RCPT TO:<{e.addr}>\n<<< 550 5.1.1 <{e.addr}>: Recipient address rejected: User unknown\n',
            f'Final-Recipient: rfc822; {e.addr}\nAction: failed\nStatus: 5.0.0\nRemote-MTA: dns; {e.mx} [::ffff:{e.ip}]\n'
            f'Diagnostic-Code: smtp; 550 5.1.1 <{e.addr}>: Recipient address rejected: User unknown\n',
            'courier-single', 'Courier MTA DSN "NOTICE: mail delivery status." UNDELIVERABLE MAIL, en', e.addr,
            orig_full(e, via='none', top=top))
    t = P['tom']
    cn, ca = COLL['tom']
    courier(t, f'<{t.addr}>:\n    {t.mx} [::ffff:{t.ip}]:\n>>> RCPT TO:<{t.addr}>\n<<< 550 5.1.1 User unknown\n\n'
               f'<{ca}>:\n    {t.mx} [::ffff:{t.ip}]:\n>>> RCPT TO:<{ca}>\n<<< 550 5.1.1 User unknown\n',
            f'Final-Recipient: rfc822; {t.addr}\nAction: failed\nStatus: 5.0.0\nRemote-MTA: dns; {t.mx} [::ffff:{t.ip}]\n'
            f'Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n'
            f'Final-Recipient: rfc822; {ca}\nAction: failed\nStatus: 5.0.0\nRemote-MTA: dns; {t.mx} [::ffff:{t.ip}]\n'
            f'Diagnostic-Code: smtp; 550 5.1.1 User unknown\n',
            'courier-two-recipients', 'Courier MTA DSN, two recipients, en', [t.addr, ca],
            orig_full(t, via='none', cc=f'{cn} <{ca}>', top=top))

    # Trend Micro InterScan
    m = P['marco']
    bd = '------------InterScan_NT_MIME_Boundary'
    msg = f"""Return-Path: <>
Message-ID: <202603090900.62980AbC008674@imss.ferro.example>
Date: Mon, 09 Mar 2026 09:00:05 +0100
To: <sam@ninetouch.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bd[2:]}"
Subject: Mail could not be delivered
From: postmaster@ferro.example ("InterScan Notification")

{bd}
Content-type: text/plain

*************************************************************

Message from InterScan Messaging Security Suite

Unable to deliver message to <{m.addr}> (and other recipients in the same domain). Please check if address is correct.

*************************************************************

{bd}
Content-type: message/rfc822

{orig_full(m, top=['Received: from mail.ninetouch.example ([192.0.2.10])' + chr(10) + '	by imss.ferro.example (IMSS 9.1) with ESMTP id 62980AbC008672' + chr(10) + f'	for <{m.addr}>; Mon, 9 Mar 2026 09:00:03 +0100'])}
{bd}--
"""
    emit(B, 'trendmicro-interscan', msg, 'bounce', m.addr, note='Trend Micro InterScan Messaging Security Suite notification, en')

    # amavisd-new UBE rejection
    bd = '----------=_1773043205-4411-2'
    msg = f"""Return-Path: <>
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{bd}"
Content-Transfer-Encoding: 7bit
MIME-Version: 1.0
Subject: Considered UNSOLICITED BULK EMAIL, apparently from you
In-Reply-To: {MSGID}
Message-ID: <SSbnk2HQsVfF@mail.tulp.example>
From: "Content-filter at mail.tulp.example" <postmaster@mail.tulp.example>
To: <sam@ninetouch.example>
Date: Mon, 9 Mar 2026 09:00:05 +0100 (CET)

This is a multi-part message in MIME format...

--{bd}
Content-Type: text/plain; charset="UTF-8"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

A message from <sam@ninetouch.example> to:
-> {e.addr}

was considered unsolicited bulk e-mail (UBE).

Our internal reference code for your message is 04411-02/SSbnk2HQsVfF

The message carried your return address, so it was either a genuine mail
from you, or a sender address was faked and your e-mail address abused
by third party, in which case we apologize for undesired notification.

We do try to minimize backscatter for more prominent cases of UBE and
for infected mail, but for less obvious cases of UBE some balance
between losing genuine mail and sending undesired backscatter is sought,
and there can be some collateral damage on both sides.

First upstream SMTP client IP address: [192.0.2.10] mail.ninetouch.example

Return-Path: <sam@ninetouch.example>
From: Sam Rep <sam@ninetouch.example>
Message-ID: {MSGID}
Subject: {SUBJ}

Delivery of the email was stopped!

--{bd}
Content-Type: message/delivery-status; name="dsn_status"
Content-Disposition: inline; filename="dsn_status"
Content-Transfer-Encoding: 7bit
Content-Description: Delivery error report

Reporting-MTA: dns; mail.tulp.example
Received-From-MTA: smtp; mx.tulp.example ([127.0.0.1])
Arrival-Date: Mon, 9 Mar 2026 09:00:03 +0100 (CET)

Original-Recipient: rfc822;{e.addr}
Final-Recipient: rfc822;{e.addr}
Action: failed
Status: 5.7.0
Diagnostic-Code: smtp; 554 5.7.0 Reject, id=04411-02 - spam
Last-Attempt-Date: Mon, 9 Mar 2026 09:00:05 +0100 (CET)
Final-Log-ID: 04411-02/SSbnk2HQsVfF

--{bd}
Content-Type: text/rfc822-headers; name="header"
Content-Disposition: inline; filename="header"
Content-Transfer-Encoding: 7bit
Content-Description: Message header section

{orig_headers(e, top=pf_in_hop(e, '4ZtqT3xQ1bz3wKt', 'mail.tulp.example'))}
--{bd}--
"""
    emit(B, 'amavis-ube', msg, 'bounce', e.addr, note='amavisd-new content filter: considered UBE, DSN, headers only, en')


def gen_lists():
    # Mailman 2.1 non-member auto-reject at the prospect's domain (bounce_message: subject = original)
    m = P['marco']
    lst = 'vendite@ferro.example'
    bd = '===============4512368907352718654=='
    msg = f"""Return-Path: <vendite-bounces@ferro.example>
Subject: {SUBJ}
From: vendite-owner@ferro.example
To: sam@ninetouch.example
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bd}"
Message-ID: <mailman.17.1773043205.4411.vendite@ferro.example>
Date: Mon, 09 Mar 2026 09:00:05 +0100
Precedence: bulk
X-BeenThere: vendite@ferro.example
X-Mailman-Version: 2.1.39
List-Id: Vendite <vendite.ferro.example>
X-List-Administrivia: yes
Sender: "Vendite" <vendite-bounces@ferro.example>
Errors-To: vendite-bounces@ferro.example

--{bd}
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit

You are not allowed to post to this mailing list, and your message has
been automatically rejected.  If you think that your messages are
being rejected in error, contact the mailing list owner at
vendite-owner@ferro.example.

--{bd}
Content-Type: message/rfc822
MIME-Version: 1.0

{orig_full(m, cc=f'Vendite <{lst}>', rcpt=lst, top=['Received: from mail.ninetouch.example (mail.ninetouch.example [192.0.2.10])' + chr(10) + '	by lists.ferro.example (Postfix) with ESMTPS id 4ZtqT5Zz1Yz8pQm' + chr(10) + f'	for <{lst}>; Mon,  9 Mar 2026 09:00:03 +0100 (CET)'])}
--{bd}--
"""
    emit(B, 'mailman2-nonmember-rejected', msg, 'bounce', lst,
         note='Mailman 2.1 non-member auto-reject (list at prospect domain, subject = original, no Auto-Submitted, not threaded), en')

    j = P['jana']
    lst = 'vertrieb@rheinwerk.example'
    msg = f"""Return-Path: <vertrieb-bounces@rheinwerk.example>
Subject: Request to mailing list Vertrieb rejected
From: vertrieb-owner@rheinwerk.example
To: sam@ninetouch.example
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
Message-ID: <mailman.3.1773129600.2210.vertrieb@rheinwerk.example>
Date: Tue, 10 Mar 2026 09:00:00 +0100
Precedence: bulk
X-BeenThere: vertrieb@rheinwerk.example
X-Mailman-Version: 2.1.39
List-Id: Vertrieb <vertrieb.rheinwerk.example>
X-List-Administrivia: yes
Sender: "Vertrieb" <vertrieb-bounces@rheinwerk.example>
Errors-To: vertrieb-bounces@rheinwerk.example

Your request to the Vertrieb mailing list

    Posting of your message titled "{SUBJ}"

has been rejected by the list moderator.  The moderator gave the
following reason for rejecting your request:

"Please write to the sales team members directly."

Any questions or comments should be directed to the list administrator
at:

    vertrieb-owner@rheinwerk.example
"""
    emit(B, 'mailman2-moderator-rejected', msg, 'bounce', lst,
         note='Mailman 2.1 "Request to mailing list X rejected" (moderator refused post, refuse.txt), subject of original only, en')

    t = P['tom']
    lst = 'SALES-L@LISTSERV.ACME.EXAMPLE'
    msg = f"""Return-Path: <owner-SALES-L@LISTSERV.ACME.EXAMPLE>
Date: Mon, 9 Mar 2026 03:00:05 -0500
From: "L-Soft list server at LISTSERV.ACME.EXAMPLE (17.0)" <LISTSERV@LISTSERV.ACME.EXAMPLE>
Subject: Rejected posting to SALES-L@LISTSERV.ACME.EXAMPLE
To: Sam Rep <sam@ninetouch.example>
Message-ID: <LISTSERV%202603090300051234.00A1@LISTSERV.ACME.EXAMPLE>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

You are not authorized to send mail to the SALES-L list from your
sam@ninetouch.example account. You might be authorized to send to the list
from another of your accounts, or perhaps when using another mail program
which generates slightly different addresses, but LISTSERV has no way to
associate this other account or address with yours. If you need
assistance or if you have any question regarding the policy of the SALES-L
list, please contact the list owners: SALES-L-request@LISTSERV.ACME.EXAMPLE.
"""
    emit(B, 'listserv-rejected-posting', msg, 'bounce', 'sales-l@listserv.acme.example',
         note='L-Soft LISTSERV "Rejected posting" (rep Cc\'d the list), no copy of the original; wording from memory, en')

    e = P['eva']
    lst = 'verkoop@tulp.example'
    msg = f"""Return-Path: <verkoop-admin@tulp.example>
Date: Mon, 9 Mar 2026 09:00:06 +0100
Subject: You sam@ninetouch.example are not member (verkoop ML)
To: sam@ninetouch.example
Message-ID: <202603090900.FML04411.verkoop@tulp.example>
References: {MSGID}
List-Subscribe: <mailto:verkoop-ctl@tulp.example?body=subscribe>
From: verkoop-admin@tulp.example
X-ML-Name: verkoop
X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]; post only (only members can post)
Precedence: bulk

You are not a member of this mailing list <{lst}>.

If you know the general guide of this list, please send mail with
the mail body 

	guide

to the address

	verkoop-ctl@tulp.example

where guide is equal to GUIDE for case insensitive.

"""
    emit(B, 'fml-not-member', msg, 'bounce', lst, note='fml mailing list manager "are not member" rejection, threaded via References, en')


def gen_prospect_postmasters():
    # Apache James style post_master at the prospect's domain, threaded, no Auto-Submitted
    m = P['marco']
    bd = '----=_Part_4411_1773043205.1773043205000'
    bd2 = '----=_Part_4412_1773043205.1773043205001'
    msg = f"""Return-Path: <>
From: post_master@ferro.example
To: sam@ninetouch.example
Message-ID: <2098710451.4411.1773043205000.JavaMail.james@mail.ferro.example>
In-Reply-To: {MSGID}
Subject: Re:{SUBJ}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bd}"
Date: 9 Mar 2026 08:00:05 -0000

--{bd}
Content-Type: multipart/alternative;
	boundary="{bd2}"

--{bd2}
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

Error: Invalid user address

Error message below:
550 - Requested action not taken: no such user here

Message details:
  Subject: {SUBJ}
  Sent date: Mon Mar 09 08:00:00 GMT 2026
  MAIL FROM: sam@ninetouch.example
  RCPT TO: {m.addr}
  From: Sam Rep <sam@ninetouch.example>
  To: {m.name} <{m.addr}>
  Size (in bytes): 1893
  Number of lines: 32

--{bd2}--

--{bd}--
"""
    emit(B, 'james-post-master-threaded', msg, 'bounce', m.addr,
         note='Apache James (post_master@ at prospect domain) "Re:" bounce, threaded, no Auto-Submitted, en')

    # IMail from postmaster at the prospect domain
    a = P['ana']
    msg = f"""Date: Mon, 9 Mar 2026 09:00:05 +0100
Message-Id: <20260309090005.01A2@mail.solar-iberia.example>
From: "Postmaster" <postmaster@solar-iberia.example>
To: <sam@ninetouch.example>
Subject: Undeliverable Mail
X-Mailer: <IMail v12.5>

Unknown user: {a.addr}


Original message follows.

{orig_full(a, with_return_path=False, top=['Received: from mail.ninetouch.example [192.0.2.10] by mail.solar-iberia.example with ESMTP' + chr(10) + '   (SMTPD-12.5) id 1a2b3c4d; Mon, 09 Mar 2026 09:00:03 +0100'])}"""
    emit(B, 'imail-postmaster', msg, 'bounce', a.addr, note='Ipswitch IMail "Undeliverable Mail" from postmaster@ prospect domain, en')

    # MailMarshal
    p = P['pierre']
    bd = '--=7e1c2a90-4b3d-4e21-8a6f-0d9c8b7a6f5e'
    msg = f"""Message-ID: <F7E1C2A900001@mm.lumiere.example>
From: postmaster@lumiere.example
To: sam@ninetouch.example
Date: Mon, 09 Mar 2026 09:00:05 +0100
Subject: Undeliverable Mail: "{SUBJ}"
MIME-Version: 1.0
Content-Type: multipart/mixed;
	boundary="{bd}"


--{bd}
Content-Type: text/plain;
	charset="iso-8859-1"
Content-Transfer-Encoding: 7bit

Your message:
   From:    sam@ninetouch.example
   Subject: {SUBJ}

Could not be delivered because of

550 5.1.1 User unknown

The following recipients were affected: 
    {p.addr}




Additional Information
======================
Original Sender:    <sam@ninetouch.example>
Sender-MTA:         <192.0.2.10>
Remote-MTA:			<198.51.100.38>
Reporting-MTA:      <mm.lumiere.example>
MessageName:        <F7E1C2A900001.00000000EEEE.0001.mml>
Last-Attempt-Date:  <09:00:05 lun., 9 mars 2026>

--{bd}--
"""
    emit(B, 'mailmarshal-postmaster', msg, 'bounce', p.addr, note='Trustwave MailMarshal "Undeliverable Mail" from postmaster@ prospect domain, subject only (no Message-ID), en (French date)')

    # hMailServer at the prospect domain
    e = P['eva']
    msg = f"""Return-Path: <>
Message-ID: <A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF@mail.tulp.example>
Date: Mon, 9 Mar 2026 09:00:06 +0100
From: "Mail Delivery Subsystem" <postmaster@tulp.example>
To: sam@ninetouch.example
Subject: Message undeliverable: {SUBJ}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Your message did not reach some or all of the intended recipients.

   Sent: Mon, 09 Mar 2026 09:00:00 +0100
   Subject: {SUBJ}

The following recipient(s) could not be reached:

{e.addr}
   Error Type: SMTP
   Remote server (10.0.8.20) issued an error.
   hMailServer sent: RCPT TO:<{e.addr}>
   Remote server replied: 550 5.1.1 <{e.addr}>: Recipient address rejected: User unknown

hMailServer

"""
    emit(B, 'hmailserver-postmaster', msg, 'bounce', e.addr, note='hMailServer "Message undeliverable:" from postmaster@ prospect domain, subject only (no Message-ID); wording from memory, en')


def gen_misc():
    # Oracle Communications Messaging Server (as used by iCloud)
    a = P['ana']
    host = 'mr11p00im-asmtp003.mail.solar-iberia.example'
    bd = 'Boundary_(ID_jGsPxQIjNdbqCL1Qm+tO3g)'
    msg = f"""Return-path: <>
Date: Mon, 09 Mar 2026 08:00:06 +0000 (GMT)
From: Internet Mail Delivery <postmaster@{host}>
Subject: Delivery Notification: Delivery has failed
To: sam@ninetouch.example
Message-id: <0NFC0035XKOWHW00@{host}>
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

Your message cannot be delivered to the following recipients:

  Recipient address: {a.addr}
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp;550 5.1.1 unknown or illegal alias: {a.addr}
  Remote system: dns;{a.mx} (TCP|17.58.63.12|47323|{a.ip}|25) ({a.mx} ESMTP)


--{bd}
Content-type: message/delivery-status

Original-envelope-id: 0NFC009FLKOUVMA0@{host}
Reporting-MTA: dns;{host} (tcp-daemon)
Arrival-date: Mon, 09 Mar 2026 08:00:02 +0000 (GMT)

Original-recipient: rfc822;{a.addr}
Final-recipient: rfc822;{a.addr}
Action: failed
Status: 5.1.1 (Remote SMTP server has rejected address)
Remote-MTA: dns;{a.mx} (TCP|17.58.63.12|47323|{a.ip}|25)
 ({a.mx} ESMTP)
Diagnostic-code: smtp;550 5.1.1 unknown or illegal alias: {a.addr}

--{bd}
Content-type: text/rfc822-headers

{orig_headers(a)}
--{bd}--
"""
    emit(B, 'oracle-messaging-server', msg, 'bounce', a.addr,
         note='Oracle Communications Messaging Server "Delivery Notification: Delivery has failed", headers only, en')

    # Zoho
    t = P['tom']
    bd = '----=_Part_837_1127031491.1773043205060'
    msg = f"""Return-Path: <>
Date: Mon, 09 Mar 2026 01:00:05 -0700
From: mailer-daemon@mail.zoho.example
To: sam@ninetouch.example
Message-ID: <19cd0a1b2c3.afd54d4e-1195432814.-7833712081840535000@zohomail.example>
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/mixed; 
    boundary="{bd}"
X-Mailer: Zoho Mail


--{bd}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(f'''This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. 

{t.addr} Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <{t.addr}>: Recipient address rejected: User unknown


Received:from mail.zoho.example by mx.zohomail.example
	with SMTP id 1773043201885346.4063599424554; Mon, 9 Mar 2026 01:00:01 -0700 (PDT)
Message-ID:{MSGID}
Date:{ODATE}
From:{REP_FROM}
To:<{t.addr}>
Subject:{SUBJ}
Content-Type:text/plain; charset="UTF-8"
''')}
--{bd}--
"""
    emit(B, 'zoho-invalid-address', msg, 'bounce', t.addr, note='Zoho Mail bounce, original headers inline (no space after colon), en')

    # generic RFC 3464 appliance, multipart/report WITHOUT report-type, "RFC822; <addr>"
    j = P['jana']
    bd = '------------0000000000000_7K3QH8FE0A1B'
    msg = f"""Return-Path: <MAILER-DAEMON@mx44.rheinwerk.example>
Date: Mon, 09 Mar 2026 09:00:05 +0100
From: Mail Delivery System <Mail.Delivery.System@mx44.rheinwerk.example>
To: sam@ninetouch.example
Subject: Delivery status notification
MIME-Version: 1.0
Content-Type: multipart/report;
	boundary="{bd[2:]}"
Message-Id: <20260309090005.7K3QH8FE0A1B@mx44.rheinwerk.example>

This is a multi-part message in MIME format.

{bd}
Content-Type: text/plain; charset=UTF-8;
Content-Transfer-Encoding: 8bit

      This is an automatically generated Delivery Status Notification.      

Delivery to the following recipients failed permanently:

   * {j.addr}


                             Technical details:                             

SMTP:RCPT host 10.1.4.22: 550 5.1.1 <{j.addr}>... No such user here




{bd}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx44.rheinwerk.example

Final-Recipient: RFC822; <{j.addr}>
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{j.addr}>... No such user here

{bd}
Content-Type: message/rfc822; charset=UTF-8;
Content-Transfer-Encoding: 8bit
Content-Disposition: attachment


{orig_full(j, top=pf_in_hop(j, '7K3QH8FD', 'mx44.rheinwerk.example'))}
{bd}--
"""
    emit(B, 'rfc3464-no-report-type-angle', msg, 'bounce', j.addr,
         note='RFC 3464-style gateway (unknown vendor) "Delivery status notification", multipart/report w/o report-type, "RFC822; <addr>", en')

    # Exim "A message sent by ... (ultimately generated from ...)"
    p = P['pierre']
    fin = 'pdupont@siege.lumiere.example'
    h, b = exim_copy(p, host='mx.lumiere.example')
    msg = f"""Return-path: <>
Received: from Debian-exim by mx.lumiere.example with local (Exim 4.96)
	id 1wGmQz-000Kx2-4T
	for sam@ninetouch.example; Thu, 12 Mar 2026 09:14:22 +0100
X-Failed-Recipients: {fin}
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.lumiere.example>
To: sam@ninetouch.example
Subject: Mail delivery failed
Message-Id: <E1wGmQz-000Kx2-4T@mx.lumiere.example>
Date: Thu, 12 Mar 2026 09:14:22 +0100

This message was created automatically by mail delivery software.

A message sent by

  <sam@ninetouch.example>

could not be delivered to one or more of its recipients. The following
address(es) failed:

  {fin}
    (ultimately generated from {p.addr})
    all hosts have been failing for a long time and were last tried after this message arrived

------ This is a copy of the message, including all the headers. ------

{h}
{b}"""
    emit(B, 'exim-ultimately-generated', msg, 'bounce', p.addr,
         note='Exim "A message sent by", forwarded address "(ultimately generated from <rep-written>)", hosts failing, en')

    # Exim DSN with Original-Recipient differing from Final-Recipient
    e = P['eva']
    fin = 'e.devries@privemail.example'
    h, b = exim_copy(e, host='mx.tulp.example')
    bd = '1773043209-eximdsn-1681692777'
    msg = f"""Return-path: <>
Received: from Debian-exim by mx.tulp.example with local (Exim 4.97)
	id 1wGh2g-0009Zk-1D
	for sam@ninetouch.example; Mon, 09 Mar 2026 09:00:09 +0100
X-Failed-Recipients: {fin}
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.tulp.example>
To: sam@ninetouch.example
Content-Type: multipart/report; report-type=delivery-status; boundary={bd}
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wGh2g-0009Zk-1D@mx.tulp.example>
Date: Mon, 09 Mar 2026 09:00:09 +0100

--{bd}
Content-type: text/plain; charset=us-ascii

{'This message was created automatically by mail delivery software.'}

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {fin}
    (generated from {e.addr})
    host mx.privemail.example [198.51.100.222]
    SMTP error from remote mail server after RCPT TO:<{fin}>:
    550 5.1.1 Mailbox does not exist

--{bd}
Content-type: message/delivery-status

Reporting-MTA: dns; mx.tulp.example

Action: failed
Original-Recipient: rfc822;{e.addr}
Final-Recipient: rfc822;{fin}
Status: 5.0.0
Remote-MTA: dns; mx.privemail.example
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist

--{bd}
Content-type: message/rfc822

{h}
{b}
--{bd}--
"""
    emit(B, 'exim-dsn-forwarded-orcpt', msg, 'bounce', e.addr,
         note='Exim 4.97 DSN at recipient MX: Original-Recipient (rep-written) differs from Final-Recipient (forward target), en')

    # qmail + vpopmail locked account
    t = P['tom']
    from bounces1 import qmail_in_hop
    copy = orig_full(t, top=qmail_in_hop(t, '30114'))
    emit(B, 'qmail-vpopmail-locked', qmail_msg(t.mx, '9 Mar 2026 08:00:04 -0000',
         f'<{t.addr}>:\nvdelivermail: account is locked email bounced {t.addr}\n', copy,
         rcv='(qmail 30117 invoked for bounce); 9 Mar 2026 08:00:04 -0000'),
         'bounce', t.addr, note='qmail + vpopmail (vdelivermail) locked account, en')

    # Gmail inbox full (current style)
    from bounces2 import gmail_new, gdsn
    m = P['marco']
    date = 'Mon, 09 Mar 2026 01:00:05 -0700 (PDT)'
    diag = f'552 5.2.2 <{m.addr}>: Mailbox full - quota exceeded'
    text = (f"** Recipient inbox full **\n\nYour message couldn't be delivered to {m.addr}. Their inbox is full, "
            f"or it's getting too much mail right now. Try again later, or contact them directly.\n\n"
            f"The response from the remote server was:\n{diag}\n")
    html = (f"Your message couldn't be delivered to <a style='color:#212121;text-decoration:none'><b>{m.addr}</b></a>. "
            f"Their inbox is full, or it's getting too much mail right now. Try again later, or contact them directly.")
    emit(B, 'gmail-recipient-inbox-full', gmail_new(m.addr, text, 'Recipient inbox full', html,
         gdsn(m.addr, '5.2.2', f'{m.mx}. ({m.ip}, the server for the domain ferro.example.)', diag, date),
         orig_full(m, via='gws'), date, '65cd3f26.a70a0220.2e4f5.0c1d.GMR'),
         'bounce', m.addr, note='Gmail "Recipient inbox full" (5.2.2, permanent), en')

    # Exchange distribution group at the prospect's domain requires authenticated senders
    j = P['jana']
    grp = 'einkauf@rheinwerk.example'
    host = 'EX2016-02.intern.rheinwerk.example'
    oh = (f'Received: from mx01.rheinwerk.example (198.51.100.21) by {host}\n (10.1.4.22) with Microsoft SMTP Server id 15.1.2507.39; Mon, 9 Mar\n 2026 09:00:03 +0100\n'
          + orig_headers(j, with_return_path=False, cc=f'Einkauf <{grp}>'))
    text = f"""Delivery has failed to these recipients or groups:

Einkauf ({grp})<mailto:{grp}>
Your message couldn't be delivered because delivery to this group is restricted to authenticated senders. Please contact the group owner.








Diagnostic information for administrators:

Generating server: {host}

{grp}
Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'

Original message headers:

{oh}"""
    html = ms_html(['Delivery has failed to these recipients or groups:', f'Einkauf ({grp})'])
    dsn = (f'Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;mx01.rheinwerk.example\nArrival-Date: Mon, 9 Mar 2026 08:00:03 +0000\n\n'
           f'Final-Recipient: rfc822;{grp}\nAction: failed\nStatus: 5.7.1\n'
           f'Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required\nX-Display-Name: Einkauf\n')
    emit(B, 'exchange2016-group-authrequired', ms_report('<postmaster@rheinwerk.example>', f'Undeliverable: {SUBJ}',
         'Mon, 9 Mar 2026 09:00:04 +0100', 'en-US', text, html, dsn, oh + '\n' + body_en(j.first),
         '6f1a0b2c-3d4e-4f50-b7c8-d9e0f1a2b3c4@EX2016-02.intern.rheinwerk.example', hdrs_only=True),
         'bounce', grp, note='Exchange 2016 distribution group at prospect domain restricted (5.7.1 AuthRequired), threaded, en')

    # Exchange Italian (Non recapitabile)
    m = P['marco']
    host = 'EXSRV01.ferro.example'
    oh = (f'Received: from mx1.ferro.example (203.0.113.78) by {host}\n (10.10.0.4) with Microsoft SMTP Server (TLS) id 15.0.1497.48; Mon, 9 Mar\n 2026 09:00:03 +0100\n'
          + orig_headers(m, with_return_path=False))
    text = f"""Il recapito non è riuscito per i seguenti destinatari o gruppi:

{m.addr}<mailto:{m.addr}>
Non sono riuscito a trovare l'indirizzo e-mail che hai immesso. Verifica l'indirizzo e-mail del destinatario e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta il supporto tecnico.







Informazioni di diagnostica per gli amministratori:

Server di generazione: {host}

{m.addr}
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Intestazioni originali del messaggio:

{oh}"""
    html = ms_html(['Il recapito non è riuscito per i seguenti destinatari o gruppi:', m.addr])
    dsn = (f'Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;mx1.ferro.example\nArrival-Date: Mon, 9 Mar 2026 08:00:03 +0000\n\n'
           f'Final-Recipient: rfc822;{m.addr}\nAction: failed\nStatus: 5.1.1\n'
           f'Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n')
    emit(B, 'exchange2013-nonrecapitabile-it', ms_report('<postmaster@ferro.example>', f'Non recapitabile: {SUBJ}',
         'Mon, 9 Mar 2026 09:00:04 +0100', 'it-IT', text, html, dsn, oh + '\n' + body_en(m.first),
         '8b2c3d4e-5f60-4718-a9b0-c1d2e3f4a5b6@EXSRV01.ferro.example', charset='iso-8859-1'),
         'bounce', m.addr, note='Exchange 2013 NDR localized it ("Non recapitabile:") from postmaster@ prospect domain, threaded')

    # Exchange 2010 on-prem (rep side), remote SMTP rejection "#550 ... ##"
    t = P['tom']
    host = 'EXCH10.ninetouch.example'
    oh = orig_headers(t, with_return_path=False, via='none')
    text = f"""Delivery has failed to these recipients or groups:

{t.name}
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.







Diagnostic information for administrators:

Generating server: {host}

{t.addr}
{t.mx} #550 5.1.1 <{t.addr}>: Recipient address rejected: User unknown in virtual mailbox table ##

Original message headers:

{oh}"""
    html = ms_html(['Delivery has failed to these recipients or groups:', t.name])
    dsn = (f'Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;{host}\nArrival-Date: Mon, 9 Mar 2026 08:00:01 +0000\n\n'
           f'Final-Recipient: rfc822;{t.addr}\nAction: failed\nStatus: 5.1.1\n'
           f'Diagnostic-Code: smtp;550 5.1.1 <{t.addr}>: Recipient address rejected: User unknown in virtual mailbox table\n'
           f'Remote-MTA: dns;{t.mx}\n')
    emit(B, 'exchange2010-remote-rejected', ms_report('Microsoft Outlook <postmaster@ninetouch.example>',
         f'Undeliverable: {SUBJ}', 'Mon, 9 Mar 2026 09:00:03 +0100', 'en-US', text, html, dsn,
         oh + '\n' + body_en(t.first), '1c2d3e4f-5061-4728-9a3b-4c5d6e7f8091@EXCH10.ninetouch.example', charset='us-ascii'),
         'bounce', t.addr, note='Exchange 2010 on-prem, remote rejection "#550 ... ##", en')

    # V5 sendmail style (old IDA/V5): Host unknown, plain
    p = P['pierre']
    msg = f"""Return-Path: <>
Date: Mon, 9 Mar 2026 09:00:02 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.ninetouch.example>
Subject: Returned mail: Host unknown (Name server: lumiere.example: host not found)
Message-Id: <202603090800.AA04411@mail.ninetouch.example>
To: sam@ninetouch.example

   ----- Transcript of session follows -----
550 <{p.addr}>... Host unknown (Name server: lumiere.example: host not found)

   ----- Unsent message follows -----
{orig_full(p, via='none', top=['Received: by mail.ninetouch.example (5.65v4.0/1.1.19.2/13Mar26-0900AM)' + chr(10) + '	id AA04410; Mon, 9 Mar 2026 09:00:01 +0100'])}"""
    emit(B, 'sendmail-v5-host-unknown', msg, 'bounce', p.addr,
         note='Old V5-style sendmail "Returned mail: Host unknown", "Unsent message follows", en')

    # Postfix rejection at DATA due to DMARC policy
    a = P['ana']
    notice = (f'<{a.addr}>: host {a.mx}[{a.ip}] said: 550 5.7.1 Message rejected\n'
              f'    due to DMARC policy of ninetouch.example (in reply to end of DATA command)\n')
    dsn = (f'Final-Recipient: rfc822; {a.addr}\nOriginal-Recipient: rfc822;{a.addr}\nAction: failed\n'
           f'Status: 5.7.1\nRemote-MTA: dns; {a.mx}\n'
           f'Diagnostic-Code: smtp; 550 5.7.1 Message rejected due to DMARC policy of\n    ninetouch.example\n')
    emit(B, 'postfix-dmarc-policy-reject', postfix_msg('mail.ninetouch.example', '4ZtqT7k8Nmz1xNX', '4ZtqT7vB4pz1xNZ',
         dt(9, 9, 0, 5, pad=True, zone='CET'), '1773043205', notice, dsn, orig_full(a)),
         'bounce', a.addr, note='Postfix 3.x, policy rejection after DATA (DMARC), en')


def gen():
    gen_dragonfly()
    gen_opensmtpd()
    gen_ses()
    gen_notes()
    gen_groupwise()
    gen_mcafee()
    gen_barracuda()
    gen_mimecast_messagelabs()
    gen_courier_trend_amavis()
    gen_lists()
    gen_prospect_postmasters()
    gen_misc()
    gen_more()


def gen_more():
    from bounces1 import qmail_in_hop
    # Exim on the rep side, remote is Google Workspace (gsmtp multi-line 550)
    j = P['jana']
    h, b = exim_copy(j)
    detail = (f'  {j.addr}\n    host aspmx.l.google.com [142.250.27.26]\n'
              f'    SMTP error from remote mail server after RCPT TO:<{j.addr}>:\n'
              f"    550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
              f"    550-5.1.1 double-checking the recipient's email address for typos or\n"
              f"    550-5.1.1 unnecessary spaces. For more information, go to\n"
              f"    550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-4832a1c9e2fsi88112235e9.61 - gsmtp\n")
    emit(B, 'exim-remote-google-nosuchuser', exim_plain('mail.ninetouch.example', '1wGh2h-0003aP-2Z', dt(9, 9, 0, 4),
         [j.addr], detail, h + '\n' + b), 'bounce', j.addr,
         note='Exim 4 (rep side), recipient domain on Google Workspace, multi-line gsmtp 550 5.1.1, en')

    # Postfix on the rep side, remote is Exchange Online (5.4.1 Access denied)
    e = P['eva']
    notice = (f'<{e.addr}>: host tulp-example.mail.protection.outlook.com[52.101.73.12]\n'
              f'    said: 550 5.4.1 Recipient address rejected: Access denied. For more\n'
              f'    information see https://aka.ms/EXOSmtpErrors\n'
              f'    [AM4PEPF00027A61.eurprd04.prod.outlook.com 2026-03-09T08:00:03.118Z\n'
              f'    08DE5F1B2C3D4E5F] (in reply to RCPT TO command)\n')
    dsn = (f'Final-Recipient: rfc822; {e.addr}\nOriginal-Recipient: rfc822;{e.addr}\nAction: failed\n'
           f'Status: 5.4.1\nRemote-MTA: dns; tulp-example.mail.protection.outlook.com\n'
           f'Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.\n'
           f'    For more information see https://aka.ms/EXOSmtpErrors\n'
           f'    [AM4PEPF00027A61.eurprd04.prod.outlook.com 2026-03-09T08:00:03.118Z\n    08DE5F1B2C3D4E5F]\n')
    emit(B, 'postfix-remote-exo-access-denied', postfix_msg('mail.ninetouch.example', '4ZtqT9a1Xqz1xP1',
         '4ZtqT9k3Hbz1xP3', dt(9, 9, 0, 3, pad=True, zone='CET'), '1773043203', notice, dsn, orig_full(e)),
         'bounce', e.addr, note='Postfix (rep side), recipient on Exchange Online: 550 5.4.1 Access denied (DBEB), en')

    # qmail: sender rejected
    m = P['marco']
    copy = orig_full(m, via='none', top=['Received: (qmail 9120 invoked by uid 89); 9 Mar 2026 08:00:01 -0000'])
    blk = (f'<{m.addr}>:\nConnected to {m.ip} but sender was rejected.\n'
           f'Remote host said: 553 5.7.1 <sam@ninetouch.example>: Sender address rejected: Domain not allowed\n')
    emit(B, 'qmail-sender-rejected', qmail_msg('mail.ninetouch.example', '9 Mar 2026 08:00:03 -0000', blk, copy,
         rcv='(qmail 9125 invoked for bounce); 9 Mar 2026 08:00:03 -0000'),
         'bounce', m.addr, note='qmail-send, remote rejected the sender (MAIL FROM), en')

    # Yahoo "Sorry, we were unable..." with the rep's spelling variant
    t = P['tom']
    to = 'Tom.Baker@ACME.example'
    copy = orig_full(t, to=to, rcpt=to, via='none', with_return_path=False,
                     top=['Received: from [127.0.0.1] by nm7.bullet.mail.bf1.yahoo.com with NNFMP; 09 Mar 2026 08:00:02 -0000'])
    msg = f"""Return-Path: <>
From: MAILER-DAEMON@yahoo.com
To: sam@ninetouch.example
Date: Mon, 09 Mar 2026 08:00:05 -0000
Subject: Failure Notice

Sorry, we were unable to deliver your message to the following address.

<{to}>:
Remote host said:
550 5.1.1 <{to}>... User unknown
[RCPT_TO]

--- Below this line is a copy of the message.

{copy}"""
    emit(B, 'yahoo-rcpt-spelling', msg, 'bounce', 'tom.baker@acme.example',
         note='Yahoo "Failure Notice", address as typed by the rep (mixed case), en')
