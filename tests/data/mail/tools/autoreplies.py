"""Out-of-office auto-replies in en, de, fr, es, it, nl."""
from common import *

AR = 'autoreplies'


class Who:
    def __init__(self, name, addr, tz='+0100'):
        self.name, self.addr, self.tz = name, addr, tz
        self.local, self.domain = addr.split('@')

    @property
    def full(self):
        return f'{self.name} <{self.addr}>'


def who(key):
    if key in P:
        p = P[key]
        return Who(p.name, p.addr, p.tz)
    pk, _ = key.split(':')
    n, a = COLL[pk]
    return Who(n, a, P[pk].tz)


LANGTAG = {'en': 'en-US', 'gb': 'en-GB', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'nl': 'nl-NL'}
PREFIX = {'en': 'Automatic reply:', 'gb': 'Automatic reply:', 'de': 'Automatische Antwort:', 'fr': 'Réponse automatique :',
          'es': 'Respuesta automática:', 'it': 'Risposta automatica:', 'nl': 'Automatisch antwoord:'}


def html_of(text):
    import html
    paras = ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>\n' for p in text.strip().split('\n\n'))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            f'<body dir="ltr">\n<div style="font-family:Calibri,Arial,Helvetica,sans-serif; font-size:11pt">\n{paras}</div>\n</body>\n</html>\n')


def outlook(name, w, lang, text, date, ret, note, exo=True, autosub=True):
    server = 'FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM' if exo else f'EXCH01.{w.domain}'
    mid = f'{hexid(name, 24).upper()}@{server}'
    bd = f'_000_{hexid(name, 24).upper()}{server.split(".")[0]}_'
    au = 'Auto-Submitted: auto-generated\n' if autosub else ''
    t = f"""From: {w.full}
To: {REP_FROM}
Subject: {enc(PREFIX[lang] + ' ' + SUBJ)}
Thread-Topic: {SUBJ}
Thread-Index: AQHcr0Nq8m3vJ1cC0k2+7f3kLw9bG7{alnum(name, 6)}
Date: {date}
Message-ID: <{mid}>
References: {MSGID}
In-Reply-To: {MSGID}
{au}X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: {w.addr}
X-MS-TNEF-Correlator:
Content-Language: {LANGTAG[lang]}
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

{qpe(html_of(text))}
--{bd}--
"""
    emit(AR, name, t, 'autoreply', w.addr, ret, note)


def outlook2003(name, w, text, date, ret, note):
    t = f"""From: {w.full}
To: Sam Rep <sam@ninetouch.example>
Subject: Out of Office AutoReply: {SUBJ}
Date: {date}
Message-ID: <{hexid(name, 32).upper()}@exch03.{w.domain}>
MIME-Version: 1.0
X-Mailer: Internet Mail Service (5.5.2658.27)
Content-Type: text/plain;
	charset="iso-8859-1"

{text}"""
    emit(AR, name, t, 'autoreply', w.addr, ret, note)


def gmail(name, w, subject, text, date, ret, note):
    bd = f'0000000000{hexid(name, 18)}'
    t = f"""MIME-Version: 1.0
From: {w.full}
Date: {date}
Message-ID: <CA+{alnum(name, 42)}@mail.gmail.com>
Subject: {enc(subject)}
To: sam@ninetouch.example
In-Reply-To: {MSGID}
References: {MSGID}
Precedence: bulk
X-Autoreply: yes
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="{bd}"

--{bd}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qpe(text)}
--{bd}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qpe('<div dir="ltr">' + text.strip().replace(chr(10), '<br>') + '</div>' + chr(10))}
--{bd}--
"""
    emit(AR, name, t, 'autoreply', w.addr, ret, note)


def icloud(name, w, text, date, ret, note, start='2026-03-08T23:00:00Z', end='2026-03-20T22:59:59Z'):
    u = f'{hexid(name, 8)}-{hexid(name + "1", 4)}-4{hexid(name + "2", 3)}-9{hexid(name + "3", 3)}-{hexid(name + "4", 12)}'
    t = f"""Return-Path: <{w.addr}>
From: {w.addr}
To: "Rep, Sam" <sam@ninetouch.example>
Subject: Auto reply: {SUBJ}
Date: {date}
Message-id: <{u}-vac@{w.domain}>
In-Reply-To: {MSGID}
References: {MSGID}
X-Apple-Criteria: {{kind=VACATION,startDate={start},endDate={end}}}
X-Apple-Action: VACATION
X-Apple-UUID: {u}
X-Apple-Server: mr85p00ic-ztdg06011101 mailgateway 2544B40
MIME-version: 1.0
Content-type: text/plain; charset=UTF-8
Content-transfer-encoding: quoted-printable

{qpe(text)}"""
    emit(AR, name, t, 'autoreply', w.addr, ret, note)


