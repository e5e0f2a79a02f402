"""Human replies (Outlook, Gmail, Apple Mail, Thunderbird, iPhone)."""
import html
from common import *
from autoreplies import who

R = 'replies'

PS_UNDELIV = ('P.S. My first email went to your old address and came back as undeliverable,\n'
              'so I am resending it to this one.\n')
PS_OOO = 'P.S. I got your out of office reply last week - hope the trip went well!\n'


def rep_body(first, ps=''):
    b = body_en(first)
    if ps:
        b = b.replace('Best regards\nSam\n', 'Best regards\nSam\n\n' + ps)
    return b


def quote(text, prefix='> '):
    return ''.join((prefix + l).rstrip() + '\n' if l else prefix.rstrip() + '\n' for l in text.rstrip('\n').split('\n'))


def outlook_reply(name, w, subj_prefix, lang, body, hdr_block, date, orig_body, note, tz_server='+0000', sep=False):
    mid = f'{hexid(name, 30).upper()}@AM9PR04MB{hexid(name + "s", 4).upper()}.eurprd04.prod.outlook.com'
    bd = f'_000_{hexid(name, 30).upper()}AM9PR04MB_'
    sep_line = '________________________________\n' if sep else ''
    text = f'{body}\n{sep_line}{hdr_block}\n{orig_body}'
    hb = html.escape(body).replace('\n', '<br>\n')
    hq = html.escape(hdr_block + '\n' + orig_body).replace('\n', '<br>\n')
    htm = (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
           f'<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">{hb}</div>\n'
           f'<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">{hq}</div>\n</body>\n</html>\n')
    t = f"""From: {w.full}
To: {REP_FROM}
Subject: {enc(subj_prefix + ' ' + SUBJ)}
Thread-Topic: {SUBJ}
Thread-Index: AQHcr0Nq8m3vJ1cC0k2+7f3kLw9bG7{alnum(name, 4)}AAC{alnum(name + 't', 4)}
Date: {date}
Message-ID: <{mid}>
References: {MSGID}
In-Reply-To: {MSGID}
Accept-Language: {lang}
Content-Language: {lang}
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="{bd}"
MIME-Version: 1.0

--{bd}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qpe(text)}
--{bd}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qpe(htm)}
--{bd}--
"""
    emit(R, name, t, 'reply', w.addr, '', note)


def gmail_reply(name, w, body, attrib, date, orig_body, note, subject=None):
    bd = f'0000000000{hexid(name, 18)}'
    subject = subject or f'Re: {SUBJ}'
    text = f'{body}\n{attrib}\n\n{quote(orig_body)}'
    hq = html.escape(orig_body).replace('\n', '<br>')
    htm = (f'<div dir="ltr">{html.escape(body).replace(chr(10), "<br>")}</div><br><div class="gmail_quote gmail_quote_container">'
           f'<div dir="ltr" class="gmail_attr">{html.escape(attrib)}<br></div><blockquote class="gmail_quote" '
           f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{hq}</blockquote></div>\n')
    t = f"""MIME-Version: 1.0
References: {MSGID}
In-Reply-To: {MSGID}
From: {w.full}
Date: {date}
Message-ID: <CA+{alnum(name, 40)}@mail.gmail.com>
Subject: {enc(subject)}
To: {REP_FROM}
Content-Type: multipart/alternative; boundary="{bd}"

--{bd}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qpe(text)}
--{bd}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qpe(htm)}
--{bd}--
"""
    emit(R, name, t, 'reply', w.addr, '', note)


def apple_reply(name, w, body, attrib, date, orig_body, note, iphone=False):
    u = f'{hexid(name, 8).upper()}-{hexid(name + "a", 4).upper()}-{hexid(name + "b", 4).upper()}-{hexid(name + "c", 4).upper()}-{hexid(name + "d", 12).upper()}'
    bd = f'Apple-Mail={u}'
    mailer = 'iPhone Mail (22D72)' if iphone else 'Apple Mail (2.3826.400.131.1.6)'
    mime = 'Mime-Version: 1.0 (1.0)' if iphone else 'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'
    text = f'{body}\n{attrib}\n\n{quote(orig_body)}'
    htm = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
           f'{html.escape(body).replace(chr(10), "<br>")}<div><br><blockquote type="cite"><div>{html.escape(attrib)}</div><br>'
           f'<div>{html.escape(orig_body).replace(chr(10), "<br>")}</div></blockquote></div></body></html>\n')
    t = f"""From: {w.full}
Content-Type: multipart/alternative;
	boundary="{bd}"
{mime}
Subject: {enc('Re: ' + SUBJ)}
Date: {date}
In-Reply-To: {MSGID}
To: {REP_FROM}
References: {MSGID}
Message-Id: <{u}@{w.domain}>
X-Mailer: {mailer}


--{bd}
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain;
	charset=utf-8

{qpe(text)}
--{bd}
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html;
	charset=utf-8

{qpe(htm)}
--{bd}--
"""
    emit(R, name, t, 'reply', w.addr, '', note)


