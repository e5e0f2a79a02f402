"""Bounces: Gmail/Google Groups, Microsoft 365 / Exchange 2007-2019 / Exchange 2003,
outlook.com, AOL."""
import quopri
from common import *

B = 'bounces'


def qp(text, charset='utf-8'):
    return quopri.encodestring(text.encode(charset)).decode('ascii')


ICON = ('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')


# ----------------------------------------------------------------- Gmail
def gmail_new(addr_failed, text, html_title, html_body, dsn, orig, date, mid, hdrs_only=False, extra_hdr=''):
    b1, b2, b3 = '000000000000a1b2c3061f7e8d41', '000000000000a1b4c3061f7e8d42', '000000000000a1b6c3061f7e8d43'
    ctype = 'text/rfc822-headers' if hdrs_only else 'message/rfc822'
    return f"""Return-Path: <>
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sam@ninetouch.example
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: {MSGID}
In-Reply-To: {MSGID}
X-Failed-Recipients: {addr_failed}
Message-ID: <{mid}@mx.google.com>
Date: {date}
{extra_hdr}Content-Type: multipart/report; boundary="{b1}"; report-type=delivery-status

--{b1}
Content-Type: multipart/related; boundary="{b2}"

--{b2}
Content-Type: multipart/alternative; boundary="{b3}"

--{b3}
Content-Type: text/plain; charset="UTF-8"


{text}
--{b3}
Content-Type: text/html; charset="UTF-8"


<html>
<head>
<style>
* {{
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">
{html_title}
</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">
{html_body}
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</body>
</html>

--{b3}--
--{b2}
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

{ICON}
--{b2}--
--{b1}
Content-Type: message/delivery-status

{dsn}
--{b1}
Content-Type: {ctype}

{orig}
--{b1}--
"""


def gdsn(addr, status, remote, diag, date):
    r = f'Remote-MTA: dns; {remote}\n' if remote else ''
    return (f'Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; sam@ninetouch.example\n'
            f'Arrival-Date: Mon, 09 Mar 2026 01:00:01 -0700 (PDT)\nX-Original-Message-ID: {MSGID}\n\n'
            f'Final-Recipient: rfc822; {addr}\nAction: failed\nStatus: {status}\n{r}'
            f'Diagnostic-Code: smtp; {diag}\nLast-Attempt-Date: {date}\n')