def zimbra(name, w, text, date, ret, note):
    t = f"""Return-Path: <>
Date: {date}
From: {w.full}
To: sam@ninetouch.example
Message-ID: <{hexid(name, 8)}.{hexid(name + 'z', 6)}.1773043205.JavaMail.zimbra@{w.domain}>
In-Reply-To: {MSGID}
Subject: Re: {SUBJ}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4634

{qpe(text)}"""
    emit(AR, name, t, 'autoreply', w.addr, ret, note)


def sieve(name, w, text, date, ret, note, subject=None, mx=None):
    mx = mx or f'mail.{w.domain}'
    subject = subject or f'Auto: {SUBJ}'
    t = f"""Return-Path: <>
X-Sieve: Pigeonhole Sieve 0.5.21 (f6a5d6c4)
Message-ID: <dovecot-sieve-1773043204-{hexid(name, 6)}-0@{mx}>
Date: {date}
From: <{w.addr}>
To: <sam@ninetouch.example>
Subject: {enc(subject)}
In-Reply-To: {MSGID}
References: {MSGID}
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text}"""
    emit(AR, name, t, 'autoreply', w.addr, ret, note)


def gen():
    T = lambda day, h, m, s=0, tz='+0100': dt(day, h, m, s, tz=tz)
    tom, eva, marco, jana, pierre, ana = (who(k) for k in ('tom', 'eva', 'marco', 'jana', 'pierre', 'ana'))

    # ------------------------------------------------------------------ English
    outlook('outlook365-en-us-returning', tom, 'en',
            'Thank you for your email. I am out of the office returning Monday, March 16th, with limited access to email.\n\n'
            'For urgent matters please contact Linda Hayes at linda.hayes@acme.example or (312) 555-0147.\n\n'
            'Best,\nTom\n\nTom Baker | Director of Operations\nACME Corp. | 233 S Wacker Dr, Chicago, IL 60606\nOffice: (312) 555-0100\n',
            T(9, 8, 0, 4, '+0000'), '2026-03-16', 'Outlook/Exchange Online OOF, en-US, back-on ("returning Monday, March 16th")')
    outlook('exchange-en-us-through-numeric', tom, 'en',
            'I will be out of the office through Wednesday, 03/18/2026 and will respond to your email upon my return.\n\n'
            'Tom Baker\nACME Corp. | Chicago, IL\n(312) 555-0100\n',
            T(9, 3, 0, 5, '-0500'), '2026-03-19', 'Exchange 2016 on-prem OOF without Auto-Submitted, en-US, until-inclusive ("through 03/18/2026", US numeric)',
            exo=False, autosub=False)
    gmail('gmail-vacation-en-gb-until-inclusive', eva, 'Annual leave',
          'Hello,\n\nI am on annual leave until 13 March inclusive and have no access to email. I will reply once I am back.\n\nKind regards,\nEva de Vries\n',
          T(9, 9, 0, 6), '2026-03-14', 'Gmail vacation responder, en-GB, until-inclusive ("until 13 March inclusive"), no year')
    sieve('sieve-en-back-on', marco, 'Hello,\n\nI am travelling this week and will be back on Thursday 19 March.\n\nMarco Rossi\n',
          T(9, 9, 0, 5), '2026-03-19', 'Dovecot Pigeonhole Sieve vacation (RFC 5230), en, back-on, no year', mx='mx1.ferro.example')
    zimbra('zimbra-en-back-on', pierre, 'Thank you for your message. I am away from the office and will be back on 12 March 2026.\n\nPierre Dupont\n',
           T(9, 9, 0, 6), '2026-03-12', 'Zimbra OOO (auto-replied (zimbra; vacation)), en, back-on with year')
    icloud('icloud-en-nodate', ana, "I'm travelling with limited access to email and will reply as soon as I can.\n\nAna\n",
           T(9, 8, 0, 7, '+0000'), '', 'iCloud Mail vacation (X-Apple-Action: VACATION), en, no date')
    outlook2003('outlook2003-en-nodate', tom,
                'I am currently out of the office with limited access to e-mail. I will respond to your message as soon as possible.\n\nTom Baker\n',
                T(9, 3, 0, 4, '-0500'), '', 'Exchange 2003 "Out of Office AutoReply:", no RFC 3834 header, en, no date')
    t = f"""From: Tom Baker <{tom.addr}>
To: sam@ninetouch.example
Date: Mon, 9 Mar 2026 03:00:06 -0500
Subject: Tom Baker is out of the office.
Message-ID: <OF7A2C4E61.9B3D5F70-ON86258C3A.002C1A2B-86258C3A.002C1A30@acme.example>
X-Mailer: Lotus Domino Release 9.0.1FP10 HF383
MIME-Version: 1.0
Content-type: text/plain; charset=US-ASCII

I will be out of the office starting  03/09/2026 and will not return until 03/16/2026.

I will respond to your message when I return. For urgent matters, please contact Linda Hayes at (312) 555-0147.
"""
    emit(AR, 'lotus-notes-ooo-en-us', t, 'autoreply', tom.addr, '2026-03-16',
         'Lotus Notes/Domino OOO agent, en-US, "will not return until 03/16/2026" (= back on), no RFC 3834 header')
    t = f"""Return-Path: <>
Received: from marco.rossi by mx1.ferro.example with local (Exim 4.96)
	(envelope-from <>)
	id 1wGh3D-0007R6-1a
	for sam@ninetouch.example; Mon, 09 Mar 2026 09:00:05 +0100
Subject: Out of office
In-Reply-To: {MSGID}
References: {MSGID}
From: Marco Rossi <{marco.addr}>
To: sam@ninetouch.example
X-Autorespond: {SUBJ}
Precedence: auto_reply
X-Precedence: auto_reply
Message-Id: <E1wGh3D-0007R6-1a@mx1.ferro.example>
Date: Mon, 09 Mar 2026 09:00:05 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

I am out of the office until Friday 13 March (inclusive) with no access to email.

Kind regards,
Marco Rossi
"""
    emit(AR, 'cpanel-autoresponder-en-until-inclusive', t, 'autoreply', marco.addr, '2026-03-14',
         'cPanel/Exim autoresponder (X-Autorespond, Precedence: auto_reply, no Auto-Submitted), en, until-inclusive')
    t = f"""From: Eva de Vries <{eva.addr}>
To: sam@ninetouch.example
Subject: Away from the office
Date: Mon, 9 Mar 2026 09:00:07 +0100
Message-ID: <autoreply.4411.1773043207@webmail.tulp.example>
In-Reply-To: {MSGID}
X-Autoreply: yes
X-Mailer: Roundcube Webmail/1.6.9
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

Thanks for your e-mail. I am away from the office at the moment and will
answer your message after my return.

Eva
"""
    emit(AR, 'x-autoreply-en-nodate', t, 'autoreply', eva.addr, '',
         'Webmail vacation with X-Autoreply: yes only (no Auto-Submitted), en, no date')

    # ------------------------------------------------------------------ German
    klaus = who('jana:c')
    outlook('outlook365-de-bis-einschliesslich', jana, 'de',
            'Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13.03. nicht im Büro '
            'und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Herrn Klaus Schmidt '
            '(k.schmidt@rheinwerk.example, +49 221 555 0142).\n\nMit freundlichen Grüßen\nJana Mueller\n\n'
            'Rheinwerk GmbH | Vertrieb\nRheinallee 12 | 50668 Köln\n',
            T(9, 8, 0, 4, '+0000'), '2026-03-14', 'Outlook/Exchange Online OOF, de, until-inclusive ("bis einschließlich 13.03."), no year')
    outlook('exchange-de-ab-dem-wieder', jana, 'de',
            'Guten Tag,\n\nich bin zurzeit nicht im Haus. Ab dem 16. März bin ich wieder im Büro und beantworte Ihre Nachricht '
            'schnellstmöglich.\n\nViele Grüße\nJana Mueller\n',
            T(9, 9, 0, 5), '2026-03-16', 'Exchange 2016 on-prem OOF without Auto-Submitted, de, back-on ("ab dem 16. März wieder im Büro")',
            exo=False, autosub=False)
    gmail('gmail-vacation-de-vom-bis-einschliesslich', jana, 'Abwesenheitsnotiz',
          'Hallo,\n\nich bin vom 09.03.2026 bis einschließlich 17.03.2026 im Urlaub und lese meine E-Mails nicht.\n\nViele Grüße\nJana\n',
          T(9, 9, 0, 6), '2026-03-18', 'Gmail vacation responder, de, until-inclusive with year')
    sieve('sieve-de-ab-donnerstag', jana, 'Guten Tag,\n\nich bin ab Donnerstag, 19. März, wieder erreichbar.\n\nJana Mueller\n',
          T(9, 9, 0, 5), '2026-03-19', 'Dovecot Pigeonhole Sieve vacation, de, back-on ("ab Donnerstag, 19. März, wieder erreichbar")',
          mx='mx01.rheinwerk.example')
    zimbra('zimbra-de-wieder-im-haus', klaus,
           'Vielen Dank für Ihre E-Mail. Ich bin am 12.03.2026 wieder im Haus und melde mich dann bei Ihnen.\n\nKlaus Schmidt\n',
           T(9, 9, 0, 6), '2026-03-12', 'Zimbra OOO from Cc\'d colleague, de, back-on with year (12.03.2026)')
    outlook('outlook365-de-de-en-bilingual', jana, 'de',
            '[English version below]\n\nIch bin bis einschließlich Freitag, 20.03.2026 abwesend. Ihre Nachricht wird nicht weitergeleitet.\n\n'
            'I am out of the office until Friday, 20 March 2026 inclusive. Your message will not be forwarded.\n\nJana Mueller\n',
            T(9, 8, 0, 5, '+0000'), '2026-03-21', 'Outlook/Exchange Online OOF, de+en bilingual, until-inclusive (return is Saturday; next calendar day)')
    outlook('outlook365-de-nodate', jana, 'de',
            'Vielen Dank für Ihre Nachricht. Ich bin derzeit nicht im Büro. In dringenden Fällen wenden Sie sich bitte an '
            'vertrieb@rheinwerk.example.\n\nMit freundlichen Grüßen\nJana Mueller\n',
            T(9, 8, 0, 4, '+0000'), '', 'Outlook/Exchange Online OOF, de, no date')
    icloud('icloud-de-nodate', klaus, 'Ich bin momentan unterwegs und habe nur eingeschränkten Zugriff auf meine E-Mails.\n\nKlaus\n',
           T(9, 8, 0, 7, '+0000'), '', 'iCloud Mail vacation, de, no date')

    # ------------------------------------------------------------------ French
    claire = who('pierre:c')
    outlook('outlook365-fr-jusquau-inclus', pierre, 'fr',
            'Bonjour,\n\nJe suis absent du bureau jusqu\'au 13/03 inclus, sans accès à ma messagerie. Pour toute urgence, '
            'merci de contacter Claire Martin (c.martin@lumiere.example).\n\nCordialement,\nPierre Dupont\n',
            T(9, 8, 0, 4, '+0000'), '2026-03-14', 'Outlook/Exchange Online OOF, fr, until-inclusive ("jusqu\'au 13/03 inclus"), no year')
    outlook('exchange-fr-de-retour-le', pierre, 'fr',
            'Bonjour,\n\nJe serai de retour le lundi 16 mars et traiterai votre message à ce moment-là.\n\nBien à vous,\nPierre Dupont\n',
            T(9, 9, 0, 5), '2026-03-16', 'Exchange on-prem OOF without Auto-Submitted, fr, back-on ("de retour le lundi 16 mars")',
            exo=False, autosub=False)
    gmail('gmail-vacation-fr-de-retour', pierre, 'Absence',
          'Bonjour,\n\nJe suis en déplacement et serai de retour le 18 mars 2026.\n\nPierre\n',
          T(9, 9, 0, 6), '2026-03-18', 'Gmail vacation responder, fr, back-on with year')
    zimbra('zimbra-fr-absente-inclus', claire, 'Bonjour,\n\nAbsente jusqu\'au 17/03/2026 inclus.\n\nClaire Martin\n',
           T(9, 9, 0, 6), '2026-03-18', 'Zimbra OOO from Cc\'d colleague, fr, until-inclusive with year')
    sieve('sieve-fr-de-retour-jeudi', pierre, 'Bonjour,\n\nJe suis actuellement en congés, de retour le jeudi 19 mars.\n\nPierre Dupont\n',
          T(9, 9, 0, 5), '2026-03-19', 'Dovecot Pigeonhole Sieve vacation, fr, back-on, no year', mx='mx.lumiere.example')
    outlook('outlook365-fr-nodate', pierre, 'fr',
            'Bonjour,\n\nJe suis actuellement absent et n\'ai qu\'un accès limité à mes e-mails. Je vous répondrai dès que possible.\n\nPierre Dupont\n',
            T(9, 8, 0, 4, '+0000'), '', 'Outlook/Exchange Online OOF, fr, no date')
    icloud('icloud-fr-nodate', claire, 'Bonjour,\n\nJe suis en vacances. Je lirai votre message à mon retour.\n\nClaire\n',
           T(9, 8, 0, 7, '+0000'), '', 'iCloud Mail vacation, fr, no date')

    # ------------------------------------------------------------------ Spanish
    luis = who('ana:c')
    outlook('outlook365-es-hasta-inclusive', ana, 'es',
            'Hola:\n\nEstaré fuera de la oficina hasta el 13/03/2026 inclusive, sin acceso al correo. Para asuntos urgentes, '
            'contacte con Luis Moreno (luis.moreno@solar-iberia.example).\n\nUn saludo,\nAna Garcia\n',
            T(9, 8, 0, 4, '+0000'), '2026-03-14', 'Outlook/Exchange Online OOF, es, until-inclusive with year ("hasta el 13/03/2026 inclusive")')
    outlook('exchange-es-de-vuelta', ana, 'es',
            'Hola:\n\nEn estos momentos no me encuentro en la oficina. Estaré de vuelta el 16 de marzo.\n\nSaludos,\nAna Garcia\n',
            T(9, 9, 0, 5), '2026-03-16', 'Exchange on-prem OOF without Auto-Submitted, es, back-on ("de vuelta el 16 de marzo")',
            exo=False, autosub=False)
    gmail('gmail-vacation-es-hasta-inclusive', ana, 'Fuera de la oficina',
          'Hola:\n\nEstoy de vacaciones hasta el 17 de marzo, inclusive.\n\nAna\n',
          T(9, 9, 0, 6), '2026-03-18', 'Gmail vacation responder, es, until-inclusive, no year')
    zimbra('zimbra-es-regresare', luis, 'Gracias por su mensaje. Regresaré a la oficina el jueves 19 de marzo de 2026.\n\nLuis Moreno\n',
           T(9, 9, 0, 6), '2026-03-19', 'Zimbra OOO from Cc\'d colleague, es, back-on with year')
    sieve('sieve-es-vuelvo', ana, 'Hola,\n\nVuelvo el 12/03. Contestaré tu correo a mi regreso.\n\nAna\n',
          T(9, 9, 0, 5), '2026-03-12', 'Dovecot Pigeonhole Sieve vacation, es, back-on ("Vuelvo el 12/03"), no year',
          mx='mail.solar-iberia.example')
    outlook('outlook365-es-nodate', ana, 'es',
            'Hola:\n\nActualmente estoy fuera de la oficina con acceso limitado al correo. Le responderé lo antes posible.\n\nAna Garcia\n',
            T(9, 8, 0, 4, '+0000'), '', 'Outlook/Exchange Online OOF, es, no date')
    gmail('gmail-vacation-es-nodate', luis, 'Re: ' + SUBJ,
          'Hola,\n\nEstoy fuera de la oficina. Responderé a tu mensaje en cuanto pueda.\n\nLuis\n',
          T(9, 9, 0, 6), '', 'Gmail vacation responder (no custom subject, "Re:"), es, no date')

    # ------------------------------------------------------------------ Italian
    giulia = who('marco:c')
    outlook('outlook365-it-fino-al-compreso', marco, 'it',
            'Buongiorno,\n\nsarò fuori ufficio fino al 13.03.2026 compreso, senza accesso alla posta. Per urgenze contattare '
            'Giulia Bianchi (giulia.bianchi@ferro.example).\n\nCordiali saluti,\nMarco Rossi\n',
            T(9, 8, 0, 4, '+0000'), '2026-03-14', 'Outlook/Exchange Online OOF, it, until-inclusive with year ("fino al 13.03.2026 compreso")')
    outlook('exchange-it-rientrero', marco, 'it',
            'Buongiorno,\n\nrientrerò in ufficio il 16 marzo. Risponderò alla sua e-mail al mio rientro.\n\nMarco Rossi\n',
            T(9, 9, 0, 5), '2026-03-16', 'Exchange on-prem OOF without Auto-Submitted, it, back-on ("rientrerò in ufficio il 16 marzo")',
            exo=False, autosub=False)
    gmail('gmail-vacation-it-fino-incluso', marco, 'In ferie',
          'Ciao,\n\nsono in ferie fino al 17/03 incluso.\n\nMarco\n',
          T(9, 9, 0, 6), '2026-03-18', 'Gmail vacation responder, it, until-inclusive, no year')
    zimbra('zimbra-it-di-nuovo', giulia, 'Grazie per il messaggio. Sarò di nuovo in ufficio giovedì 19 marzo 2026.\n\nGiulia Bianchi\n',
           T(9, 9, 0, 6), '2026-03-19', 'Zimbra OOO from Cc\'d colleague, it, back-on with year')
    sieve('sieve-it-rientrero', marco, 'Buongiorno,\n\nsono assente e rientrerò il 12 marzo.\n\nMarco Rossi\n',
          T(9, 9, 0, 5), '2026-03-12', 'Dovecot Pigeonhole Sieve vacation, it, back-on ("rientrerò il 12 marzo"), no year',
          mx='mx1.ferro.example')
    outlook('outlook365-it-nodate', marco, 'it',
            'Buongiorno,\n\nal momento sono fuori ufficio con accesso limitato alla posta elettronica. Risponderò al più presto.\n\nMarco Rossi\n',
            T(9, 8, 0, 4, '+0000'), '', 'Outlook/Exchange Online OOF, it, no date')
    gmail('gmail-vacation-it-nodate', giulia, 'Fuori ufficio',
          'Buongiorno,\n\nsono fuori ufficio. Risponderò appena possibile.\n\nGiulia\n',
          T(9, 9, 0, 6), '', 'Gmail vacation responder, it, no date')

    # ------------------------------------------------------------------ Dutch
    joris = who('eva:c')
    outlook('outlook365-nl-tot-en-met', eva, 'nl',
            'Beste afzender,\n\nIk ben afwezig tot en met 13-03-2026 en lees in die periode geen e-mail. Voor dringende zaken kunt u '
            'contact opnemen met Joris Bakker (joris.bakker@tulp.example).\n\nMet vriendelijke groet,\nEva de Vries\n',
            T(9, 8, 0, 4, '+0000'), '2026-03-14', 'Outlook/Exchange Online OOF, nl, until-inclusive with year ("tot en met 13-03-2026")')
    outlook('exchange-nl-terug-op', eva, 'nl',
            'Beste afzender,\n\nIk ben weer terug op maandag 16 maart.\n\nGroet,\nEva de Vries\n',
            T(9, 9, 0, 5), '2026-03-16', 'Exchange on-prem OOF without Auto-Submitted, nl, back-on ("terug op maandag 16 maart")',
            exo=False, autosub=False)
    gmail('gmail-vacation-nl-tot-en-met', eva, 'Vakantie',
          'Hallo,\n\nIk ben tot en met 17 maart met vakantie.\n\nEva\n',
          T(9, 9, 0, 6), '2026-03-18', 'Gmail vacation responder, nl, until-inclusive, no year')
    zimbra('zimbra-nl-vanaf', joris, 'Bedankt voor uw bericht. Vanaf donderdag 19 maart 2026 ben ik weer op kantoor.\n\nJoris Bakker\n',
           T(9, 9, 0, 6), '2026-03-19', 'Zimbra OOO from Cc\'d colleague, nl, back-on with year ("vanaf ... weer op kantoor")')
    sieve('sieve-nl-terug-op', eva, 'Hallo,\n\nIk ben er even niet, terug op 12 maart.\n\nEva\n',
          T(9, 9, 0, 5), '2026-03-12', 'Dovecot Pigeonhole Sieve vacation, nl, back-on ("terug op 12 maart"), no year',
          mx='mx.tulp.example')
    outlook('outlook365-nl-nodate', eva, 'nl',
            'Beste afzender,\n\nIk ben momenteel niet op kantoor en heb beperkt toegang tot mijn e-mail. Ik reageer zo snel mogelijk.\n\nEva de Vries\n',
            T(9, 8, 0, 4, '+0000'), '', 'Outlook/Exchange Online OOF, nl, no date')
    icloud('icloud-nl-nodate', joris, 'Ik ben op reis en lees mijn e-mail beperkt.\n\nJoris\n',
           T(9, 8, 0, 7, '+0000'), '', 'iCloud Mail vacation, nl, no date')