def thunderbird_reply(name, w, body, attrib, date, orig_body, note, lang='de-DE'):
    text = f'{body}\n{attrib}\n{quote(orig_body)}'
    t = f"""Message-ID: <{hexid(name, 8)}-{hexid(name + 'x', 4)}-4{hexid(name + 'y', 3)}-8{hexid(name + 'z', 3)}-{hexid(name + 'w', 12)}@{w.domain}>
Date: {date}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: {enc('Re: ' + SUBJ)}
Content-Language: {lang}
To: {REP_FROM}
References: {MSGID}
From: {w.full}
In-Reply-To: {MSGID}
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

{text}"""
    emit(R, name, t, 'reply', w.addr, '', note)


def gen():
    tom, eva, marco, jana, pierre, ana = (who(k) for k in ('tom', 'eva', 'marco', 'jana', 'pierre', 'ana'))
    klaus = who('jana:c')

    outlook_reply('outlook-en-us', tom, 'RE:', 'en-US',
                  'Hi Sam,\n\nThursday at 10:00 works for me. Could you send the dial-in details to Linda as well?\n\n'
                  'Thanks,\nTom\n\nTom Baker | Director of Operations\nACME Corp. | Chicago, IL\n',
                  f'From: Sam Rep <sam@ninetouch.example>\nSent: Monday, March 9, 2026 3:00 AM\nTo: Tom Baker <{tom.addr}>\nSubject: {SUBJ}\n',
                  'Mon, 9 Mar 2026 14:12:09 +0000', rep_body('Tom'), 'Outlook (new Outlook / OWA) reply "RE:", From/Sent/To/Subject quote block, en-US', sep=True)
    outlook_reply('outlook-de-aw', jana, 'AW:', 'de-DE',
                  'Hallo Herr Rep,\n\ndanke für die Zusammenfassung. Donnerstag, 10:00 Uhr passt bei uns. Ich bringe Herrn Schmidt mit.\n\n'
                  'Viele Grüße\nJana Mueller\n\nRheinwerk GmbH | Vertrieb\n',
                  f'Von: Sam Rep <sam@ninetouch.example>\nGesendet: Montag, 9. März 2026 09:00\nAn: Jana Mueller <{jana.addr}>\nBetreff: {SUBJ}\n',
                  'Mon, 9 Mar 2026 10:41:55 +0000', rep_body('Jana'), 'Outlook reply "AW:", Von/Gesendet/An/Betreff quote block, de')
    gmail_reply('gmail-en', eva,
                'Hi Sam,\n\nPerfect, see you on Thursday. I have added the call to my calendar.\n\nBest,\nEva\n',
                'On Mon, 9 Mar 2026 at 09:00, Sam Rep <sam@ninetouch.example> wrote:',
                'Mon, 9 Mar 2026 11:03:27 +0100', rep_body('Eva'), 'Gmail reply, "On ... wrote:" attribution, en')
    apple_reply('apple-mail-en', ana,
                'Hi Sam,\n\nThursday works. Talk to you then.\n\nAna\n',
                'On 9. Mar 2026, at 09:00, Sam Rep <sam@ninetouch.example> wrote:',
                'Mon, 9 Mar 2026 12:18:40 +0100', rep_body('Ana'), 'Apple Mail reply, multipart/alternative Apple-Mail= boundary, en')
    thunderbird_reply('thunderbird-de', jana,
                      'Hallo Sam,\n\nkurze Rückfrage: Können wir den Termin auf 11:00 Uhr verschieben?\nUm 10:00 habe ich leider noch ein internes Meeting.\n\nGruß\nJana\n',
                      'Am 09.03.26 um 09:00 schrieb Sam Rep:', 'Tue, 10 Mar 2026 08:47:02 +0100', rep_body('Jana'),
                      'Thunderbird reply, "Am 09.03.26 um 09:00 schrieb Sam Rep:", format=flowed, de')
    outlook_reply('outlook-fr-re', pierre, 'RE:', 'fr-FR',
                  'Bonjour Sam,\n\nC\'est noté pour jeudi 10h00. Merci pour l\'ordre du jour.\n\nBien cordialement,\nPierre Dupont\n',
                  f'De : Sam Rep <sam@ninetouch.example>\nEnvoyé : lundi 9 mars 2026 09:00\nÀ : Pierre Dupont <{pierre.addr}>\nObjet : {SUBJ}\n',
                  'Mon, 9 Mar 2026 09:55:13 +0000', rep_body('Pierre'), 'Outlook reply "RE:", De/Envoyé/À/Objet quote block, fr', sep=True)
    gmail_reply('gmail-es', ana,
                'Hola Sam,\n\nPerfecto, el jueves a las 10:00 me va bien.\n\nUn saludo,\nAna\n',
                'El lun, 9 mar 2026 a las 9:00, Sam Rep (<sam@ninetouch.example>) escribió:',
                'Mon, 9 Mar 2026 13:30:11 +0100', rep_body('Ana'), 'Gmail reply, Spanish attribution ("escribió:"), es')
    gmail_reply('gmail-it', marco,
                'Ciao Sam,\n\nva benissimo giovedì alle 10. A presto!\n\nMarco\n',
                'Il giorno lun 9 mar 2026 alle ore 09:00 Sam Rep <sam@ninetouch.example> ha scritto:',
                'Mon, 9 Mar 2026 15:02:44 +0100', rep_body('Marco'), 'Gmail reply, Italian attribution ("ha scritto:"), it')
    outlook_reply('outlook-nl-re', eva, 'RE:', 'nl-NL',
                  'Hoi Sam,\n\nDonderdag om 10:00 is prima. Tot dan!\n\nGroet,\nEva\n',
                  f'Van: Sam Rep <sam@ninetouch.example>\nVerzonden: maandag 9 maart 2026 09:00\nAan: Eva de Vries <{eva.addr}>\nOnderwerp: {SUBJ}\n',
                  'Mon, 9 Mar 2026 16:20:05 +0000', rep_body('Eva'), 'Outlook reply "RE:", Van/Verzonden/Aan/Onderwerp quote block, nl')
    outlook_reply('outlook-de-colleague-mentions-ooo', klaus, 'AW:', 'de-DE',
                  'Guten Tag Herr Rep,\n\nFrau Mueller ist diese Woche im Urlaub - Sie haben vermutlich schon ihre Abwesenheitsnotiz '
                  '(Out of Office) erhalten. Ich übernehme den Termin am Donnerstag um 10:00 Uhr gerne.\n\n'
                  'Mit freundlichen Grüßen\nKlaus Schmidt\nRheinwerk GmbH\n',
                  f'Von: Sam Rep <sam@ninetouch.example>\nGesendet: Montag, 9. März 2026 09:00\nAn: Jana Mueller <{jana.addr}>\nCc: Klaus Schmidt <{klaus.addr}>\nBetreff: {SUBJ}\n',
                  'Mon, 9 Mar 2026 09:48:31 +0000', rep_body('Jana'),
                  'Human reply from a colleague at the prospect domain, mentions "Abwesenheitsnotiz (Out of Office)" in body, de')
    outlook_reply('outlook-en-quote-undeliverable', tom, 'RE:', 'en-US',
                  'Sam,\n\nthis one reached me fine. Thursday 10:00 is confirmed.\n\nTom\n',
                  f'From: Sam Rep <sam@ninetouch.example>\nSent: Monday, March 9, 2026 3:00 AM\nTo: Tom Baker <{tom.addr}>\nSubject: {SUBJ}\n',
                  'Mon, 9 Mar 2026 15:40:12 +0000', rep_body('Tom', PS_UNDELIV),
                  'Outlook reply whose quoted text contains "undeliverable", en-US', sep=True)
    gmail_reply('gmail-en-quote-out-of-office', marco,
                'Hi Sam,\n\nyes, back in the office now. Thursday at 10 is fine.\n\nMarco\n',
                'On Mon, 9 Mar 2026 at 09:00, Sam Rep <sam@ninetouch.example> wrote:',
                'Mon, 9 Mar 2026 10:15:09 +0100', rep_body('Marco', PS_OOO),
                'Gmail reply whose quoted text contains "out of office reply", en')
    thunderbird_reply('thunderbird-en-gb', pierre,
                      'Hi Sam,\n\nThanks - could you also send the slides from today?\n\nBest regards,\nPierre\n',
                      'On 09/03/2026 09:00, Sam Rep wrote:', 'Mon, 9 Mar 2026 17:05:50 +0100', rep_body('Pierre'),
                      'Thunderbird reply, en-GB attribution "On 09/03/2026 09:00, Sam Rep wrote:", en', lang='en-GB')
    apple_reply('iphone-de', jana,
                'Passt, bis Donnerstag!\n\nVon meinem iPhone gesendet\n',
                'Am 09.03.2026 um 09:00 schrieb Sam Rep <sam@ninetouch.example>:',
                'Mon, 9 Mar 2026 09:31:02 +0100', rep_body('Jana'), 'iPhone Mail reply, German attribution, de', iphone=True)