def gen_gmail():
    t = P['tom']
    date = 'Mon, 09 Mar 2026 01:00:03 -0700 (PDT)'
    diag = f'550 5.1.1 <{t.addr}>: Recipient address rejected: User unknown in virtual mailbox table'
    text = (f"** Address not found **\n\nYour message wasn't delivered to {t.addr} because the address "
            f"couldn't be found, or is unable to receive mail.\n\nLearn more here: "
            f"https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n{diag}\n")
    html = (f"Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>{t.addr}</b></a> "
            f"because the address couldn't be found, or is unable to receive mail.")
    emit(B, 'gmail-address-not-found', gmail_new(t.addr, text, 'Address not found', html,
         gdsn(t.addr, '5.1.1', f'{t.mx}. ({t.ip}, the server for the domain acme.example.)', diag, date),
         orig_full(t, via='gws'), date, '65cd3f21.5d0a0220.1b7e2.c4f1.GMR'),
         'bounce', t.addr, note='Gmail / Google Workspace current NDR "Address not found" with DSN, en')

    m = P['marco']
    date = 'Mon, 09 Mar 2026 01:00:04 -0700 (PDT)'
    diag = '550 5.7.1 Service unavailable, Client host [209.85.221.41] blocked using zen.spamhaus.example'
    text = (f"** Message blocked **\n\nYour message to {m.addr} has been blocked. See technical details below "
            f"for more information.\n\nThe response from the remote server was:\n{diag}\n")
    html = (f"Your message to <a style='color:#212121;text-decoration:none'><b>{m.addr}</b></a> has been blocked. "
            f"See technical details below for more information.")
    emit(B, 'gmail-message-blocked', gmail_new(m.addr, text, 'Message blocked', html,
         gdsn(m.addr, '5.7.1', f'{m.mx}. ({m.ip}, the server for the domain ferro.example.)', diag, date),
         orig_headers(m, via='gws'), date, '65cd3f22.0c1a0220.2f9e1.a9b2.GMR', hdrs_only=True),
         'bounce', m.addr, note='Gmail "Message blocked", headers-only part, en')

    p = P['pierre']
    date = 'Mon, 09 Mar 2026 01:00:02 -0700 (PDT)'
    text = (f"** Address not found **\n\nYour message wasn't delivered to {p.addr} because the domain "
            f"lumiere.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
            f"Learn more here: https://support.google.com/mail/answer/6596\n\nThe response was:\n\n"
            f"DNS Error: DNS type 'mx' lookup of lumiere.example responded with code NXDOMAIN\n"
            f"Domain name not found: lumiere.example\n")
    html = (f"Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>{p.addr}</b></a> "
            f"because the domain lumiere.example couldn't be found. Check for typos or unnecessary spaces and try again.")
    dsn = (f'Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 09 Mar 2026 01:00:01 -0700 (PDT)\n'
           f'X-Original-Message-ID: {MSGID}\n\nFinal-Recipient: rfc822; {p.addr}\nAction: failed\nStatus: 5.1.2\n'
           f"Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of lumiere.example responded with code NXDOMAIN\n"
           f' Domain name not found: lumiere.example\nLast-Attempt-Date: {date}\n')
    emit(B, 'gmail-domain-not-found', gmail_new(p.addr, text, 'Address not found', html, dsn,
         orig_full(p, via='gws'), date, '65cd3f20.170a0220.3c0d2.11aa.GMR'),
         'bounce', p.addr, note='Gmail "Address not found" (NXDOMAIN), en')

    a = P['ana']
    date = 'Wed, 11 Mar 2026 01:12:40 -0700 (PDT)'
    text = (f"** Message not delivered **\n\nThere was a problem delivering your message to {a.addr}. "
            f"See the technical details below.\n\nThe response was:\n\nThe recipient server did not accept our "
            f"requests to connect. Learn more at https://support.google.com/mail/answer/7720 \n"
            f"[{a.mx} {a.ip}: timed out]\n")
    html = (f"There was a problem delivering your message to <a style='color:#212121;text-decoration:none'><b>"
            f"{a.addr}</b></a>. See the technical details below.")
    dsn = (f'Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; sam@ninetouch.example\n'
           f'Arrival-Date: Mon, 09 Mar 2026 01:00:01 -0700 (PDT)\nX-Original-Message-ID: {MSGID}\n\n'
           f'Final-Recipient: rfc822; {a.addr}\nAction: failed\nStatus: 4.4.1\n'
           f'Diagnostic-Code: smtp; The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 \n'
           f' [{a.mx} {a.ip}: timed out]\nLast-Attempt-Date: {date}\n')
    emit(B, 'gmail-not-delivered-timeout', gmail_new(a.addr, text, 'Message not delivered', html, dsn,
         orig_full(a, via='gws'), date, '65cd3f25.620a0220.1c3e4.77ab.GMR'),
         'bounce', a.addr, note='Gmail "Message not delivered" after retries (Status 4.4.1, Action failed), en')

    # Gmail 2014-era plain-text bounce
    e = P['eva']
    msg = f"""Return-Path: <>
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sam@ninetouch.example
X-Failed-Recipients: {e.addr}
Subject: Delivery Status Notification (Failure)
Message-ID: <047d7bdca0c2{hexid('g5', 16)}@google.com>
Date: Mon, 09 Mar 2026 08:00:03 +0000
Content-Type: text/plain; charset=ISO-8859-1

Delivery to the following recipient failed permanently:

     {e.addr}

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain tulp.example by {e.mx}. [{e.ip}].

The error that the other server returned was:
550 5.1.1 <{e.addr}>: Recipient address rejected: User unknown in virtual alias table

----- Original message -----

{orig_full(e, via='gws', with_return_path=True)}"""
    emit(B, 'gmail-legacy-plain', msg, 'bounce', e.addr,
         note='Gmail 2012-2015 plain-text DSN "Delivery to the following recipient failed permanently", en')

    # Google Groups at the prospect's Workspace domain (list rejects post), threaded
    a = P['ana']
    grp = 'ventas@solar-iberia.example'
    msg = f"""Return-Path: <>
MIME-Version: 1.0
To: sam@ninetouch.example
Auto-Submitted: auto-replied
Message-ID: <65cd3f24.5a1b0220.2d3f1.4c3e.GMR@mx.google.com>
Date: Mon, 09 Mar 2026 01:00:04 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)
References: {MSGID}
In-Reply-To: {MSGID}
X-Failed-Recipients: {grp}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

Hello sam@ninetouch.example,

We're writing to let you know that the group you tried to contact (ventas) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.

If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/a/solar-iberia.example/support/.

Thanks,

solar-iberia.example admins



----- Original message -----

{orig_full(a, via='gws', cc=f'Ventas <{grp}>')}"""
    emit(B, 'google-groups-no-permission', msg, 'bounce', grp,
         note='Google Groups (Workspace) post rejected, group at prospect domain, threaded, en')


# ----------------------------------------------------------------- Microsoft
def ms_report(frm, subject, date, lang, text, html, dsn, orig, mid, hdrs_only=False, threaded=True,
              autosub=True, charset='utf-8', extra_hdr='', thread_index='AQHcr0Nq8m3vJ1cC0k2+7f3kLw9bGQ=='):
    b1 = '_000_' + hexid(mid, 8) + '_'
    b1 = f'{hexid(mid + "a", 8)}-{hexid(mid + "b", 4)}-{hexid(mid + "c", 4)}-{hexid(mid + "d", 4)}-{hexid(mid + "e", 12)}'
    b2 = f'{hexid(mid + "f", 8)}-{hexid(mid + "g", 4)}-{hexid(mid + "h", 4)}-{hexid(mid + "i", 4)}-{hexid(mid + "j", 12)}'
    th = (f'In-Reply-To: {MSGID}\nReferences: {MSGID}\nThread-Topic: {SUBJ}\nThread-Index: {thread_index}\n'
          if threaded else '')
    au = 'Auto-Submitted: auto-replied\n' if autosub else ''
    ctype = 'text/rfc822-headers' if hdrs_only else 'message/rfc822'
    return f"""Return-Path: <>
MIME-Version: 1.0
From: {frm}
To: {REP_FROM}
Date: {date}
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b1}"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: {lang}
Message-ID: <{mid}>
{th}Subject: {subject}
{au}{extra_hdr}
--{b1}
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="{b2}"

--{b2}
Content-Type: text/plain; charset="{charset}"
Content-Transfer-Encoding: quoted-printable

{qp(text, charset)}
--{b2}
Content-Type: text/html; charset="{charset}"
Content-Transfer-Encoding: quoted-printable

{qp(html, charset)}
--{b2}--

--{b1}
Content-Type: message/delivery-status

{dsn}
--{b1}
Content-Type: {ctype}

{orig}
--{b1}--
"""


def ms_html(lines):
    body = ''.join(f'<p>{l}</p>\n' for l in lines)
    return f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n{body}</body>\n</html>\n'


M365_HOP = ('Received: from DB9PR01MB7421.eurprd01.prod.exchangelabs.com (2603:10a6:10:2e1::9) by\n'
            ' AM8PR01MB8102.eurprd01.prod.exchangelabs.com with HTTPS; Mon, 9 Mar 2026 08:00:02\n +0000')


def m365_orig_headers(p, to=None, cc=None):
    to = to or f'"{p.name}" <{p.addr}>'
    h = [M365_HOP,
         'Received: from DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n ([fe80::3c1a:52ff:fe21:8b0d]) by '
         'DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n ([fe80::3c1a:52ff:fe21:8b0d%4]) with mapi id 15.20.8722.021; '
         'Mon, 9 Mar 2026\n 08:00:01 +0000',
         f'From: {REP_FROM}', f'To: {to}']
    if cc:
        h.append(f'CC: {cc}')
    h += [f'Subject: {SUBJ}', f'Thread-Topic: {SUBJ}', 'Thread-Index: AQHcr0Nq8m3vJ1cC0k2+7f3kLw9bGQ==',
          f'Date: Mon, 9 Mar 2026 08:00:00 +0000', f'Message-ID: {MSGID}', 'Accept-Language: en-US',
          'Content-Language: en-US', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:',
          'Content-Type: text/plain; charset="us-ascii"', 'Content-Transfer-Encoding: quoted-printable',
          'MIME-Version: 1.0']
    return '\n'.join(h) + '\n'


def gen_microsoft():
    GEN = 'AM8PR01MB8102.eurprd01.prod.exchangelabs.com'
    FROM365 = 'Microsoft Outlook <postmaster@ninetouch.example>'
    # --- 365 new-style, English, recipient not found
    t = P['tom']
    oh = m365_orig_headers(t)
    text = f"""[https://products.office.com/en-us/CMSImages/Office365Logo_Orange.png?version=b8d100a9-0a8b-8e6a-88e1-ef488fee0470]
Your message to {t.addr} couldn't be delivered.

{t.local} wasn't found at {t.domain}.

sam     Office 365      {t.local}
Action Required                 Recipient


Unknown To address


How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:

  *   Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon. In Outlook on the web, select this NDR, then select the link "To send this message again, click here." Then delete and retype the entire recipient address. If prompted with an Auto-Complete List suggestion don't select it. After typing the complete address, click Send.
  *   Contact the recipient (by phone, for example) to check that the address exists and is correct.
  *   The recipient may have set up email forwarding to an incorrect address. Ask them to check that any forwarding they've set up is working correctly.


If the problem continues, forward this message to your email admin. If you're an email admin, refer to the More Info for Email Admins section below.


Was this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlink/?LinkId=525921>.
________________________________


More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain. The error is reported by the recipient domain's email server, but most often it must be fixed by the person who sent the message.

For more information and additional tips to fix this issue, see Fix email delivery issues for error code 5.1.10 in Office 365<https://go.microsoft.com/fwlink/?LinkId=532972>.


Original Message Details
Created Date:   3/9/2026 8:00:00 AM
Sender Address: {REP}
Recipient Address:      {t.addr}
Subject:        {SUBJ}

Error Details
Error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {t.addr} not found by SMTP address lookup
Message rejected by:    CH3PR12MB7500.namprd12.prod.outlook.com

Notification Details
Sent by:        {GEN}

Message Hops
HOP     TIME (UTC)      FROM    TO      WITH    RELAY TIME
1       3/9/2026
8:00:00 AM      DB9PR01MB7421.eurprd01.prod.exchangelabs.com       DB9PR01MB7421.eurprd01.prod.exchangelabs.com       mapi    *
2       3/9/2026
8:00:01 AM      DB9PR01MB7421.eurprd01.prod.exchangelabs.com       {GEN}     Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)   1 sec

Original Message Headers

{oh}"""
    html = ms_html([f'Your message to {t.addr} couldn\'t be delivered.', f'<b>{t.local}</b> wasn\'t found at <b>{t.domain}</b>.',
                    'Action Required: Unknown To address', 'More Info for Email Admins<br>Status code: 550 5.1.10'])
    dsn = (f'Reporting-MTA: dns;{GEN}\nReceived-From-MTA: dns;DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n'
           f'Arrival-Date: Mon, 9 Mar 2026 08:00:01 +0000\n\nFinal-Recipient: rfc822;{t.addr}\nAction: failed\n'
           f'Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {t.addr} not found by SMTP address lookup\n'
           f'Remote-MTA: dns;CH3PR12MB7500.namprd12.prod.outlook.com\nX-Display-Name: {t.name}\n')
    emit(B, 'm365-new-recipientnotfound-en', ms_report(FROM365, f'Undeliverable: {SUBJ}',
         'Mon, 9 Mar 2026 08:00:02 +0000', 'en-US', text, html, dsn, oh + '\n' + body_en(t.first),
         'a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d@AM8PR01MB8102.eurprd01.prod.exchangelabs.com'),
         'bounce', t.addr, note='Microsoft 365 (Exchange Online) new-style NDR, RecipientNotFound, en')

    # --- 365 German
    j = P['jana']
    oh = m365_orig_headers(j)
    text = f"""Ihre Nachricht an {j.addr} konnte nicht zugestellt werden.

{j.local} wurde bei {j.domain} nicht gefunden.

sam     Office 365      {j.local}
Aktion erforderlich                     Empfänger


Unbekannte An-Adresse


Diagnoseinformationen für Administratoren:

Generierender Server: {GEN}

{j.addr}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {j.addr} not found by SMTP address lookup'

Ursprüngliche Nachrichtenkopfzeilen:

{oh}"""
    html = ms_html([f'Ihre Nachricht an {j.addr} konnte nicht zugestellt werden.',
                    f'<b>{j.local}</b> wurde bei <b>{j.domain}</b> nicht gefunden.', 'Unbekannte An-Adresse'])
    dsn = (f'Reporting-MTA: dns;{GEN}\nReceived-From-MTA: dns;DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n'
           f'Arrival-Date: Mon, 9 Mar 2026 08:00:01 +0000\n\nFinal-Recipient: rfc822;{j.addr}\nAction: failed\n'
           f'Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {j.addr} not found by SMTP address lookup\n'
           f'X-Display-Name: {j.name}\n')
    emit(B, 'm365-new-unzustellbar-de', ms_report(FROM365, f'Unzustellbar: {SUBJ}', 'Mon, 9 Mar 2026 08:00:02 +0000',
         'de-DE', text, html, dsn, oh + '\n' + body_en(j.first),
         'b4a2d3e5-6f70-4b8c-9dae-1f2a3b4c5d6e@AM8PR01MB8102.eurprd01.prod.exchangelabs.com'),
         'bounce', j.addr, note='Microsoft 365 NDR localized de ("Unzustellbar:"), wording partly from memory')

    # --- 365 French
    p = P['pierre']
    oh = m365_orig_headers(p)
    text = f"""Votre message à {p.addr} n'a pas pu être remis.

{p.local} est introuvable sur {p.domain}.

sam     Office 365      {p.local}
Action requise                  Destinataire


Adresse du destinataire inconnue


Informations de diagnostic pour les administrateurs :

Serveur de génération : {GEN}

{p.addr}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {p.addr} not found by SMTP address lookup'

En-têtes de message d'origine :

{oh}"""
    html = ms_html([f'Votre message à {p.addr} n\'a pas pu être remis.',
                    f'<b>{p.local}</b> est introuvable sur <b>{p.domain}</b>.'])
    dsn = (f'Reporting-MTA: dns;{GEN}\nReceived-From-MTA: dns;DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n'
           f'Arrival-Date: Mon, 9 Mar 2026 08:00:01 +0000\n\nFinal-Recipient: rfc822;{p.addr}\nAction: failed\n'
           f'Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {p.addr} not found by SMTP address lookup\n'
           f'X-Display-Name: {p.name}\n')
    emit(B, 'm365-new-nonremis-fr', ms_report(FROM365, f'Non remis : {SUBJ}', 'Mon, 9 Mar 2026 08:00:02 +0000',
         'fr-FR', text, html, dsn, oh + '\n' + body_en(p.first),
         'c5b3e4f6-7081-4c9d-aebf-2a3b4c5d6e7f@AM8PR01MB8102.eurprd01.prod.exchangelabs.com', hdrs_only=False),
         'bounce', p.addr, note='Microsoft 365 NDR localized fr ("Non remis :"), wording partly from memory')

    # --- 365 classic text, remote server rejected, headers-only third part
    m = P['marco']
    oh = m365_orig_headers(m)
    text = f"""Delivery has failed to these recipients or groups:

{m.addr} ({m.addr})<mailto:{m.addr}>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your email admin.








Diagnostic information for administrators:

Generating server: {GEN}
Receiving server: {m.mx} ({m.ip})

{m.addr}
{m.mx}
Remote Server returned '550 5.1.1 <{m.addr}>: Recipient address rejected: User unknown in local recipient table'

Original message headers:

{oh}"""
    html = ms_html(['Delivery has failed to these recipients or groups:', f'<a href="mailto:{m.addr}">{m.addr}</a>',
                    'Diagnostic information for administrators:', f'Generating server: {GEN}'])
    dsn = (f'Reporting-MTA: dns;{GEN}\nReceived-From-MTA: dns;DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n'
           f'Arrival-Date: Mon, 9 Mar 2026 08:00:01 +0000\n\nFinal-Recipient: rfc822;{m.addr}\nAction: failed\n'
           f'Status: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 <{m.addr}>: Recipient address rejected: User unknown in local recipient table\n'
           f'Remote-MTA: dns;{m.mx}\nX-Display-Name: {m.addr}\n')
    emit(B, 'm365-classic-remote-rejected', ms_report(FROM365, f'Undeliverable: {SUBJ}', 'Mon, 9 Mar 2026 08:00:03 +0000',
         'en-US', text, html, dsn, oh, 'd6c4f5a7-8192-4dae-bfc0-3b4c5d6e7f80@AM8PR01MB8102.eurprd01.prod.exchangelabs.com',
         hdrs_only=True), 'bounce', m.addr,
         note='Microsoft 365 classic NDR text, remote 550, text/rfc822-headers part, en')

    # --- 365 expired (5.4.312 / DNS query failed after 24h)
    a = P['ana']
    oh = m365_orig_headers(a)
    text = f"""Delivery has failed to these recipients or groups:

{a.addr} ({a.addr})<mailto:{a.addr}>
Your message couldn't be delivered. Despite repeated attempts to deliver your message, querying the Domain Name System (DNS) for the recipient's domain location information failed.

For more information and tips to fix this issue see this article: https://go.microsoft.com/fwlink/?LinkId=389361.









Diagnostic information for administrators:

Generating server: {GEN}
Receiving server: {GEN}

{a.addr}
3/10/2026 8:00:41 AM - Server at {GEN} returned '550 5.4.312 Message expired, DNS query failed(ServerFailure)'
3/10/2026 7:55:41 AM - Server at solar-iberia.example returned '450 4.4.312 DNS query failed [Message=ServerFailure] [LastAttemptedServerName=solar-iberia.example] [DB5PEPF00014B8D.eurprd02.prod.outlook.com]'

Original message headers:

{oh}"""
    html = ms_html(['Delivery has failed to these recipients or groups:', f'<a href="mailto:{a.addr}">{a.addr}</a>'])
    dsn = (f'Reporting-MTA: dns;{GEN}\nReceived-From-MTA: dns;DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n'
           f'Arrival-Date: Mon, 9 Mar 2026 08:00:01 +0000\n\nFinal-Recipient: rfc822;{a.addr}\nAction: failed\n'
           f'Status: 5.4.312\nDiagnostic-Code: smtp;550 5.4.312 Message expired, DNS query failed\nX-Display-Name: {a.addr}\n')
    emit(B, 'm365-message-expired', ms_report(FROM365, f'Undeliverable: {SUBJ}', 'Tue, 10 Mar 2026 08:00:41 +0000',
         'en-US', text, html, dsn, oh + '\n' + body_en(a.first),
         'e7d5a6b8-92a3-4ebf-c0d1-4c5d6e7f8091@AM8PR01MB8102.eurprd01.prod.exchangelabs.com'),
         'bounce', a.addr, note='Microsoft 365, message expired 5.4.312 after 24h, en')

    # --- 365 two recipients, MicrosoftExchange... sender
    e = P['eva']
    cn, ca = COLL['eva']
    oh = m365_orig_headers(e, cc=f'"{cn}" <{ca}>')
    text = f"""Delivery has failed to these recipients or groups:

{e.addr} ({e.addr})<mailto:{e.addr}>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your email admin.

{ca} ({ca})<mailto:{ca}>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your email admin.








Diagnostic information for administrators:

Generating server: {GEN}

{e.addr}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {e.addr} not found by SMTP address lookup'

{ca}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {ca} not found by SMTP address lookup'

Original message headers:

{oh}"""
    html = ms_html(['Delivery has failed to these recipients or groups:', e.addr, ca])
    dsn = (f'Reporting-MTA: dns;{GEN}\nReceived-From-MTA: dns;DB9PR01MB7421.eurprd01.prod.exchangelabs.com\n'
           f'Arrival-Date: Mon, 9 Mar 2026 08:00:01 +0000\n\n'
           f'Final-Recipient: rfc822;{e.addr}\nAction: failed\nStatus: 5.1.10\n'
           f'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {e.addr} not found by SMTP address lookup\n'
           f'X-Display-Name: {e.name}\n\n'
           f'Final-Recipient: rfc822;{ca}\nAction: failed\nStatus: 5.1.10\n'
           f'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {ca} not found by SMTP address lookup\n'
           f'X-Display-Name: {cn}\n')
    emit(B, 'm365-two-recipients', ms_report(
         'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ninetouch.example>',
         f'Undeliverable: {SUBJ}', 'Mon, 9 Mar 2026 08:00:03 +0000', 'en-US', text, html, dsn,
         oh + '\n' + body_en(e.first), 'f8e6b7c9-a3b4-4fc0-d1e2-5d6e7f8091a2@AM8PR01MB8102.eurprd01.prod.exchangelabs.com'),
         'bounce', [e.addr, ca], note='Microsoft 365 classic NDR, two failed recipients, MicrosoftExchange<guid> sender, en')

    # --- outlook.com consumer
    t = P['tom']
    GEN2 = 'PH7P223MB1001.NAMP223.PROD.OUTLOOK.COM'
    oh = m365_orig_headers(t).replace('DB9PR01MB7421.eurprd01.prod.exchangelabs.com', GEN2)
    text = f"""{t.mx} rejected your message to the following email addresses:

{t.name} ({t.addr})<mailto:{t.addr}>
The address you sent your message to wasn't found at the destination domain. It might be misspelled or it might not exist. Try to fix the problem by doing one or more of the following:

1. Send the message again, but before you do, delete and retype the address. If your email program automatically suggests an address to use, don't select it.
2. Clear the recipient AutoComplete cache in your email program by following the steps in this article: Status code 5.1.1<https://go.microsoft.com/fwlink/?LinkId=389363>. Then resend the message, but before you do, be sure to delete and retype the address.
3. Contact the recipient by some other means (by phone, for example) to confirm you're using the right address. Ask them if they've set up an email forwarding rule that could be forwarding your message to an incorrect address.



{t.mx} gave this error:
<{t.addr}>: Recipient address rejected: User unknown in virtual mailbox table







Diagnostic information for administrators:

Generating server: {GEN2}

{t.addr}
{t.mx}
Remote Server returned '550 5.1.1 <{t.addr}>: Recipient address rejected: User unknown in virtual mailbox table'

Original message headers:

{oh}"""
    html = ms_html([f'{t.mx} rejected your message to the following email addresses:', t.addr])
    dsn = (f'Reporting-MTA: dns;{GEN2}\nReceived-From-MTA: dns;{GEN2}\nArrival-Date: Mon, 9 Mar 2026 08:00:01 +0000\n\n'
           f'Final-Recipient: rfc822;{t.addr}\nAction: failed\nStatus: 5.1.1\n'
           f'Diagnostic-Code: smtp;550 5.1.1 <{t.addr}>: Recipient address rejected: User unknown in virtual mailbox table\n'
           f'Remote-MTA: dns;{t.mx}\nX-Display-Name: {t.name}\n')
    emit(B, 'outlookcom-remote-rejected', ms_report('Microsoft Outlook <postmaster@outlook.com>',
         f'Undeliverable: {SUBJ}', 'Mon, 9 Mar 2026 08:00:03 +0000', 'en-US', text, html, dsn,
         oh + '\n' + body_en(t.first), '2b9e0d41-7a55-4c2e-9f1b-6e7f8091a2b3@PH7P223MB1001.NAMP223.PROD.OUTLOOK.COM',
         extra_hdr='X-MS-PublicTrafficType: Email\n'),
         'bounce', t.addr, note='Outlook.com consumer NDR "rejected your message to the following email addresses", en')

    # --- Exchange 2007 at the prospect's domain: postmaster@acme.example, threaded, NO Auto-Submitted
    host = 'EXCH01.corp.acme.example'
    oh = (f'Received: from mx2.acme.example (203.0.113.12) by EXCH01.corp.acme.example\n (10.20.1.11) with Microsoft SMTP Server id 8.3.485.1; Mon, 9 Mar 2026\n 03:00:03 -0500\n'
          + orig_headers(t, with_return_path=False))
    text = f"""Delivery has failed to these recipients or distribution lists:

{t.name}<mailto:{t.addr}>
The recipient's e-mail address was not found in the recipient's e-mail system. Microsoft Exchange will not try to redeliver this message for you. Please check the e-mail address and try resending this message, or provide the following diagnostic text to your system administrator.

________________________________
Sent by Microsoft Exchange Server 2007






Diagnostic information for administrators:

Generating server: {host}

{t.addr}
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

{oh}"""
    html = ms_html(['Delivery has failed to these recipients or distribution lists:', f'<a href="mailto:{t.addr}">{t.name}</a>',
                    'Sent by Microsoft Exchange Server 2007'])
    dsn = (f'Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;mx2.acme.example\nArrival-Date: Mon, 9 Mar 2026 03:00:03 -0500\n\n'
           f'Final-Recipient: rfc822;{t.addr}\nAction: failed\nStatus: 5.1.1\nX-Display-Name: {t.name}\n')
    emit(B, 'exchange2007-prospect-postmaster-threaded', ms_report('<postmaster@acme.example>', f'Undeliverable: {SUBJ}',
         'Mon, 9 Mar 2026 03:00:04 -0500', 'en-US', text, html, dsn, oh + '\n' + body_en(t.first),
         '7c1e2a90-4b3d-4e21-8a6f-0d9c8b7a6f5e@EXCH01.corp.acme.example', autosub=False, charset='us-ascii'),
         'bounce', t.addr, note='Exchange 2007 NDR from postmaster@ at the prospect\'s own domain, threaded, no Auto-Submitted, en')

    # --- Exchange 2016 German at rheinwerk (prospect domain), threaded
    host = 'EX2016-02.intern.rheinwerk.example'
    oh = (f'Received: from mx01.rheinwerk.example (198.51.100.21) by EX2016-02.intern.rheinwerk.example\n (10.1.4.22) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Mon, 9 Mar\n 2026 09:00:03 +0100\n'
          + orig_headers(j, with_return_path=False))
    text = f"""Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

{j.addr}
Die eingegebene E-Mail-Adresse wurde nicht gefunden. Bitte überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann, die Nachricht erneut zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihr Helpdesk.








Diagnoseinformationen für Administratoren:

Generierender Server: {host}

{j.addr}
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Ursprüngliche Nachrichtenkopfzeilen:

{oh}"""
    html = ms_html(['Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:', j.addr,
                    'Diagnoseinformationen für Administratoren:', f'Generierender Server: {host}'])
    dsn = (f'Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;mx01.rheinwerk.example\nArrival-Date: Mon, 9 Mar 2026 08:00:03 +0000\n\n'
           f'Original-Recipient: rfc822;{j.addr}\nFinal-Recipient: rfc822;{j.addr}\nAction: failed\nStatus: 5.1.1\n'
           f'Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n')
    emit(B, 'exchange2016-unzustellbar-de', ms_report('<postmaster@rheinwerk.example>', f'Unzustellbar: {SUBJ}',
         'Mon, 9 Mar 2026 09:00:04 +0100', 'de-DE', text, html, dsn, oh + '\n' + body_en(j.first),
         '5e0f9a1b-2c3d-4e5f-a6b7-c8d9e0f1a2b3@EX2016-02.intern.rheinwerk.example', charset='iso-8859-1'),
         'bounce', j.addr, note='Exchange 2016 NDR localized de from postmaster@ prospect domain, threaded; wording from memory')

    # --- Exchange 2013 French at lumiere (prospect domain)
    host = 'SRV-EXCH.lumiere.example'
    oh = (f'Received: from mx.lumiere.example (198.51.100.37) by SRV-EXCH.lumiere.example\n (10.0.0.5) with Microsoft SMTP Server id 15.0.1497.48; Mon, 9 Mar 2026\n 09:00:03 +0100\n'
          + orig_headers(p, with_return_path=False))
    text = f"""Échec de la remise pour ces destinataires ou groupes :

{p.addr}<mailto:{p.addr}>
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez le support technique de votre organisation.








Informations de diagnostic pour les administrateurs :

Serveur de génération : {host}

{p.addr}
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

En-têtes de message d'origine :

{oh}"""
    html = ms_html(['Échec de la remise pour ces destinataires ou groupes :', p.addr,
                    'Informations de diagnostic pour les administrateurs :'])
    dsn = (f'Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;mx.lumiere.example\nArrival-Date: Mon, 9 Mar 2026 08:00:03 +0000\n\n'
           f'Final-Recipient: rfc822;{p.addr}\nAction: failed\nStatus: 5.1.1\n'
           f'Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n')
    emit(B, 'exchange2013-nonremis-fr', ms_report('<postmaster@lumiere.example>', f'Non remis : {SUBJ}',
         'Mon, 9 Mar 2026 09:00:04 +0100', 'fr-FR', text, html, dsn, oh + '\n' + body_en(p.first),
         '60bd7793-7f39-49d0-9f91-4969ba3a6c25@SRV-EXCH.lumiere.example', charset='iso-8859-1'),
         'bounce', p.addr, note='Exchange 2013 NDR localized fr ("Non remis :") from postmaster@ prospect domain, threaded')

    # --- Exchange 2019 on-prem at the rep's company: QUEUE.Expired
    host = 'EXCH19.ninetouch.example'
    oh = orig_headers(a, with_return_path=False, via='none')
    text = f"""Delivery has failed to these recipients or groups:

{a.addr} ({a.addr})<mailto:{a.addr}>
The recipient's email system isn't accepting messages at this time. Please try resending this message later or contact the recipient directly.








Diagnostic information for administrators:

Generating server: {host}

{a.addr}
3/11/2026 9:00:05 AM - Server at {a.mx} ({a.ip}) returned '550 4.4.7 QUEUE.Expired; message expired'
3/11/2026 8:50:02 AM - Server at {a.mx} ({a.ip}) returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was {a.ip}:25'

Original message headers:

{oh}"""
    html = ms_html(['Delivery has failed to these recipients or groups:', a.addr])
    dsn = (f'Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;{host}\nArrival-Date: Mon, 9 Mar 2026 08:00:01 +0000\n\n'
           f'Final-Recipient: rfc822;{a.addr}\nAction: failed\nStatus: 4.4.7\n'
           f'Diagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired\nRemote-MTA: dns;{a.mx}\nX-Display-Name: {a.addr}\n')
    emit(B, 'exchange2019-queue-expired', ms_report(f'Microsoft Outlook <postmaster@ninetouch.example>',
         f'Undeliverable: {SUBJ}', 'Wed, 11 Mar 2026 09:00:05 +0100', 'en-US', text, html, dsn,
         oh + '\n' + body_en(a.first), '0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9@EXCH19.ninetouch.example'),
         'bounce', a.addr, note='Exchange 2019 on-prem, QUEUE.Expired after 2 days (Status 4.4.7, Action failed), en')

    # --- Exchange 2003
    e = P['eva']
    bd = '----_=_NextPart_001_01DCAF2C.7B3A5E40'
    msg = f"""Return-Path: <>
Message-ID: <{hexid('ex03', 32).upper()}@exch03.tulp.example>
From: System Administrator <postmaster@tulp.example>
To: {REP_FROM}
Subject: Undeliverable: {SUBJ}
Date: Mon, 9 Mar 2026 09:00:04 +0100
MIME-Version: 1.0
X-MS-Embedded-Report:
Content-Type: multipart/report;
	report-type=delivery-status;
	boundary="{bd}"

This is a multi-part message in MIME format.

--{bd}
Content-Type: text/plain;
	charset="iso-8859-1"

Your message did not reach some or all of the intended recipients.

      Subject:	{SUBJ}
      Sent:	3/9/2026 9:00 AM

The following recipient(s) cannot be reached:

      {e.name} on 3/9/2026 9:00 AM
            The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.
            <exch03.tulp.example #5.1.1>

--{bd}
Content-Type: message/delivery-status

Reporting-MTA: dns;exch03.tulp.example
Received-From-MTA: dns;mx.tulp.example
Arrival-Date: Mon, 9 Mar 2026 09:00:03 +0100

Final-Recipient: rfc822;{e.addr}
Action: failed
Status: 5.1.1

--{bd}
Content-Type: message/rfc822

{orig_full(e, top=['Received: from mx.tulp.example ([198.51.100.90]) by exch03.tulp.example with Microsoft SMTPSVC(6.0.3790.4675);' + chr(10) + '	 Mon, 9 Mar 2026 09:00:03 +0100'])}
--{bd}--
"""
    emit(B, 'exchange2003-en', msg, 'bounce', e.addr,
         note='Exchange 2003 NDR "Your message did not reach some or all of the intended recipients", en')

    j = P['jana']
    bd = '----_=_NextPart_001_01DCAF2C.7C4B6F51'
    msg = f"""Return-Path: <>
Message-ID: <{hexid('ex03de', 32).upper()}@exch.rheinwerk.example>
From: Systemadministrator <postmaster@rheinwerk.example>
To: {REP_FROM}
Subject: Unzustellbar: {SUBJ}
Date: Mon, 9 Mar 2026 09:00:04 +0100
MIME-Version: 1.0
X-MS-Embedded-Report:
Content-Type: multipart/report;
	report-type=delivery-status;
	boundary="{bd}"

This is a multi-part message in MIME format.

--{bd}
Content-Type: text/plain;
	charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

{qp(f'''Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

      Betreff:	{SUBJ}
      Gesendet am:	09.03.2026 09:00

Folgende(r) Empfänger konnte(n) nicht erreicht werden:

      {j.name} am 09.03.2026 09:00
            Das E-Mail-Konto ist in der Organisation, an die diese Nachricht gesendet wurde, nicht vorhanden. Überprüfen Sie die E-Mail-Adresse, oder wenden Sie sich direkt an den Empfänger, um die richtige Adresse zu erfahren.
            <exch.rheinwerk.example #5.1.1>
''', 'iso-8859-1')}
--{bd}
Content-Type: message/delivery-status

Reporting-MTA: dns;exch.rheinwerk.example
Received-From-MTA: dns;mx01.rheinwerk.example
Arrival-Date: Mon, 9 Mar 2026 09:00:03 +0100

Final-Recipient: rfc822;{j.addr}
Action: failed
Status: 5.1.1

--{bd}
Content-Type: message/rfc822

{orig_full(j, top=['Received: from mx01.rheinwerk.example ([198.51.100.21]) by exch.rheinwerk.example with Microsoft SMTPSVC(6.0.3790.4675);' + chr(10) + '	 Mon, 9 Mar 2026 09:00:03 +0100'])}
--{bd}--
"""
    emit(B, 'exchange2003-unzustellbar-de', msg, 'bounce', j.addr,
         note='Exchange 2003 NDR localized de, wording from memory')

    m = P['marco']
    bd = '------_=_NextPart_000_01DCAF2C.7D5C7062'
    msg = f"""Return-Path: <>
Message-ID: <{hexid('ex55', 32).upper()}@gw.ferro.example>
From: postmaster@ferro.example
To: sam@ninetouch.example
Subject: Undeliverable: {SUBJ}
Date: Mon, 9 Mar 2026 09:00:05 +0100
MIME-Version: 1.0
X-Mailer: Internet Mail Service (5.5.2657.72)
X-MS-Embedded-Report:
Content-Type: multipart/mixed;
	boundary="{bd[2:]}"

This message is in MIME format. Since your mail reader does not understand
this format, some or all of this message may not be legible.

{bd}
Content-Type: text/plain;
	charset="iso-8859-1"

Your message

  To:      {m.name}
  Subject: {SUBJ}
  Sent:    Mon, 9 Mar 2026 09:00:00 +0100

did not reach the following recipient(s):

{m.addr} on Mon, 9 Mar 2026 09:00:05 +0100
    The recipient name is not recognized
	The MTS-ID of the original message is: c=IT;a= ;p=FERRO;l=GW0326030908000ZJL8T4V
    MSEXCH:IMS:FERRO:SEDE:GW 0 (000C05A6) Unknown Recipient

{bd}
Content-Type: message/rfc822

{orig_full(m, top=['Received: from mx1.ferro.example ([203.0.113.78]) by gw.ferro.example with SMTP (Microsoft Exchange Internet Mail Service Version 5.5.2657.72)' + chr(10) + '	id GW8T4VZL; Mon, 9 Mar 2026 09:00:04 +0100'])}
{bd}--
"""
    emit(B, 'exchange55-ims', msg, 'bounce', m.addr,
         note='Exchange 5.5 Internet Mail Service "did not reach the following recipient(s)", multipart/mixed, no DSN, en')


# ----------------------------------------------------------------- AOL (bounce.io): no report-type, no blank lines
def gen_aol():
    t = P['tom']
    cn, ca = COLL['tom']
    bd = '----=_Part_803174_1699560241.1773043212578'
    html = (f'<!DOCTYPE html>\n<html><body style="font-family: Arial, sans-serif">\n'
            f'<h2>Your message could not be delivered</h2>\n'
            f'<p>Your message &quot;{SUBJ}&quot; could not be delivered to the following recipients:</p>\n'
            f'<ul><li>{t.addr} &mdash; 550 5.1.1 User Unknown</li><li>{ca} &mdash; 552 5.2.2 Mailbox Full</li></ul>\n'
            f'</body></html>\n')
    msg = f"""Return-Path: <Postmaster@AOL.com>
From: Postmaster <Postmaster@AOL.com>
To: sam@ninetouch.example
Message-ID: <e4a6222cdb5b34375400904f03d8e6a5_1773043212578@aol.com.bounceio.net>
Subject: Undeliverable: {SUBJ}
MIME-Version: 1.0
Content-Type: multipart/report; 
	boundary="{bd}"
X-BounceIO-Id: F34E599E-34E5-4066-A179-F374EA74FC80.1_0
Date: Mon, 9 Mar 2026 08:00:12 +0000

--{bd}
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--{bd}
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns; omr-m09.mx.aol.com
X-Outbound-Mail-Relay-Queue-ID: 93608703CB10E
X-Outbound-Mail-Relay-Sender: rfc822; sam@ninetouch.example
Arrival-Date: Mon, 9 Mar 2026 04:00:04 -0400 (EDT)
Final-Recipient: rfc822; {t.addr}
Original-Recipient: rfc822;{t.addr}
Action: failed
Status: 5.1.1
Remote-MTA: dns; {t.mx}
Diagnostic-Code: smtp; 550 5.1.1 <{t.addr}>... User Unknown
Final-Recipient: rfc822; {ca}
Original-Recipient: rfc822;{ca}
Action: failed
Status: 5.2.2
Remote-MTA: dns; {t.mx}
Diagnostic-Code: smtp; 552 5.2.2 <{ca}>... Mailbox Full

--{bd}
Content-Type: message/rfc822

{orig_full(t, cc=f'{cn} <{ca}>', via='none')}
--{bd}--
"""
    emit(B, 'aol-bounceio-no-blank-lines', msg, 'bounce', [t.addr, ca],
         note='AOL (bounce.io) NDR: multipart/report without report-type, recipient groups without blank lines, 2 recipients, en')


def gen():
    gen_gmail()
    gen_microsoft()
    gen_aol()
