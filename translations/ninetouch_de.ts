<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CadenceEngine</name>
    <message>
        <source>Set the next meeting</source>
        <translation>Nächsten Termin vereinbaren</translation>
    </message>
    <message>
        <source>Send recap</source>
        <translation>Zusammenfassung senden</translation>
    </message>
    <message>
        <source>Send cancellation</source>
        <translation>Absage senden</translation>
    </message>
    <message>
        <source>Send invite</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Erinnerung senden</translation>
    </message>
    <message>
        <source>Send missed-call email</source>
        <translation>E-Mail zum verpassten Anruf senden</translation>
    </message>
    <message>
        <source>Send break-up email</source>
        <translation>Break-up-E-Mail senden</translation>
    </message>
    <message>
        <source>Confirm lost</source>
        <translation>Verlust bestätigen</translation>
    </message>
    <message>
        <source>Re-engage</source>
        <translation>Wiederaufnahme</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Kein Termin</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>Past the rule</source>
        <translation>Regel überschritten</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Won: nothing left to chase.</source>
        <translation>Gewonnen: Es gibt nichts mehr nachzufassen.</translation>
    </message>
    <message>
        <source>Lost (%1). Re-engage on %2.</source>
        <translation>Verloren (%1). Wiederaufnahme am %2.</translation>
    </message>
    <message>
        <source>Lost (%1).</source>
        <translation>Verloren (%1).</translation>
    </message>
    <message>
        <source>Break-up email sent: wait for the decision until %1.</source>
        <translation>Break-up-E-Mail gesendet: Warten Sie bis %1 auf die Entscheidung.</translation>
    </message>
    <message>
        <source>No answer by the deadline (%1): mark the deal lost.</source>
        <translation>Keine Antwort bis zur Frist (%1): Markieren Sie den Deal als verloren.</translation>
    </message>
    <message numerus="yes">
        <source>High follow-up cost, decision material delivered and %n cycle(s) without a decision: send the break-up email now.</source>
        <translation>
            <numerusform>Hoher Nachfassaufwand, Entscheidungsunterlagen geliefert und %n Zyklus ohne Entscheidung: Senden Sie jetzt die Break-up-E-Mail.</numerusform>
            <numerusform>Hoher Nachfassaufwand, Entscheidungsunterlagen geliefert und %n Zyklen ohne Entscheidung: Senden Sie jetzt die Break-up-E-Mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record whether the meeting was held or missed.</source>
        <translation>Erfassen Sie, ob der Termin stattfand oder verpasst wurde.</translation>
    </message>
    <message>
        <source>Behind the rule: “%1” was due %2. Catch up today or break up.</source>
        <translation>Regel überschritten: „%1“ war am %2 fällig. Holen Sie das heute nach oder senden Sie die Break-up-E-Mail.</translation>
    </message>
    <message>
        <source>Set the next meeting: date, time and agenda.</source>
        <translation>Vereinbaren Sie den nächsten Termin: Datum, Uhrzeit und Agenda.</translation>
    </message>
    <message>
        <source>Send the recap with the next meeting&apos;s date, time and agenda.</source>
        <translation>Senden Sie die Zusammenfassung mit Datum, Uhrzeit und Agenda des nächsten Termins.</translation>
    </message>
    <message>
        <source>Send the calendar cancellation.</source>
        <translation>Senden Sie die Kalenderabsage.</translation>
    </message>
    <message>
        <source>Send the calendar invite.</source>
        <translation>Senden Sie die Kalendereinladung.</translation>
    </message>
    <message>
        <source>Send the reminder on %1.</source>
        <translation>Senden Sie die Erinnerung am %1.</translation>
    </message>
    <message>
        <source>Call at exactly %1, as agreed.</source>
        <translation>Rufen Sie wie vereinbart pünktlich am %1 an.</translation>
    </message>
    <message>
        <source>Send the missed-call email with the new time as agreed.</source>
        <translation>Senden Sie die E-Mail zum verpassten Anruf mit dem neuen Zeitpunkt, wie vereinbart.</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) without an answer: send the break-up email.</source>
        <translation>
            <numerusform>%n Zyklus ohne Antwort: Senden Sie die Break-up-E-Mail.</numerusform>
            <numerusform>%n Zyklen ohne Antwort: Senden Sie die Break-up-E-Mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prospect is owed the meeting&apos;s cancellation.</source>
        <translation>Der Interessent bekommt noch die Absage des Termins.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 erfordert einen Wert.</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>stage name</source>
        <translation>Phasenname</translation>
    </message>
    <message>
        <source> &apos;deal list&apos; shows the ids.</source>
        <translation> &apos;deal list&apos; zeigt die IDs.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &apos;%2&apos;; see &apos;ninetouch-cli --help&apos;.</source>
        <translation>Unbekannte Option --%1 für &apos;%2&apos;; siehe &apos;ninetouch-cli --help&apos;.</translation>
    </message>
    <message>
        <source>No command given.
%1</source>
        <translation>Kein Befehl angegeben.
%1</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; is not a command; use %1 %3.</source>
        <translation>&apos;%1 %2&apos; ist kein Befehl; verwenden Sie %1 %3.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.
%2</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.
%2</translation>
    </message>
    <message>
        <source>meeting set needs --at, e.g. --at 2026-03-05T10:00.</source>
        <translation>meeting set erfordert --at, z. B. --at 2026-03-05T10:00.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel; use phone, video or in-person.</source>
        <translation>&apos;%1&apos; ist kein Kanal; verwenden Sie phone, video oder in-person.</translation>
    </message>
    <message>
        <source>no number was given; use direct, reception and mobile, separated by commas.</source>
        <translation>keine Nummer angegeben; verwenden Sie direct, reception und mobile, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number kind; use direct, reception and mobile, separated by commas.</source>
        <translation>&apos;%1&apos; ist keine Nummernart; verwenden Sie direct, reception und mobile, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Call logged. Next slot, as if agreed: %1
</source>
        <translation>Anruf erfasst. Nächster Zeitpunkt (gilt als vereinbart): %1
</translation>
    </message>
    <message>
        <source>Call logged. That was the last cycle: the break-up email is due now.
</source>
        <translation>Anruf erfasst. Das war der letzte Zyklus: Die Break-up-E-Mail ist jetzt fällig.
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a touch kind; use recap, invite, reminder, call, missed-call, breakup, reply, reengage or note.</source>
        <translation>&apos;%1&apos; ist keine Art von Kontaktpunkt; verwenden Sie recap, invite, reminder, call, missed-call, breakup, reply, reengage oder note.</translation>
    </message>
    <message>
        <source>there is no stage &apos;%1&apos;; the stages are %2.</source>
        <translation>es gibt keine Phase &apos;%1&apos;; die Phasen sind: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cost; use low or high.</source>
        <translation>&apos;%1&apos; ist kein gültiger Aufwand; verwenden Sie low oder high.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no.</source>
        <translation>&apos;%1&apos; ist weder yes noch no.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number (or &apos;default&apos;).</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl (oder &apos;default&apos;).</translation>
    </message>
    <message>
        <source>deal add needs --%1.</source>
        <translation>deal add erfordert --%1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; use open, won or lost.</source>
        <translation>&apos;%1&apos; ist kein Status; verwenden Sie open, won oder lost.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a draft step; use recap, reminder, missed-call, breakup or reengage.</source>
        <translation>&apos;%1&apos; ist kein Entwurfsschritt; verwenden Sie recap, reminder, missed-call, breakup oder reengage.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3

%4</source>
        <translation>An: %1 &lt;%2&gt;
Betreff: %3

%4</translation>
    </message>
    <message>
        <source>Problem: %1
</source>
        <translation>Problem: %1
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>The %1 draft for deal %2 is not ready: %3</source>
        <translation>Der Entwurf &apos;%1&apos; für Deal %2 ist nicht bereit: %3</translation>
    </message>
    <message>
        <source>--method: &apos;%1&apos; is not a method; use request or cancel.</source>
        <translation>--method: &apos;%1&apos; ist keine Methode; verwenden Sie request oder cancel.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--map: %1</source>
        <translation>--map: %1</translation>
    </message>
    <message>
        <source>%1: a %2 export, %3, fields separated by %4.
</source>
        <translation>%1: ein %2-Export, %3, Felder getrennt durch %4.
</translation>
    </message>
    <message>
        <source>Would create %1, update %2 and skip %3 deals; nothing was written.
</source>
        <translation>Würde %1 Deals anlegen, %2 aktualisieren und %3 überspringen; es wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <source>Created %1, updated %2 and skipped %3 deals.
</source>
        <translation>%1 Deals angelegt, %2 aktualisiert und %3 übersprungen.
</translation>
    </message>
    <message>
        <source>New stages: %1.
</source>
        <translation>Neue Phasen: %1.
</translation>
    </message>
    <message>
        <source>Columns not imported: %1.
</source>
        <translation>Nicht importierte Spalten: %1.
</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source> row %1 “%2”: %3
</source>
        <translation> Zeile %1 „%2“: %3
</translation>
    </message>
    <message>
        <source>export needs a file name: export FILE.csv.</source>
        <translation>export erfordert einen Dateinamen: export FILE.csv.</translation>
    </message>
    <message>
        <source>Exported %1 deals to %2.
</source>
        <translation>%1 Deals nach %2 exportiert.
</translation>
    </message>
    <message>
        <source>--days: %1</source>
        <translation>--days: %1</translation>
    </message>
    <message>
        <source>Nothing due. The pipeline is honest.
</source>
        <translation>Nichts fällig. Die Pipeline ist ehrlich.
</translation>
    </message>
    <message>
        <source>past rule</source>
        <translation>Regel überschritten</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)
</source>
        <translation>Datenbank bereit: %1 (Schema %2)
</translation>
    </message>
    <message>
        <source>--deals: %1</source>
        <translation>--deals: %1</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number.</source>
        <translation>--seed: &apos;%1&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Added %1 demo deals to %2
</source>
        <translation>%1 Demo-Deals zu %2 hinzugefügt
</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;; the settings are: %2.</source>
        <translation>Unbekannte Einstellung &apos;%1&apos;; die Einstellungen sind: %2.</translation>
    </message>
    <message>
        <source>settings takes a key and one value; quote a value with spaces.</source>
        <translation>settings erwartet einen Schlüssel und einen Wert; setzen Sie einen Wert mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>backup needs a file name: backup FILE.</source>
        <translation>backup erfordert einen Dateinamen: backup FILE.</translation>
    </message>
    <message>
        <source>Backed up to %1.
</source>
        <translation>Gesichert nach %1.
</translation>
    </message>
    <message>
        <source> Create it with &apos;ninetouch-cli --db %1 init&apos;.</source>
        <translation> Legen Sie sie mit &apos;ninetouch-cli --db %1 init&apos; an.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>A deal id is needed (see &apos;deal list&apos;).</source>
        <translation>Eine Deal-ID wird benötigt (siehe &apos;deal list&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a deal id; ids are whole numbers (see &apos;deal list&apos;).</source>
        <translation>&apos;%1&apos; ist keine Deal-ID; IDs sind ganze Zahlen (siehe &apos;deal list&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step with an email; use recap, reminder, missed-call, breakup or reengage.</source>
        <translation>&apos;%1&apos; ist kein Schritt mit E-Mail; verwenden Sie recap, reminder, missed-call, breakup oder reengage.</translation>
    </message>
    <message>
        <source>Sent to %1 (%2)%3.
</source>
        <translation>Gesendet an %1 (%2)%3.
</translation>
    </message>
    <message>
        <source>, with the invitation</source>
        <translation>, mit der Einladung</translation>
    </message>
    <message>
        <source>Deal %1: %2 %3
</source>
        <translation>Deal %1: %2 %3
</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) read; </source>
        <translation>
            <numerusform>%n neue Nachricht gelesen; </numerusform>
            <numerusform>%n neue Nachrichten gelesen; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded</source>
        <translation>
            <numerusform>%n erfasst</numerusform>
            <numerusform>%n erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n of no deal, left alone</source>
        <translation>
            <numerusform>; %n gehört zu keinem Deal, unberührt</numerusform>
            <numerusform>; %n gehören zu keinem Deal, unberührt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable</source>
        <translation>
            <numerusform>; %n unlesbar</numerusform>
            <numerusform>; %n unlesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>needs a value: a zone like Europe/Berlin, or leave it out for the contact&apos;s zone.</source>
        <translation>braucht einen Wert: eine Zeitzone wie Europe/Berlin, oder lassen Sie die Angabe weg für die Zeitzone des Kontakts.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>import needs a CSV file: import FILE.csv [--dry-run] [--map &quot;COLUMN=FIELD&quot;]… [--encoding auto|utf-8|utf-16|windows-1252] [--language en|de] [--tz ZONE].</source>
        <translation>import erfordert eine CSV-Datei: import FILE.csv [--dry-run] [--map &quot;COLUMN=FIELD&quot;]… [--encoding auto|utf-8|utf-16|windows-1252] [--language en|de] [--tz ZONE].</translation>
    </message>
    <message>
        <source>%1 (first)</source>
        <translation>%1 (als erste)</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (nach %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a way to address a contact; use usual, formal, first-name or du.</source>
        <translation>„%1“ ist keine Anredeform; verwenden Sie usual, formal, first-name oder du.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): every cadence summary says what its history says.
</source>
        <translation>
            <numerusform>%n Deal: Die Kadenz-Zusammenfassung sagt, was sein Verlauf sagt.
</numerusform>
            <numerusform>%n Deals: Jede Kadenz-Zusammenfassung sagt, was ihr Verlauf sagt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>No summary: %1
</source>
        <translation>Keine Zusammenfassung: %1
</translation>
    </message>
    <message>
        <source>Summary differs from the history: %1
</source>
        <translation>Zusammenfassung weicht vom Verlauf ab: %1
</translation>
    </message>
    <message>
        <source>Rebuilt: every cadence summary says what its history says now.
</source>
        <translation>Neu erstellt: Jede Kadenz-Zusammenfassung sagt jetzt, was ihr Verlauf sagt.
</translation>
    </message>
    <message>
        <source>The cadence summaries differ from the deals&apos; histories; &apos;check --repair&apos; makes them again from the histories.</source>
        <translation>Die Kadenz-Zusammenfassungen weichen von den Verläufen der Deals ab; &apos;check --repair&apos; erstellt sie aus den Verläufen neu.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The summaries do not reach the file&apos;s last change: a program that keeps none wrote it, or they were made under an older rule.
</source>
        <translation>Die Zusammenfassungen reichen nicht bis zur letzten Änderung der Datei: Ein Programm, das keine führt, hat sie geschrieben, oder sie entstanden unter einer älteren Regel.
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names its databases itself: leave out --db.</source>
        <translation>&apos;%1&apos; nennt seine Datenbanken selbst: Lassen Sie --db weg.</translation>
    </message>
    <message>
        <source>migrate needs --from and --to: the database to copy, and the empty one to copy it into.</source>
        <translation>migrate braucht --from und --to: die Datenbank, die kopiert wird, und die leere, in die sie kopiert wird.</translation>
    </message>
    <message>
        <source>--from and --to name the same database.</source>
        <translation>--from und --to nennen dieselbe Datenbank.</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n deal(s) with their histories, settings and templates from %1 to %2.
</source>
        <translation>
            <numerusform>%n Deal mit Verlauf, Einstellungen und Vorlagen von %1 nach %2 kopiert.
</numerusform>
            <numerusform>%n Deals mit ihren Verläufen, Einstellungen und Vorlagen von %1 nach %2 kopiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Usage: ninetouch-cli [--db FILE] [--now ISO8601] [--json] [--team] COMMAND
       ninetouch-cli --help | --version

  --team: on a database several reps share, the lists (deal list, next, report, export)
  show every rep&apos;s deals, each with its owner; without it, the rep&apos;s own

  init                               create the database
  demo --deals N [--seed S]          fill with a deterministic demo pipeline
  deal add --title T --org O --contact NAME --email E [--phone P] [--mobile M]
           [--reception R] [--value V] [--currency C] [--stage NAME] [--tz ZONE]
           [--language de] [--value-summary TEXT] [--cost low|high]
           [--topic TEXT] [--first-name NAME] [--region DE] [--salutation Frau]
           [--address usual|formal|first-name|du]
  deal list [--stage NAME] [--status open|won|lost]
  deal show ID
  deal update ID [--title T] [--topic TEXT] [--stage NAME] [--value V] [--currency C]
           [--value-summary TEXT] [--cost low|high] [--material-delivered yes|no]
           [--cycles N] [--reminder-days N] [--deadline-days N] [--reengage-days N]
           [--slot-days N] [--org O] [--contact NAME] [--first-name NAME] [--email E]
           [--phone P] [--mobile M] [--reception R] [--tz ZONE] [--language L]
           [--region CC] [--salutation S] [--address usual|formal|first-name|du]
           [--owner LOGIN|me]
                                    (only the fields given are written; an override of
                                     &apos;default&apos; returns to the setting)
  deal won ID | deal lost ID [--reason TEXT] | deal reopen ID
  meeting set ID --at ISO8601 [--tz ZONE] [--minutes M] [--agenda TEXT]
           [--channel phone|video|in-person]
  meeting held ID
  meeting missed ID [--tried direct,reception,mobile]
  touch ID KIND [--at ISO8601] [--note TEXT] [--text SENT_TEXT]
           KIND: recap invite reminder call missed-call breakup reply reengage note
  next [--days N]                    steps overdue or due by the end of day N
  report                             the honest pipeline (--team: the team&apos;s, and each rep&apos;s)
  settings [KEY [VALUE]]
  draft ID STEP [--eml FILE] [--sent]
                                     STEP: recap reminder missed-call breakup reengage;
                                     --sent records the touch with the draft&apos;s exact text
  ics ID [--method request|cancel] [--out FILE]
  import FILE.csv [--dry-run] [--map COLUMN=FIELD]... [--encoding E]
         [--language en|de] [--tz ZONE]
                                     deals with their contacts, from NineTouch, Pipedrive,
                                     HubSpot or Salesforce exports; every row checked first;
                                     --language and --tz: for contacts the file says
                                     nothing about (else guessed, and said)
  export FILE.csv
  backup FILE                        a consistent copy while in use
  check [--repair]                   each deal&apos;s cadence summary against its history;
                                     --repair makes them again from the histories
  migrate --from DB --to DB          the whole pipeline into an empty database, file or
                                     postgresql://user@host/dbname, either way

Exit codes: 0 done, 1 bad usage or input, 2 database unusable, 3 refused by the rules.
The commands, options, exit codes and JSON keys are a promise to scripts: see docs/cli.md
(installed in /usr/share/doc/ninetouch/cli.md).
</source>
        <translation>Aufruf: ninetouch-cli [--db FILE] [--now ISO8601] [--json] [--team] COMMAND
       ninetouch-cli --help | --version

  --team: in einer Datenbank, die sich mehrere Vertriebler teilen, zeigen die Listen
  (deal list, next, report, export) die Deals aller, jeweils mit dem Besitzer; ohne die
  eigenen

  init                               legt die Datenbank an
  demo --deals N [--seed S]          füllt sie mit einer reproduzierbaren Demo-Pipeline
  deal add --title T --org O --contact NAME --email E [--phone P] [--mobile M]
           [--reception R] [--value V] [--currency C] [--stage NAME] [--tz ZONE]
           [--language de] [--value-summary TEXT] [--cost low|high]
           [--topic TEXT] [--first-name NAME] [--region DE] [--salutation Frau]
           [--address usual|formal|first-name|du]
  deal list [--stage NAME] [--status open|won|lost]
  deal show ID
  deal update ID [--title T] [--topic TEXT] [--stage NAME] [--value V] [--currency C]
           [--value-summary TEXT] [--cost low|high] [--material-delivered yes|no]
           [--cycles N] [--reminder-days N] [--deadline-days N] [--reengage-days N]
           [--slot-days N] [--org O] [--contact NAME] [--first-name NAME] [--email E]
           [--phone P] [--mobile M] [--reception R] [--tz ZONE] [--language L]
           [--region CC] [--salutation S] [--address usual|formal|first-name|du]
           [--owner LOGIN|me]
                                    (nur die angegebenen Felder werden geschrieben;
                                     &apos;default&apos; kehrt zur Einstellung zurück)
  deal won ID | deal lost ID [--reason TEXT] | deal reopen ID
  meeting set ID --at ISO8601 [--tz ZONE] [--minutes M] [--agenda TEXT]
           [--channel phone|video|in-person]
  meeting held ID
  meeting missed ID [--tried direct,reception,mobile]
  touch ID KIND [--at ISO8601] [--note TEXT] [--text SENT_TEXT]
           KIND: recap invite reminder call missed-call breakup reply reengage note
  next [--days N]                    überfällige oder bis Ende von Tag N fällige Schritte
  report                             die ehrliche Pipeline (--team: die des Teams und jedes Einzelnen)
  settings [KEY [VALUE]]
  draft ID STEP [--eml FILE] [--sent]
                                     STEP: recap reminder missed-call breakup reengage;
                                     --sent erfasst den Kontaktpunkt mit dem genauen Text des Entwurfs
  ics ID [--method request|cancel] [--out FILE]
  import FILE.csv [--dry-run] [--map COLUMN=FIELD]... [--encoding E]
         [--language en|de] [--tz ZONE]
                                     Deals mit ihren Ansprechpartnern, aus Exporten von NineTouch,
                                     Pipedrive, HubSpot oder Salesforce; jede Zeile vorab geprüft;
                                     --language und --tz: für Ansprechpartner, zu denen die Datei
                                     nichts sagt (sonst geschätzt, und gesagt)
  export FILE.csv
  backup FILE                        eine konsistente Kopie, auch während der Nutzung
  check [--repair]                   die Kadenz-Zusammenfassung jedes Deals gegen seinen Verlauf;
                                     --repair erstellt sie aus den Verläufen neu
  migrate --from DB --to DB          die ganze Pipeline in eine leere Datenbank, Datei oder
                                     postgresql://benutzer@host/dbname, in beide Richtungen

Exit-Codes: 0 erledigt, 1 falscher Aufruf oder falsche Eingabe, 2 Datenbank unbrauchbar, 3 von den Regeln abgelehnt.
Befehle, Optionen, Exit-Codes und JSON-Schlüssel sind eine Zusage an Skripte: siehe docs/cli.md
(installiert unter /usr/share/doc/ninetouch/cli.md).
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no rep of this database; it has only you (&apos;me&apos;).</source>
        <translation>„%1“ ist kein Vertriebler dieser Datenbank; sie kennt nur Sie („me“).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no rep of this database; use me or one of: %2.</source>
        <translation>„%1“ ist kein Vertriebler dieser Datenbank; verwenden Sie me oder einen von: %2.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a quote opened on line %1 is never closed</source>
        <translation>ein in Zeile %1 geöffnetes Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 could not be checked. Nothing was changed.</source>
        <translation>%1 konnte nicht geprüft werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is damaged. Nothing was changed: restore it from a backup.</source>
        <translation>%1 ist beschädigt. Es wurde nichts geändert: Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>the deal</source>
        <translation>der Deal</translation>
    </message>
    <message>
        <source>the deal&apos;s contact</source>
        <translation>der Ansprechpartner des Deals</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>die Firma</translation>
    </message>
    <message>
        <source>a meeting of the deal</source>
        <translation>ein Termin des Deals</translation>
    </message>
    <message>
        <source>an entry of the deal&apos;s timeline</source>
        <translation>ein Eintrag im Verlauf des Deals</translation>
    </message>
    <message>
        <source>a task of the deal</source>
        <translation>eine Aufgabe des Deals</translation>
    </message>
    <message>
        <source>a stage</source>
        <translation>eine Phase</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>ein Datensatz</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since.</source>
        <translation>Seitdem anderswo geändert: %1.</translation>
    </message>
    <message>
        <source>%1 was removed elsewhere since.</source>
        <translation>Seitdem anderswo entfernt: %1.</translation>
    </message>
    <message>
        <source>%1 was added again elsewhere since.</source>
        <translation>Seitdem anderswo erneut hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>It would break a link with something written or removed since (an entry of the deal&apos;s timeline, a meeting, a stage or a contact).</source>
        <translation>Das würde eine Verknüpfung mit etwas trennen, das seitdem gespeichert oder entfernt wurde (ein Eintrag im Verlauf des Deals, ein Termin, eine Phase oder ein Ansprechpartner).</translation>
    </message>
    <message>
        <source>Another meeting of the deal was scheduled since.</source>
        <translation>Seitdem wurde ein anderer Termin des Deals vereinbart.</translation>
    </message>
    <message>
        <source>It clashes with something written since, in %1.</source>
        <translation>Es kollidiert mit einer seitdem gespeicherten Änderung; betroffen: %1.</translation>
    </message>
    <message>
        <source>no database file was given.</source>
        <translation>es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist: %2. Create it or choose another file.</source>
        <translation>der Ordner von %1 existiert nicht: %2. Legen Sie ihn an oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file: choose a file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei: Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket), not a database.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket) und damit keine Datenbank.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist.</source>
        <translation>%1 ist ein Link auf %2, das nicht existiert.</translation>
    </message>
    <message>
        <source>the database %1 does not exist.</source>
        <translation>die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>cannot create %1: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a NineTouch database.</source>
        <translation>%1 ist eine leere Datei, keine NineTouch-Datenbank.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>%1 kann nicht gelesen werden: Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is read-only: make it writable (chmod u+w) or copy it somewhere writable.</source>
        <translation>%1 ist schreibgeschützt: Machen Sie die Datei beschreibbar (chmod u+w) oder kopieren Sie sie an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>the folder of %1 is read-only; the database needs to write its journal next to the file.</source>
        <translation>der Ordner von %1 ist schreibgeschützt; die Datenbank muss ihr Journal neben die Datei schreiben.</translation>
    </message>
    <message>
        <source>cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot open %1 to check it.</source>
        <translation>%1 kann zur Prüfung nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file name for the backup.</source>
        <translation>%1 existiert bereits: Wählen Sie einen neuen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The backup to %1 failed; nothing was left there.</source>
        <translation>Die Sicherung nach %1 ist fehlgeschlagen; dort wurde nichts hinterlassen.</translation>
    </message>
    <message>
        <source>%1 is locked by another program: try again in a moment.</source>
        <translation>%1 ist von einem anderen Programm gesperrt: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is read-only: make it writable.</source>
        <translation>%1 ist schreibgeschützt: Machen Sie die Datei beschreibbar.</translation>
    </message>
    <message>
        <source>%1: the database refused the change.</source>
        <translation>%1: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a NineTouch database. Nothing was changed; check that this is the right file.</source>
        <translation>%1 ist keine NineTouch-Datenbank. Es wurde nichts geändert; prüfen Sie, ob dies die richtige Datei ist.</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1: the change could not be recorded.</source>
        <translation>%1: Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1: the change could not be taken back.</source>
        <translation>%1: Die Änderung konnte nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>%1 was moved or deleted while NineTouch had it open: nothing more is saved there. Close NineTouch and open the file where it is now.</source>
        <translation>%1 wurde verschoben oder gelöscht, während NineTouch die Datei geöffnet hatte: Dort wird nichts mehr gespeichert. Schließen Sie NineTouch und öffnen Sie die Datei an ihrem neuen Ort.</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while NineTouch had it open: nothing more is saved. Close NineTouch and open it again.</source>
        <translation>%1 wurde durch eine andere Datei ersetzt, während NineTouch sie geöffnet hatte: Es wird nichts mehr gespeichert. Schließen Sie NineTouch und öffnen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 is the database itself or one of its journal files: choose a new file name for the backup.</source>
        <translation>%1 ist die Datenbank selbst oder eine ihrer Journaldateien: Wählen Sie einen neuen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
        <source>the timeline entry of %1</source>
        <translation>der Eintrag der Zeitleiste vom %1</translation>
    </message>
    <message>
        <source>the timeline entry “%1” of %2</source>
        <translation>der Eintrag „%1“ der Zeitleiste vom %2</translation>
    </message>
    <message>
        <source>the meeting of %1</source>
        <translation>der Termin vom %1</translation>
    </message>
    <message>
        <source>the task due %1</source>
        <translation>die Aufgabe, fällig am %1</translation>
    </message>
    <message>
        <source>the deal “%1”</source>
        <translation>der Deal „%1“</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>der Kontakt %1</translation>
    </message>
    <message>
        <source>It would delete %1, and %2 was written to it elsewhere in the meantime.</source>
        <translation>Es würde %1 löschen, und %2 wurde inzwischen anderswo dazu geschrieben.</translation>
    </message>
    <message>
        <source>It would bring back %1, but %2 it belongs to was deleted elsewhere in the meantime.</source>
        <translation>Es würde %1 zurückholen, aber %2, zu dem es gehört, wurde inzwischen anderswo gelöscht.</translation>
    </message>
    <message>
        <source>%1: the cadence summary of deal %2 cannot be read.</source>
        <translation>%1: Die Kadenz-Zusammenfassung von Deal %2 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>this NineTouch cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed. On Debian it comes with the packages NineTouch recommends.</source>
        <translation>dieses NineTouch erreicht keine PostgreSQL-Server: Qts PostgreSQL-Treiber ist nicht installiert. Unter Debian kommt er mit den Paketen, die NineTouch empfiehlt.</translation>
    </message>
    <message>
        <source>%1 does not exist, or the login does not. Ask the server&apos;s administrator to create it (createdb).</source>
        <translation>%1 gibt es nicht, oder die Anmeldung nicht. Bitten Sie die Administration des Servers, sie anzulegen (createdb).</translation>
    </message>
    <message>
        <source>cannot connect to %1. Check the address and that the server is running.</source>
        <translation>keine Verbindung zu %1. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>%1 is on PostgreSQL %2; NineTouch needs version 15 or newer.</source>
        <translation>%1 liegt auf PostgreSQL %2; NineTouch braucht Version 15 oder neuer.</translation>
    </message>
    <message>
        <source>%1 holds no NineTouch pipeline yet.</source>
        <translation>%1 enthält noch keine NineTouch-Pipeline.</translation>
    </message>
    <message>
        <source>%1 is on a server: it is backed up there, with pg_dump. Ask the server&apos;s administrator.</source>
        <translation>%1 liegt auf einem Server und wird dort gesichert, mit pg_dump. Fragen Sie die Administration des Servers.</translation>
    </message>
    <message>
        <source>%1 is busy with another writer: try again in a moment.</source>
        <translation>%1 wird gerade von einem anderen Programm beschrieben: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 does not let this login change it: ask the server&apos;s administrator.</source>
        <translation>%1 lässt diese Anmeldung nichts ändern: Fragen Sie die Administration des Servers.</translation>
    </message>
    <message>
        <source>%1: the change could not be read.</source>
        <translation>%1: Die Änderung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the server refused the password of %1 for %2 from PGPASSWORD or ~/.pgpass.</source>
        <translation>der Server hat das Passwort von %1 für %2 aus PGPASSWORD oder ~/.pgpass abgelehnt.</translation>
    </message>
    <message>
        <source>the server refused the password typed for %1 on %2.</source>
        <translation>der Server hat das für %1 auf %2 eingegebene Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>the server refused the password of %1 for %2 kept in the keyring: it may have been changed. Enter the new one.</source>
        <translation>der Server hat das im Schlüsselbund gespeicherte Passwort von %1 für %2 abgelehnt: Vielleicht wurde es geändert. Geben Sie das neue ein.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: nothing was saved or read since. NineTouch connects again by itself when the server is back.</source>
        <translation>Die Verbindung zu %1 ist abgerissen: Seitdem wurde nichts gespeichert oder gelesen. NineTouch verbindet sich von selbst wieder, sobald der Server zurück ist.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while saving: the change may or may not be saved. NineTouch connects again by itself when the server is back: look before doing it again.</source>
        <translation>Die Verbindung zu %1 ist beim Speichern abgerissen: Die Änderung ist vielleicht gespeichert, vielleicht nicht. NineTouch verbindet sich von selbst wieder, sobald der Server zurück ist: Sehen Sie nach, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <source>the server asks for the password of %1 for %2, and NineTouch has none: not in PGPASSWORD or ~/.pgpass, nor in a keyring that answers. Open the pipeline once in the app to keep it in the keyring, or put it in ~/.pgpass.</source>
        <translation>der Server verlangt das Passwort von %1 für %2, und NineTouch hat keines: weder in PGPASSWORD oder ~/.pgpass noch in einem Schlüsselbund, der antwortet. Öffnen Sie die Pipeline einmal in der App, um es im Schlüsselbund zu speichern, oder tragen Sie es in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>The connection to %1 is lost: this change was not saved. NineTouch connects again by itself when the server is back.</source>
        <translation>Die Verbindung zu %1 ist abgerissen: Diese Änderung wurde nicht gespeichert. NineTouch verbindet sich von selbst wieder, sobald der Server zurück ist.</translation>
    </message>
    <message>
        <source>%1: this login is not among the database&apos;s reps.</source>
        <translation>%1: Diese Anmeldung gehört zu keinem Vertriebler der Datenbank.</translation>
    </message>
</context>
<context>
    <name>DealImport</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>NineTouch deal id</source>
        <translation>NineTouch-Deal-ID</translation>
    </message>
    <message>
        <source>The CRM&apos;s deal id</source>
        <translation>Deal-ID im CRM</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Deal-Titel</translation>
    </message>
    <message>
        <source>Topic for the prospect</source>
        <translation>Thema für den Interessenten</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Name des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact&apos;s first name</source>
        <translation>Vorname des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation>Nachname des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>E-Mail des Ansprechpartners</translation>
    </message>
    <message>
        <source>Direct phone</source>
        <translation>Telefon (Durchwahl)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Reception phone</source>
        <translation>Telefon (Zentrale)</translation>
    </message>
    <message>
        <source>Contact&apos;s time zone</source>
        <translation>Zeitzone des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact&apos;s language</source>
        <translation>Sprache des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact&apos;s region</source>
        <translation>Region des Ansprechpartners</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>Value summary</source>
        <translation>Nutzenversprechen</translation>
    </message>
    <message>
        <source>Follow-up cost</source>
        <translation>Nachfassaufwand</translation>
    </message>
    <message>
        <source>Decision material delivered</source>
        <translation>Entscheidungsunterlagen geliefert</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Note on the timeline</source>
        <translation>Notiz im Verlauf</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The file is not valid CSV: %1.</source>
        <translation>Die Datei ist keine gültige CSV-Datei: %1.</translation>
    </message>
    <message>
        <source>The file is empty: its first row must name the columns.</source>
        <translation>Die Datei ist leer: Ihre erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <source>The first row names no columns.</source>
        <translation>Die erste Zeile benennt keine Spalten.</translation>
    </message>
    <message>
        <source>The file has %1 columns; at most %2 are read. Is it a deals export?</source>
        <translation>Die Datei hat %1 Spalten; höchstens %2 werden gelesen. Ist es ein Deal-Export?</translation>
    </message>
    <message>
        <source>The whole first row is one column (&quot;%1&quot;): the file separates its fields with a character other than the one tried (%2).</source>
        <translation>Die ganze erste Zeile ist eine einzige Spalte („%1“): Die Datei trennt ihre Felder mit einem anderen Zeichen als dem versuchten (%2).</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>The file has a single column (&quot;%1&quot;); a deals export has several.</source>
        <translation>Die Datei hat nur eine Spalte („%1“); ein Deal-Export hat mehrere.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice (columns %2 and %3); rename one in the file.</source>
        <translation>Die Spalte „%1“ kommt zweimal vor (Spalten %2 und %3); benennen Sie eine davon in der Datei um.</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields but the header names %3: check its quotes and separators (the file is read with %4).</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile benennt aber %3: Prüfen Sie Anführungs- und Trennzeichen (die Datei wird mit %4 als Trennzeichen gelesen).</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mapping; write COLUMN=FIELD, e.g. &quot;Deal - Owner email=email&quot;.</source>
        <translation>&apos;%1&apos; ist keine Zuordnung; schreiben Sie COLUMN=FIELD, z. B. &quot;Deal - Owner email=email&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field; the fields are %2.</source>
        <translation>&apos;%1&apos; ist kein Feld; die Felder sind: %2.</translation>
    </message>
    <message>
        <source>There is no column %1; the file has %2.</source>
        <translation>Es gibt keine Spalte %1; die Datei hat %2 Spalten.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;; the columns are %2.</source>
        <translation>Es gibt keine Spalte „%1“; die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>No column holds the deals&apos; titles; map one, e.g. &quot;Deal name=title&quot;.</source>
        <translation>Keine Spalte enthält die Deal-Titel; ordnen Sie eine zu, z. B. &quot;Deal name=title&quot;.</translation>
    </message>
    <message>
        <source>No column holds the contacts&apos; email addresses; map one, e.g. &quot;Person email=email&quot;.</source>
        <translation>Keine Spalte enthält die E-Mail-Adressen der Ansprechpartner; ordnen Sie eine zu, z. B. &quot;Person email=email&quot;.</translation>
    </message>
    <message>
        <source>There are no stages: add one first.</source>
        <translation>Es gibt keine Phasen: Legen Sie zuerst eine an.</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>kein Titel</translation>
    </message>
    <message>
        <source>no email address for the contact</source>
        <translation>keine E-Mail-Adresse für den Ansprechpartner</translation>
    </message>
    <message>
        <source>no contact person</source>
        <translation>kein Ansprechpartner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (read with &apos;%2&apos; as the decimal mark).</source>
        <translation>&apos;%1&apos; ist kein Betrag (gelesen mit &apos;%2&apos; als Dezimaltrennzeichen).</translation>
    </message>
    <message>
        <source>deleted in the CRM</source>
        <translation>im CRM gelöscht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; open, won and lost (or Closed Won, Closed Lost) are.</source>
        <translation>&apos;%1&apos; ist kein Status; gültig sind open, won und lost (oder Closed Won, Closed Lost).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not low or high.</source>
        <translation>&apos;%1&apos; ist weder low noch high.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no.</source>
        <translation>&apos;%1&apos; ist weder yes noch no.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the past (like 2026-04-30, 4/30/2026 or 30.04.2026).</source>
        <translation>&apos;%1&apos; ist kein Datum in der Vergangenheit (etwa 2026-04-30, 4/30/2026 oder 30.04.2026).</translation>
    </message>
    <message>
        <source>its id</source>
        <translation>die ID</translation>
    </message>
    <message>
        <source>its CRM id</source>
        <translation>die CRM-ID</translation>
    </message>
    <message>
        <source>its title and contact email</source>
        <translation>Titel und E-Mail des Ansprechpartners</translation>
    </message>
    <message>
        <source>the same deal as row %1</source>
        <translation>derselbe Deal wie Zeile %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Imported from a CSV file.</source>
        <translation>Aus einer CSV-Datei importiert.</translation>
    </message>
    <message>
        <source>Imported from a %1 export.</source>
        <translation>Aus einem %1-Export importiert.</translation>
    </message>
    <message>
        <source>Its id there: %1.</source>
        <translation>ID dort: %1.</translation>
    </message>
    <message>
        <source>its status stays %1 (the file says %2): change it in the app</source>
        <translation>der Status bleibt %1 (laut Datei %2): Ändern Sie ihn in der App</translation>
    </message>
    <message>
        <source>already here, unchanged (found by %1)</source>
        <translation>bereits vorhanden, unverändert (gefunden über %1)</translation>
    </message>
    <message>
        <source>already here (found by %1); %2</source>
        <translation>bereits vorhanden (gefunden über %1); %2</translation>
    </message>
    <message>
        <source>found by %1; changed: %2</source>
        <translation>gefunden über %1; geändert: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Es wurde nichts importiert:
%1</translation>
    </message>
    <message>
        <source>Read as %1: the file is not UTF-8. Check the names with accents.</source>
        <translation>Als %1 gelesen: Die Datei ist nicht UTF-8-kodiert. Prüfen Sie Namen mit Umlauten und Akzenten.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) at the end (a report footer) left out.</source>
        <translation>
            <numerusform>%n Zeile am Ende (eine Berichtsfußzeile) ausgelassen.</numerusform>
            <numerusform>%n Zeilen am Ende (eine Berichtsfußzeile) ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) without an organization: the domain of the contact&apos;s email is used.</source>
        <translation>
            <numerusform>%n Deal ohne Firma: Die Domain der E-Mail-Adresse des Ansprechpartners wird verwendet.</numerusform>
            <numerusform>%n Deals ohne Firma: Die Domain der E-Mail-Adresse des Ansprechpartners wird verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1: %2 kept for %3</source>
        <translation>Zeile %1: %2 für %3 beibehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) give other contact details for an email address that already has a contact; one contact per address, its first details kept (%1).</source>
        <translation>
            <numerusform>%n Zeile nennt andere Kontaktdaten für eine E-Mail-Adresse, die schon einen Kontakt hat; ein Kontakt pro Adresse, seine ersten Angaben bleiben (%1).</numerusform>
            <numerusform>%n Zeilen nennen andere Kontaktdaten für eine E-Mail-Adresse, die schon einen Kontakt hat; ein Kontakt pro Adresse, seine ersten Angaben bleiben (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) read %1, as chosen for this file.</source>
        <translation>
            <numerusform>%n neuer Ansprechpartner liest %1, wie für diese Datei gewählt.</numerusform>
            <numerusform>%n neue Ansprechpartner lesen %1, wie für diese Datei gewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) read German: their country (or their phone number&apos;s) speaks it.</source>
        <translation>
            <numerusform>%n neuer Ansprechpartner liest Deutsch: sein Land (oder das seiner Telefonnummer) spricht es.</numerusform>
            <numerusform>%n neue Ansprechpartner lesen Deutsch: ihr Land (oder das ihrer Telefonnummer) spricht es.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) read German: the file&apos;s column names are German.</source>
        <translation>
            <numerusform>%n neuer Ansprechpartner liest Deutsch: die Spaltennamen der Datei sind deutsch.</numerusform>
            <numerusform>%n neue Ansprechpartner lesen Deutsch: die Spaltennamen der Datei sind deutsch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) read English: the file gives no language or German-speaking country for them.</source>
        <translation>
            <numerusform>%n neuer Ansprechpartner liest Englisch: die Datei nennt für ihn keine Sprache und kein deutschsprachiges Land.</numerusform>
            <numerusform>%n neue Ansprechpartner lesen Englisch: die Datei nennt für sie keine Sprache und kein deutschsprachiges Land.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) in %1, as chosen for this file.</source>
        <translation>
            <numerusform>%n neuer Ansprechpartner in %1, wie für diese Datei gewählt.</numerusform>
            <numerusform>%n neue Ansprechpartner in %1, wie für diese Datei gewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) placed in a time zone by their country.</source>
        <translation>
            <numerusform>%n neuer Ansprechpartner nach seinem Land einer Zeitzone zugeordnet.</numerusform>
            <numerusform>%n neue Ansprechpartner nach ihrem Land einer Zeitzone zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) placed in a time zone by the country of their phone number.</source>
        <translation>
            <numerusform>%n neuer Ansprechpartner nach dem Land seiner Telefonnummer einer Zeitzone zugeordnet.</numerusform>
            <numerusform>%n neue Ansprechpartner nach dem Land ihrer Telefonnummer einer Zeitzone zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) in your own time zone (%1): the file gives no zone, country or phone number that says another.</source>
        <translation>
            <numerusform>%n neuer Ansprechpartner in Ihrer eigenen Zeitzone (%1): die Datei nennt keine Zone, kein Land und keine Telefonnummer, die eine andere angibt.</numerusform>
            <numerusform>%n neue Ansprechpartner in Ihrer eigenen Zeitzone (%1): die Datei nennt keine Zone, kein Land und keine Telefonnummer, die eine andere angibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language NineTouch writes; use en or de.</source>
        <translation>„%1“ ist keine Sprache, in der NineTouch schreibt; verwenden Sie en oder de.</translation>
    </message>
    <message>
        <source>Contact&apos;s salutation (Frau, Herr, Ms)</source>
        <translation>Anrede des Ansprechpartners (Frau, Herr, Ms)</translation>
    </message>
    <message>
        <source>How the contact is addressed (formal, du)</source>
        <translation>Anredeform des Ansprechpartners (formal, du)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a way to address a contact; use usual, formal, first-name or du.</source>
        <translation>„%1“ ist keine Anredeform; verwenden Sie usual, formal, first-name oder du.</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) read English: their country does not speak German.</source>
        <translation>
            <numerusform>%n neuer Ansprechpartner liest Englisch: sein Land spricht kein Deutsch.</numerusform>
            <numerusform>%n neue Ansprechpartner lesen Englisch: ihr Land spricht kein Deutsch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) in your own time zone (%1) for now: their country has several; set each one&apos;s zone in the deal.</source>
        <translation>
            <numerusform>%n neuer Ansprechpartner vorerst in Ihrer eigenen Zeitzone (%1): sein Land hat mehrere; legen Sie seine Zone im Deal fest.</numerusform>
            <numerusform>%n neue Ansprechpartner vorerst in Ihrer eigenen Zeitzone (%1): ihr Land hat mehrere; legen Sie die Zone jeweils im Deal fest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftBuilder</name>
    <message>
        <source>There is no re-engage task open for this deal.</source>
        <translation>Für diesen Deal ist keine Wiederaufnahme-Aufgabe offen.</translation>
    </message>
    <message>
        <source>A re-engage email is for a lost deal, months after it was lost.</source>
        <translation>Eine Wiederaufnahme-E-Mail ist für einen verlorenen Deal gedacht, Monate nach dem Verlust.</translation>
    </message>
    <message>
        <source>The deal is won: there is nothing to chase.</source>
        <translation>Der Deal ist gewonnen: Es gibt nichts nachzufassen.</translation>
    </message>
    <message>
        <source>The deal is lost: reopen it first.</source>
        <translation>Der Deal ist verloren: Öffnen Sie ihn zuerst wieder.</translation>
    </message>
    <message>
        <source>There is no meeting to recap: set the next meeting first.</source>
        <translation>Es gibt keinen Termin für eine Zusammenfassung: Vereinbaren Sie zuerst den nächsten Termin.</translation>
    </message>
    <message>
        <source>The recap for this meeting was sent on %1.</source>
        <translation>Die Zusammenfassung für diesen Termin wurde am %1 gesendet.</translation>
    </message>
    <message>
        <source>The meeting has started: a recap is no longer useful.</source>
        <translation>Der Termin hat begonnen: Eine Zusammenfassung ist nicht mehr sinnvoll.</translation>
    </message>
    <message>
        <source>This meeting was proposed in the missed-call email, which already stated it.</source>
        <translation>Dieser Termin wurde bereits in der E-Mail zum verpassten Anruf vorgeschlagen und genannt.</translation>
    </message>
    <message>
        <source>There is no meeting to remind of: set the next meeting first.</source>
        <translation>Es gibt keinen Termin, an den erinnert werden kann: Vereinbaren Sie zuerst den nächsten Termin.</translation>
    </message>
    <message>
        <source>The reminder for this meeting was sent on %1.</source>
        <translation>Die Erinnerung für diesen Termin wurde am %1 gesendet.</translation>
    </message>
    <message>
        <source>The meeting has started: a reminder is no longer useful.</source>
        <translation>Der Termin hat begonnen: Eine Erinnerung ist nicht mehr sinnvoll.</translation>
    </message>
    <message>
        <source>The meeting is too close for a reminder: call at the agreed time.</source>
        <translation>Der Termin ist zu nah für eine Erinnerung: Rufen Sie zur vereinbarten Zeit an.</translation>
    </message>
    <message>
        <source>No call was missed since the last missed-call email (%1).</source>
        <translation>Seit der letzten E-Mail zum verpassten Anruf (%1) wurde kein Anruf verpasst.</translation>
    </message>
    <message>
        <source>The call is still ahead (%1): a missed-call email is for a call that was missed.</source>
        <translation>Der Anruf steht noch bevor (%1): Eine E-Mail zum verpassten Anruf ist für einen Anruf gedacht, der verpasst wurde.</translation>
    </message>
    <message>
        <source>No call was missed since the last missed-call email.</source>
        <translation>Seit der letzten E-Mail zum verpassten Anruf wurde kein Anruf verpasst.</translation>
    </message>
    <message>
        <source>The break-up email was already sent; the prospect has until %1 to decide.</source>
        <translation>Die Break-up-E-Mail wurde bereits gesendet; der Interessent hat bis %1 Zeit für seine Entscheidung.</translation>
    </message>
    <message>
        <source>No pursuit is running (the prospect answered, or no meeting was set since): a break-up email is only for a prospect who has not answered.</source>
        <translation>Es läuft kein Nachfassen (der Interessent hat geantwortet, oder seitdem wurde kein Termin vereinbart): Eine Break-up-E-Mail ist nur für Interessenten gedacht, die nicht geantwortet haben.</translation>
    </message>
    <message>
        <source>Nothing to send now. %1</source>
        <translation>Derzeit ist nichts zu senden. %1</translation>
    </message>
    <message>
        <source>Your email address is not set: add it in the settings.</source>
        <translation>Ihre E-Mail-Adresse ist nicht festgelegt: Tragen Sie sie in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The value summary does not read as %1, the language %2 reads.</source>
        <translation>Das Nutzenversprechen scheint nicht auf %1 verfasst zu sein, der Sprache von %2.</translation>
    </message>
    <message>
        <source>The agenda does not read as %1, the language %2 reads.</source>
        <translation>Die Agenda scheint nicht auf %1 verfasst zu sein, der Sprache von %2.</translation>
    </message>
    <message>
        <source>The text does not read as %1, the language %2 reads.</source>
        <translation>Der Text scheint nicht auf %1 verfasst zu sein, der Sprache von %2.</translation>
    </message>
    <message>
        <source>Your name is not set: add it, with your signature, in the settings.</source>
        <translation>Ihr Name ist nicht festgelegt: Tragen Sie ihn zusammen mit Ihrer Signatur in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The deal has no value summary: add what the prospect gains.</source>
        <translation>Der Deal hat kein Nutzenversprechen: Tragen Sie ein, was der Interessent gewinnt.</translation>
    </message>
    <message>
        <source>This step of the rule has no email: there are emails for the recap, the reminder, the missed call, the break-up and re-engaging.</source>
        <translation>Für diesen Schritt der Regel gibt es keine E-Mail: E-Mails gibt es für die Zusammenfassung, die Erinnerung, den verpassten Anruf, den Break-up und die Wiederaufnahme.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The subject is %1 characters long once filled in; keep it under %2.</source>
        <translation>Der ausgefüllte Betreff ist %1 Zeichen lang; bleiben Sie unter %2.</translation>
    </message>
    <message>
        <source>A break-up email restates the value: add the deal&apos;s value summary first.</source>
        <translation>Eine Break-up-E-Mail nennt den Nutzen noch einmal: Tragen Sie zuerst das Nutzenversprechen des Deals ein.</translation>
    </message>
    <message>
        <source>A break-up email restates the value: put {{deal.value_summary}} in it.</source>
        <translation>Eine Break-up-E-Mail nennt den Nutzen noch einmal: Fügen Sie {{deal.value_summary}} ein.</translation>
    </message>
    <message>
        <source>A break-up email asks for a decision by a deadline: put {{decision.deadline}} in it.</source>
        <translation>Eine Break-up-E-Mail bittet um eine Entscheidung bis zu einer Frist: Fügen Sie {{decision.deadline}} ein.</translation>
    </message>
    <message>
        <source>The email needs a subject.</source>
        <translation>Die E-Mail braucht einen Betreff.</translation>
    </message>
    <message>
        <source>The email has no text yet.</source>
        <translation>Die E-Mail hat noch keinen Text.</translation>
    </message>
    <message>
        <source>Deal %1 has no meeting scheduled: set one first.</source>
        <translation>Für Deal %1 ist kein Termin geplant: Vereinbaren Sie zuerst einen.</translation>
    </message>
    <message>
        <source>Deal %1 has no meeting to cancel.</source>
        <translation>Deal %1 hat keinen Termin, der abgesagt werden kann.</translation>
    </message>
    <message>
        <source>invite subject</source>
        <translation>Betreff der Einladung</translation>
    </message>
    <message>
        <source>invite text</source>
        <translation>Text der Einladung</translation>
    </message>
    <message>
        <source>%1 bounced (%2): correct the contact&apos;s address.</source>
        <translation>%1 kam als unzustellbar zurück (%2): Korrigieren Sie die Adresse des Kontakts.</translation>
    </message>
    <message>
        <source>The invite&apos;s title must be one line.</source>
        <translation>Der Titel der Einladung muss eine Zeile sein.</translation>
    </message>
    <message>
        <source>The invite cannot go out: %1</source>
        <translation>Die Einladung kann nicht hinausgehen: %1</translation>
    </message>
    <message>
        <source>The prospect has not missed a call since they last answered: a break-up email says you tried to reach them. Call at the agreed time first.</source>
        <translation>Der Interessent hat seit seiner letzten Antwort keinen Anruf verpasst: Eine Break-up-E-Mail sagt, dass Sie ihn zu erreichen versucht haben. Rufen Sie zuerst zur vereinbarten Zeit an.</translation>
    </message>
    <message>
        <source>The deal has no topic, so the prospect reads its title, &quot;%1&quot;: add a topic in the words %2 uses.</source>
        <translation>Der Deal hat kein Thema, also liest der Interessent seinen Titel „%1“: Fügen Sie ein Thema in den Worten hinzu, die %2 verwendet.</translation>
    </message>
    <message>
        <source>The calendar invite has not gone out yet: this email carries it. Send it, or save the .ics and attach it to an email of your own.</source>
        <translation>Die Kalendereinladung ist noch nicht verschickt: Diese E-Mail enthält sie. Senden Sie sie, oder speichern Sie die .ics-Datei und hängen Sie sie an eine eigene E-Mail an.</translation>
    </message>
    <message>
        <source>Not yet: this email is due on %1.</source>
        <translation>Noch nicht: Diese E-Mail ist am %1 fällig.</translation>
    </message>
    <message>
        <source>The next meeting has no agenda: add what you will cover.</source>
        <translation>Der nächste Termin hat keine Agenda: Tragen Sie ein, worum es gehen wird.</translation>
    </message>
    <message>
        <source>The deal has no organization: add the prospect&apos;s company.</source>
        <translation>Der Deal hat keine Organisation: Tragen Sie das Unternehmen des Interessenten ein.</translation>
    </message>
    <message>
        <source>The contact has no name: add it.</source>
        <translation>Der Kontakt hat keinen Namen: Tragen Sie ihn ein.</translation>
    </message>
    <message>
        <source>The contact has no email address: add it.</source>
        <translation>Der Kontakt hat keine E-Mail-Adresse: Tragen Sie sie ein.</translation>
    </message>
    <message>
        <source>The salutation &quot;%1&quot; is not %2: the greeting reads &quot;%3&quot;.</source>
        <translation>Die Anrede „%1“ ist nicht %2: die Begrüßung lautet „%3“.</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Recap sent</source>
        <translation>Zusammenfassung gesendet</translation>
    </message>
    <message>
        <source>Invite sent</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Erinnerung gesendet</translation>
    </message>
    <message>
        <source>Missed-call email sent</source>
        <translation>E-Mail zum verpassten Anruf gesendet</translation>
    </message>
    <message>
        <source>Break-up email sent</source>
        <translation>Break-up-E-Mail gesendet</translation>
    </message>
    <message>
        <source>Re-engage email sent</source>
        <translation>Wiederaufnahme-E-Mail gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Add the stage %1</source>
        <translation>Phase %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename the stage to %1</source>
        <translation>Phase in %1 umbenennen</translation>
    </message>
    <message>
        <source>Reorder the stages</source>
        <translation>Phasen neu anordnen</translation>
    </message>
    <message>
        <source>Remove the stage %1</source>
        <translation>Phase %1 entfernen</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic for the prospect</source>
        <translation>Thema für den Interessenten</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Direct phone</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Zentrale</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Value summary</source>
        <translation>Nutzenversprechen</translation>
    </message>
    <message>
        <source>Follow-up cost</source>
        <translation>Nachfassaufwand</translation>
    </message>
    <message>
        <source>Decision material delivered</source>
        <translation>Entscheidungsunterlagen geliefert</translation>
    </message>
    <message>
        <source>Cycles before break-up</source>
        <translation>Zyklen vor dem Break-up</translation>
    </message>
    <message>
        <source>Reminder days</source>
        <translation>Erinnerung (Tage vorher)</translation>
    </message>
    <message>
        <source>Deadline days</source>
        <translation>Frist (Tage)</translation>
    </message>
    <message>
        <source>Re-engage after days</source>
        <translation>Wiederaufnahme nach Tagen</translation>
    </message>
    <message>
        <source>Next slot after days</source>
        <translation>Nächster Termin nach Tagen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Numbers tried</source>
        <translation>Versuchte Nummern</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Ihre Zeitzone</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Reminder, business days before</source>
        <translation>Erinnerung, Werktage vorher</translation>
    </message>
    <message>
        <source>Decision deadline, business days</source>
        <translation>Entscheidungsfrist, Werktage</translation>
    </message>
    <message>
        <source>Re-engage after, days</source>
        <translation>Wiederaufnahme nach, Tage</translation>
    </message>
    <message>
        <source>Next slot after, business days</source>
        <translation>Nächster Termin nach, Werktage</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Posteingangsserver (IMAP)</translation>
    </message>
    <message>
        <source>Mail user name</source>
        <translation>Benutzername für E-Mail</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>Anredeform</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Server-Passwort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>Deal %1 was not written in this history.</source>
        <translation>Deal %1 wurde nicht in diesem Verlauf geschrieben.</translation>
    </message>
    <message>
        <source>a deal needs a stage.</source>
        <translation>ein Deal braucht eine Phase.</translation>
    </message>
    <message>
        <source>Meeting %1 was not written in this history.</source>
        <translation>Termin %1 wurde nicht in diesem Verlauf geschrieben.</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>%1 %2 does not exist in %3 (the clocks skip it when summer time starts); choose another time.</source>
        <translation>%1 %2 gibt es in %3 nicht (die Uhren überspringen diese Zeit bei Beginn der Sommerzeit); wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <source>The meeting has no valid start time.</source>
        <translation>Der Termin hat keine gültige Startzeit.</translation>
    </message>
    <message>
        <source>The meeting has no calendar UID.</source>
        <translation>Der Termin hat keine Kalender-UID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address: set yours in the settings.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Legen Sie Ihre in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address (like name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (z. B. name@example.com).</translation>
    </message>
    <message>
        <source>The meeting&apos;s length must be positive.</source>
        <translation>Die Dauer des Termins muss größer als null sein.</translation>
    </message>
    <message>
        <source>The invite has no title: give the invite template a subject.</source>
        <translation>Die Einladung hat keinen Titel: Geben Sie der Einladungsvorlage einen Betreff.</translation>
    </message>
    <message>
        <source>The invite&apos;s title is %1 characters long; keep it under 250.</source>
        <translation>Der Titel der Einladung ist %1 Zeichen lang; bleiben Sie unter 250.</translation>
    </message>
    <message>
        <source>The meeting&apos;s date is out of range (%1 to %2).</source>
        <translation>Das Datum des Termins liegt außerhalb des gültigen Bereichs (%1 bis %2).</translation>
    </message>
    <message>
        <source>The invite could not be written (%1).</source>
        <translation>Die Einladung konnte nicht geschrieben werden (%1).</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>NineTouch is already open on %1 (process %2). Switch to that window, or close it first.</source>
        <translation>NineTouch ist bereits auf %1 geöffnet (Prozess %2). Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Cannot create the lock file next to %1: check that its folder is writable.</source>
        <translation>Die Sperrdatei neben %1 kann nicht angelegt werden: Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>  Organization: %1
  Contact: %2 &lt;%3&gt;  %4
</source>
        <translation>  Firma: %1
  Ansprechpartner: %2 &lt;%3&gt;  %4
</translation>
    </message>
    <message>
        <source>  Stage: %1   Status: %2   Value: %3
</source>
        <translation>  Phase: %1   Status: %2   Wert: %3
</translation>
    </message>
    <message>
        <source>  Value summary: %1
</source>
        <translation>  Nutzenversprechen: %1
</translation>
    </message>
    <message>
        <source>  Cadence: %1, cycle %2/%3, touch %4/%5
</source>
        <translation>  Rhythmus: %1, Zyklus %2/%3, Kontaktpunkt %4/%5
</translation>
    </message>
    <message>
        <source>  Recommendation: %1
</source>
        <translation>  Empfehlung: %1
</translation>
    </message>
    <message>
        <source>  Next meeting: %1 (%2 min, %3) %4
</source>
        <translation>  Nächster Termin: %1 (%2 Min., %3) %4
</translation>
    </message>
    <message>
        <source>  Due: %1 at %2%3
</source>
        <translation>  Fällig: %1 um %2%3
</translation>
    </message>
    <message>
        <source>  Timeline:
</source>
        <translation>  Verlauf:
</translation>
    </message>
    <message>
        <source>Honest pipeline: %1 open deals
</source>
        <translation>Ehrliche Pipeline: %1 offene Deals
</translation>
    </message>
    <message>
        <source>Stale (30+ days without a stage change, reply or meeting): %1 deals
</source>
        <translation>Ohne Bewegung (30+ Tage ohne Phasenwechsel, Antwort oder Termin): %1 Deals
</translation>
    </message>
    <message>
        <source>  The address bounced: %1
</source>
        <translation>  Die Adresse ist unzustellbar: %1
</translation>
    </message>
    <message>
        <source>  (by %1)</source>
        <translation>  (von %1)</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirect</name>
    <message>
        <source>NineTouch could not open a port on this computer for the sign-in.</source>
        <translation>NineTouch konnte auf diesem Computer keinen Port für die Anmeldung öffnen.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in&apos;s port on this computer failed.</source>
        <translation>Der Port der Anmeldung auf diesem Computer ist ausgefallen.</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Nicht hier</translation>
    </message>
    <message>
        <source>This page belongs to a NineTouch sign-in.</source>
        <translation>Diese Seite gehört zu einer Anmeldung von NineTouch.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>NineTouch has the answer. You can close this page and return to NineTouch.</source>
        <translation>NineTouch hat die Antwort. Sie können diese Seite schließen und zu NineTouch zurückkehren.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to NineTouch to see why.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Kehren Sie zu NineTouch zurück, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>No answer came from the browser within %1 minutes. Sign in again.</source>
        <translation>Vom Browser kam binnen %1 Minuten keine Antwort. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>MailAccount</name>
    <message>
        <source>is not set: your emails need your address as their sender.</source>
        <translation>ist nicht gesetzt: Ihre E-Mails brauchen Ihre Adresse als Absender.</translation>
    </message>
    <message>
        <source>is not set: give your mail provider&apos;s outgoing server to send from NineTouch.</source>
        <translation>ist nicht gesetzt: Tragen Sie den Postausgangsserver Ihres Anbieters ein, um aus NineTouch zu senden.</translation>
    </message>
    <message>
        <source>is not set: give your mail provider&apos;s incoming server so NineTouch can see replies.</source>
        <translation>ist nicht gesetzt: Tragen Sie den Posteingangsserver Ihres Anbieters ein, damit NineTouch Antworten sieht.</translation>
    </message>
</context>
<context>
    <name>MailCredentials</name>
    <message>
        <source>No keyring answers on this computer (%1). Set the environment variable NINETOUCH_MAIL_PASSWORD instead.</source>
        <translation>Auf diesem Computer antwortet kein Schlüsselbund (%1). Setzen Sie stattdessen die Umgebungsvariable NINETOUCH_MAIL_PASSWORD.</translation>
    </message>
    <message>
        <source>No mail password is stored for %1: enter it in the settings (Mail).</source>
        <translation>Für %1 ist kein E-Mail-Passwort gespeichert: Geben Sie es in den Einstellungen ein (E-Mail).</translation>
    </message>
    <message>
        <source>The keyring did not give out the mail password for %1.</source>
        <translation>Der Schlüsselbund hat das E-Mail-Passwort für %1 nicht herausgegeben.</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>The email is not ready to send: %1</source>
        <translation>Die E-Mail ist nicht bereit zum Senden: %1</translation>
    </message>
    <message>
        <source>This step has no email to send.</source>
        <translation>Zu diesem Schritt gibt es keine E-Mail.</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>gesendet an %1</translation>
    </message>
    <message>
        <source>Email to %1: %2</source>
        <translation>E-Mail an %1: %2</translation>
    </message>
</context>
<context>
    <name>MailSync</name>
    <message>
        <source>accepted the invitation</source>
        <translation>hat die Einladung angenommen</translation>
    </message>
    <message>
        <source>tentatively accepted the invitation</source>
        <translation>hat die Einladung vorläufig angenommen</translation>
    </message>
    <message>
        <source>declined the invitation</source>
        <translation>hat die Einladung abgelehnt</translation>
    </message>
    <message>
        <source>answered the invitation (%1)</source>
        <translation>hat auf die Einladung geantwortet (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Automatic reply from %1: %2</source>
        <translation>Automatische Antwort von %1: %2</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Email from %1: %2</source>
        <translation>E-Mail von %1: %2</translation>
    </message>
    <message>
        <source>Automatic notice from %1: %2</source>
        <translation>Automatische Benachrichtigung von %1: %2</translation>
    </message>
</context>
<context>
    <name>MailTransport</name>
    <message>
        <source>The mail server %1 refused the user name or password. Check them in the settings (Mail).</source>
        <translation>Der Mailserver %1 hat Benutzername oder Passwort abgelehnt. Prüfen Sie beides in den Einstellungen (E-Mail).</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be found: check its name in the settings, and that this computer is online.</source>
        <translation>Der Mailserver %1 ist nicht zu finden: Prüfen Sie seinen Namen in den Einstellungen und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>The mail server %1 does not answer: check that this computer is online and the server&apos;s address and port.</source>
        <translation>Der Mailserver %1 antwortet nicht: Prüfen Sie, ob dieser Computer online ist, und die Adresse und den Port des Servers.</translation>
    </message>
    <message>
        <source>The mail server %1 offers no encryption (STARTTLS); NineTouch sends your password only encrypted. Use the server&apos;s TLS address (smtps:// or imaps://).</source>
        <translation>Der Mailserver %1 bietet keine Verschlüsselung (STARTTLS) an; NineTouch sendet Ihr Passwort nur verschlüsselt. Verwenden Sie die TLS-Adresse des Servers (smtps:// oder imaps://).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified.</source>
        <translation>Die sichere Verbindung zu %1 ist gescheitert: Sein Zertifikat ließ sich nicht prüfen.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient %1: check the address.</source>
        <translation>Der Mailserver hat den Empfänger %1 abgelehnt: Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The mail server refused your address as the sender: check your email address in the settings.</source>
        <translation>Der Mailserver hat Ihre Adresse als Absender abgelehnt: Prüfen Sie Ihre E-Mail-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The mail server %1 did not take the message: %2</source>
        <translation>Der Mailserver %1 hat die Nachricht nicht angenommen: %2</translation>
    </message>
    <message>
        <source>The mail server refused to read the inbox.</source>
        <translation>Der Mailserver hat das Lesen des Posteingangs verweigert.</translation>
    </message>
    <message>
        <source>The mail server sent more than NineTouch reads at once.</source>
        <translation>Der Mailserver hat mehr gesendet, als NineTouch auf einmal liest.</translation>
    </message>
    <message>
        <source>The mail server sent a line longer than NineTouch reads.</source>
        <translation>Der Mailserver hat eine Zeile gesendet, die länger ist, als NineTouch liest.</translation>
    </message>
    <message>
        <source>Stopped: NineTouch is closing.</source>
        <translation>Abgebrochen: NineTouch wird beendet.</translation>
    </message>
</context>
<context>
    <name>NineTouch</name>
    <message>
        <source>too long (%1 characters; at most %2).</source>
        <translation>zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>contains a control character (U+%1); remove it.</source>
        <translation>enthält ein Steuerzeichen (U+%1); entfernen Sie es.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address (like name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (z. B. name@example.com).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number; use digits, spaces and +()-./ (like +49 30 1234567).</source>
        <translation>„%1“ ist keine Telefonnummer; verwenden Sie Ziffern, Leerzeichen und +()-./ (z. B. +49 30 1234567).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code; use three letters like EUR or USD.</source>
        <translation>„%1“ ist kein Währungscode; verwenden Sie drei Buchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (ISO 4217, like EUR, USD or GBP).</source>
        <translation>„%1“ ist kein Währungscode (ISO 4217, z. B. EUR, USD oder GBP).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it like 2026-12-25.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es z. B. als 2026-12-25.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range: dates from %2 to %3 are accepted.</source>
        <translation>„%1“ liegt außerhalb des gültigen Bereichs: Daten von %2 bis %3 werden akzeptiert.</translation>
    </message>
    <message>
        <source>no time zone was given; use an IANA name like Europe/Berlin or America/New_York.</source>
        <translation>es wurde keine Zeitzone angegeben; verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone; use an IANA name like Europe/Berlin or America/New_York.</source>
        <translation>„%1“ ist keine bekannte Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code; use two letters like en or de.</source>
        <translation>„%1“ ist kein Sprachcode; verwenden Sie zwei Buchstaben wie en oder de.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code; use two letters like DE, AT or US.</source>
        <translation>„%1“ ist kein Ländercode; verwenden Sie zwei Buchstaben wie DE, AT oder US.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount; write it like 12000 or 12000.50.</source>
        <translation>„%1“ ist kein Betrag; schreiben Sie ihn z. B. als 12000 oder 12000.50.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large.</source>
        <translation>„%1“ ist zu groß.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>must be between %1 and %2; %3 was given.</source>
        <translation>muss zwischen %1 und %2 liegen; angegeben wurde %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time; write it like 2026-03-05T10:00 or 2026-03-05T10:00:00+01:00.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit; schreiben Sie es z. B. als 2026-03-05T10:00 oder 2026-03-05T10:00:00+01:00.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks skip it when summer time starts); choose another time.</source>
        <translation>%1 gibt es in %2 nicht (die Uhren überspringen diese Zeit bei Beginn der Sommerzeit); wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <source>the offset in &apos;%1&apos; is out of range.</source>
        <translation>der UTC-Versatz in „%1“ liegt außerhalb des gültigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>NineTouch::DayQueueModel</name>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NineTouch::Pipeline</name>
    <message>
        <source>There is no deal %1.</source>
        <translation>Es gibt keinen Deal %1.</translation>
    </message>
    <message>
        <source>Deal %1 is won: reopen it first.</source>
        <translation>Deal %1 ist gewonnen: Öffnen Sie ihn zuerst wieder.</translation>
    </message>
    <message>
        <source>Deal %1 is lost: reopen it first.</source>
        <translation>Deal %1 ist verloren: Öffnen Sie ihn zuerst wieder.</translation>
    </message>
    <message>
        <source>a deal needs a title.</source>
        <translation>ein Deal braucht einen Titel.</translation>
    </message>
    <message>
        <source>a deal needs an organization.</source>
        <translation>ein Deal braucht eine Firma.</translation>
    </message>
    <message>
        <source>a deal needs a contact.</source>
        <translation>ein Deal braucht einen Ansprechpartner.</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>There are no stages: add one first.</source>
        <translation>Es gibt keine Phasen: Legen Sie zuerst eine an.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>there is no stage &apos;%1&apos;.</source>
        <translation>es gibt keine Phase „%1“.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Changed elsewhere while you were editing it: choose which value to keep.</source>
        <translation>Wurde an anderer Stelle geändert, während Sie es bearbeitet haben: Wählen Sie, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <source>the meeting needs a valid start.</source>
        <translation>der Termin braucht einen gültigen Beginn.</translation>
    </message>
    <message>
        <source>the next meeting must be in the future; %1 has passed.</source>
        <translation>der nächste Termin muss in der Zukunft liegen; %1 ist bereits vorbei.</translation>
    </message>
    <message>
        <source>must be between 5 and 480; %1 was given.</source>
        <translation>muss zwischen 5 und 480 liegen; angegeben wurde %1.</translation>
    </message>
    <message>
        <source>Deal %1 has no meeting scheduled: set one first.</source>
        <translation>Für Deal %1 ist kein Termin geplant: Vereinbaren Sie zuerst einen.</translation>
    </message>
    <message>
        <source>Deal %1 has no meeting scheduled.</source>
        <translation>Für Deal %1 ist kein Termin geplant.</translation>
    </message>
    <message>
        <source>No free slot fits a %1-minute meeting in the working hours.</source>
        <translation>Innerhalb der Arbeitszeiten ist kein freier Zeitraum für einen Termin von %1 Minuten.</translation>
    </message>
    <message>
        <source>Deal %1 has no meeting scheduled: nothing can be missed.</source>
        <translation>Für Deal %1 ist kein Termin geplant: Es kann nichts verpasst werden.</translation>
    </message>
    <message>
        <source>The meeting starts at %1: it cannot be missed before it starts.</source>
        <translation>Der Termin beginnt am %1: Er kann nicht verpasst werden, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Meetings set, moved, held or cancelled, stage changes, won, lost and reopened are recorded by their own actions, not logged by hand.</source>
        <translation>Vereinbarte, verschobene, stattgefundene oder abgesagte Termine, Phasenwechsel sowie Gewinn, Verlust und Wiedereröffnung werden durch ihre eigenen Aktionen erfasst, nicht von Hand protokolliert.</translation>
    </message>
    <message>
        <source>a touch cannot be logged in the future (%1).</source>
        <translation>ein Kontaktpunkt kann nicht in der Zukunft erfasst werden (%1).</translation>
    </message>
    <message>
        <source>Deal %1 is won: only notes and replies can be logged; reopen it first.</source>
        <translation>Deal %1 ist gewonnen: Nur Notizen und Antworten können erfasst werden; öffnen Sie ihn zuerst wieder.</translation>
    </message>
    <message>
        <source>Deal %1 is lost: only notes and replies can be logged; reopen it first.</source>
        <translation>Deal %1 ist verloren: Nur Notizen und Antworten können erfasst werden; öffnen Sie ihn zuerst wieder.</translation>
    </message>
    <message>
        <source>No pursuit is running on deal %1 (the prospect answered or no meeting was set since): a break-up email is only for a prospect who has not answered in the whole pursuit.</source>
        <translation>Für Deal %1 läuft kein Nachfassen (der Interessent hat geantwortet, oder seitdem wurde kein Termin vereinbart): Eine Break-up-E-Mail ist nur für Interessenten gedacht, die während des gesamten Nachfassens nicht geantwortet haben.</translation>
    </message>
    <message>
        <source>The break-up email for deal %1 was already sent.</source>
        <translation>Die Break-up-E-Mail für Deal %1 wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>sent with the %1 email</source>
        <translation>mit der E-Mail „%1“ gesendet</translation>
    </message>
    <message>
        <source>a stage needs a name.</source>
        <translation>eine Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>there is a stage &apos;%1&apos; already; choose another name.</source>
        <translation>es gibt bereits eine Phase „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no stage %1.</source>
        <translation>Es gibt keine Phase %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the last stage: a pipeline needs at least one.</source>
        <translation>„%1“ ist die letzte Phase: Eine Pipeline braucht mindestens eine.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; still has %n deal(s) (won and lost ones count too): move them to another stage first.</source>
        <translation>
            <numerusform>„%1“ enthält noch %n Deal (gewonnene und verlorene zählen mit): Verschieben Sie ihn zuerst in eine andere Phase.</numerusform>
            <numerusform>„%1“ enthält noch %n Deals (gewonnene und verlorene zählen mit): Verschieben Sie sie zuerst in eine andere Phase.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal %1 is already won.</source>
        <translation>Deal %1 ist bereits gewonnen.</translation>
    </message>
    <message>
        <source>Deal %1 is lost: reopen it before marking it won.</source>
        <translation>Deal %1 ist verloren: Öffnen Sie ihn wieder, bevor Sie ihn als gewonnen markieren.</translation>
    </message>
    <message>
        <source>Deal %1 is already lost.</source>
        <translation>Deal %1 ist bereits verloren.</translation>
    </message>
    <message>
        <source>Deal %1 is won: reopen it before marking it lost.</source>
        <translation>Deal %1 ist gewonnen: Öffnen Sie ihn wieder, bevor Sie ihn als verloren markieren.</translation>
    </message>
    <message>
        <source>a reason is needed unless the break-up email was sent.</source>
        <translation>ein Grund ist erforderlich, sofern die Break-up-E-Mail nicht gesendet wurde.</translation>
    </message>
    <message>
        <source>Deal %1 is already open.</source>
        <translation>Deal %1 ist bereits offen.</translation>
    </message>
    <message>
        <source>The address %1 bounced: %2</source>
        <translation>Die Adresse %1 ist unzustellbar: %2</translation>
    </message>
    <message>
        <source>sent with an email</source>
        <translation>mit einer E-Mail gesendet</translation>
    </message>
    <message>
        <source>the day the prospect is back is not a date.</source>
        <translation>der Tag, an dem der Interessent zurück ist, ist kein Datum.</translation>
    </message>
    <message>
        <source>The call moves to %1.</source>
        <translation>Der Anruf wird auf %1 verschoben.</translation>
    </message>
    <message>
        <source>The decision deadline moves to %1.</source>
        <translation>Die Entscheidungsfrist wird auf %1 verschoben.</translation>
    </message>
    <message>
        <source>The break-up email waits until %1.</source>
        <translation>Die Break-up-E-Mail wartet bis %1.</translation>
    </message>
    <message>
        <source>%1 is out of the office, back on %2.</source>
        <translation>%1 ist abwesend, zurück am %2.</translation>
    </message>
    <message>
        <source>the prospect</source>
        <translation>den Interessenten</translation>
    </message>
    <message>
        <source>For you it is %1: not one of your working days.</source>
        <translation>Bei Ihnen ist es %1: keiner Ihrer Arbeitstage.</translation>
    </message>
    <message>
        <source>For you it is %1: outside your working hours (%2–%3).</source>
        <translation>Bei Ihnen ist es %1: außerhalb Ihrer Arbeitszeit (%2–%3).</translation>
    </message>
    <message>
        <source>For %1 it is %2 (%3 time): not a working day there.</source>
        <translation>Für %1 ist es %2 (Ortszeit %3): dort kein Arbeitstag.</translation>
    </message>
    <message>
        <source>For %1 it is %2 (%3 time): outside working hours there.</source>
        <translation>Für %1 ist es %2 (Ortszeit %3): dort außerhalb der Arbeitszeit.</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>Deal %1</translation>
    </message>
    <message>
        <source>It overlaps your meeting for %1 at %2.</source>
        <translation>Das überschneidet sich mit Ihrem Termin für %1 am %2.</translation>
    </message>
    <message>
        <source>du is for a contact who reads German; address an English reader formally or by the first name.</source>
        <translation>„du“ gibt es nur für Ansprechpartner, die Deutsch lesen; sprechen Sie englische Leser formell oder mit dem Vornamen an.</translation>
    </message>
    <message>
        <source>Deal %1 reads differently once copied, so nothing was copied: the cadence summaries of the source may be out of date.</source>
        <translation>Deal %1 liest sich nach dem Kopieren anders, also wurde nichts kopiert: Die Kadenz-Zusammenfassungen der Quelle sind vielleicht nicht aktuell.</translation>
    </message>
</context>
<context>
    <name>NineTouch::PipelineModel</name>
    <message>
        <source>Set meeting</source>
        <translation>Termin planen</translation>
    </message>
    <message>
        <source>Send recap</source>
        <translation>Zusammenfassung senden</translation>
    </message>
    <message>
        <source>Send invite</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Erinnerung senden</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Missed-call email</source>
        <translation>E-Mail zum verpassten Anruf</translation>
    </message>
    <message>
        <source>Break-up email</source>
        <translation>Break-up-E-Mail</translation>
    </message>
    <message>
        <source>Confirm lost</source>
        <translation>Verlust bestätigen</translation>
    </message>
    <message>
        <source>Re-engage</source>
        <translation>Wiederaufnahme</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Kein nächster Schritt</translation>
    </message>
    <message>
        <source>past the rule</source>
        <translation>Regel überschritten</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag verspätet</numerusform>
            <numerusform>%n Tage verspätet</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>Cycle %1/%2 · Touch %3/%4</source>
        <translation>Zyklus %1/%2 · Kontakt %3/%4</translation>
    </message>
    <message>
        <source>Won: nothing to chase</source>
        <translation>Gewonnen: nichts nachzufassen</translation>
    </message>
</context>
<context>
    <name>NineTouch::TimelineModel</name>
    <message>
        <source>Recap sent</source>
        <translation>Zusammenfassung gesendet</translation>
    </message>
    <message>
        <source>Invite sent</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Erinnerung gesendet</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Missed-call email sent</source>
        <translation>E-Mail zum verpassten Anruf gesendet</translation>
    </message>
    <message>
        <source>Break-up email sent</source>
        <translation>Break-up-E-Mail gesendet</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Antwort erhalten</translation>
    </message>
    <message>
        <source>Re-engage email sent</source>
        <translation>Wiederaufnahme-E-Mail gesendet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Meeting set</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Meeting moved</source>
        <translation>Termin verschoben</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Termin fand statt</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>Termin abgesagt</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Phase geändert</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Marked lost</source>
        <translation>Als verloren markiert</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>direct line</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>Zentrale</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>Call missed</source>
        <translation>Anruf verpasst</translation>
    </message>
    <message>
        <source>Next slot proposed</source>
        <translation>Nächster Termin vorgeschlagen</translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation>Versucht: %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>past the rule</source>
        <translation>Regel überschritten</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · von %2</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::BoardView</name>
    <message>
        <source>%1 column</source>
        <translation>Spalte %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n Deal</numerusform>
            <numerusform>%n Deals</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::CallAlert</name>
    <message>
        <source>Show this deal</source>
        <translation>Diesen Deal anzeigen</translation>
    </message>
    <message>
        <source>Call held</source>
        <translation>Anruf geführt</translation>
    </message>
    <message>
        <source>No answer…</source>
        <translation>Keine Antwort…</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Deal öffnen</translation>
    </message>
    <message>
        <source>Call %1 now</source>
        <translation>%1 jetzt anrufen</translation>
    </message>
    <message>
        <source>As agreed: %1</source>
        <translation>Wie vereinbart: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>☎ Call %1 (%2) now, as agreed: direct %3 · reception %4 · mobile %5</source>
        <translation>☎ Rufen Sie %1 (%2) jetzt an, wie vereinbart: Durchwahl %3 · Zentrale %4 · mobil %5</translation>
    </message>
    <message numerus="yes">
        <source>%n more call(s) due: see the day queue.</source>
        <translation>
            <numerusform>%n weiterer Anruf fällig: siehe Tagesliste.</numerusform>
            <numerusform>%n weitere Anrufe fällig: siehe Tagesliste.</numerusform>
        </translation>
    </message>
    <message>
        <source>As agreed.</source>
        <translation>Wie vereinbart.</translation>
    </message>
    <message>
        <source>☎ Call %1 (%2) now, as agreed.</source>
        <translation>☎ Rufen Sie %1 (%2) jetzt an, wie vereinbart.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::CardDelegate</name>
    <message numerus="yes">
        <source>Idle for %n day(s): no stage change, reply or held meeting.</source>
        <translation>
            <numerusform>Seit %n Tag ohne Aktivität: kein Phasenwechsel, keine Antwort, kein stattgefundener Termin.</numerusform>
            <numerusform>Seit %n Tagen ohne Aktivität: kein Phasenwechsel, keine Antwort, kein stattgefundener Termin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Touches count the reminder, the call and the missed-call email of each cycle.</source>
        <translation>Als Kontaktpunkte zählen in jedem Zyklus die Erinnerung, der Anruf und die E-Mail zum verpassten Anruf.</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Idle %1d</source>
        <translation>Ruht %1 T.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::ComposerDialog</name>
    <message>
        <source>Recap</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Verpasster Anruf</translation>
    </message>
    <message>
        <source>Break-up</source>
        <translation>Break-up</translation>
    </message>
    <message>
        <source>Re-engage</source>
        <translation>Wiederaufnahme</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Save as my &amp;template</source>
        <translation>Als meine &amp;Vorlage speichern</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>Auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>Im E-&amp;Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Save .&amp;eml…</source>
        <translation>.eml &amp;speichern…</translation>
    </message>
    <message>
        <source>Save .&amp;ics…</source>
        <translation>.&amp;ics speichern…</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <source>Compose · %1</source>
        <translation>E-Mail verfassen · %1</translation>
    </message>
    <message>
        <source>To &lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; · reads %3</source>
        <translation>An &lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; · Sprache: %3</translation>
    </message>
    <message>
        <source>Free email (logged as a note)</source>
        <translation>Freie E-Mail (als Notiz erfasst)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — what the prospect reads</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; — was der Interessent liest</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before it can go out&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vor dem Versand zu klären&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Too long for a mail link (mail apps cut links of about 2,000 characters): copy it or save it as .eml instead.</source>
        <translation>Zu lang für einen Mail-Link (E-Mail-Programme kürzen Links ab etwa 2.000 Zeichen): Kopieren Sie den Text oder speichern Sie ihn stattdessen als .eml.</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Bereit zum Senden.</translation>
    </message>
    <message>
        <source>Copied: subject and text are on the clipboard.</source>
        <translation>Kopiert: Betreff und Text sind in der Zwischenablage.</translation>
    </message>
    <message>
        <source>No mail app answered the link: copy the text or save it as .eml instead.</source>
        <translation>Kein E-Mail-Programm hat auf den Link reagiert: Kopieren Sie den Text oder speichern Sie ihn stattdessen als .eml.</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>E-Mail-Entwürfe (*.eml)</translation>
    </message>
    <message>
        <source>Saved %1: open it in your mail client to send it.</source>
        <translation>%1 gespeichert: Öffnen Sie die Datei in Ihrem E-Mail-Programm, um sie zu senden.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save the invite</source>
        <translation>Einladung speichern</translation>
    </message>
    <message>
        <source>Calendar invites (*.ics)</source>
        <translation>Kalendereinladungen (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1: attach it to the email.</source>
        <translation>%1 gespeichert: Hängen Sie die Datei an die E-Mail an.</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Saved as your %1 template (%2).</source>
        <translation>Als Ihre Vorlage für %1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Back to the default template.</source>
        <translation>Auf die Standardvorlage zurückgesetzt.</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <source>Send it now from %1 through your mail account, with the invitation when it has one.</source>
        <translation>Jetzt von %1 über Ihr E-Mail-Konto senden, mit der Einladung, wenn eine dazugehört.</translation>
    </message>
    <message>
        <source>Set up your mail account in the settings (Mail) to send from NineTouch.</source>
        <translation>Richten Sie Ihr E-Mail-Konto in den Einstellungen (E-Mail-Konto) ein, um aus NineTouch zu senden.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Sent, but not recorded on the timeline: %1</source>
        <translation>Gesendet, aber nicht im Verlauf erfasst: %1</translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation>An %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Recorded as sent: %1</source>
        <translation>Als gesendet erfasst: %1</translation>
    </message>
    <message>
        <source>Recorded as sent: “%1”. The calendar invite did not go with it: Compose opens on it next.</source>
        <translation>Als gesendet erfasst: „%1“. Die Kalendereinladung war nicht dabei: „E-Mail verfassen“ öffnet sie als Nächstes.</translation>
    </message>
    <message>
        <source>Copied: subject and text are on the clipboard. The text says the calendar invitation follows: save the .ics and send it too.</source>
        <translation>Kopiert: Betreff und Text liegen in der Zwischenablage. Der Text kündigt die Kalendereinladung gesondert an: Speichern Sie die .ics und senden Sie sie mit.</translation>
    </message>
    <message>
        <source>Opened in your mail app. The text says the calendar invitation follows: save the .ics and send it too.</source>
        <translation>In Ihrem E-Mail-Programm geöffnet. Der Text kündigt die Kalendereinladung gesondert an: Speichern Sie die .ics und senden Sie sie mit.</translation>
    </message>
    <message>
        <source>Opened in your mail app.</source>
        <translation>In Ihrem E-Mail-Programm geöffnet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::DateField</name>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Datum im Kalender wählen</translation>
    </message>
    <message>
        <source>Type the date, like %1.</source>
        <translation>Geben Sie das Datum ein, etwa %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like %2.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es etwa so: %2.</translation>
    </message>
    <message>
        <source>%1 is a %2, not a %3: check the day.</source>
        <translation>Der %1 ist ein %2, kein %3: Prüfen Sie den Tag.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::DealActions</name>
    <message>
        <source>Edit &amp;details</source>
        <translation>&amp;Details bearbeiten</translation>
    </message>
    <message>
        <source>Set &amp;meeting…</source>
        <translation>&amp;Termin vereinbaren…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Meeting &amp;held</source>
        <translation>Termin fand &amp;statt</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>N&amp;o-show…</source>
        <translation>&amp;Nicht erschienen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Compose…</source>
        <translation>E-Mail ver&amp;fassen…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Log &amp;reply…</source>
        <translation>&amp;Antwort erfassen…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Notiz &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Send &amp;invite…</source>
        <translation>&amp;Einladung senden…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>Als &amp;gewonnen markieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Als &amp;verloren markieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Delete deal…</source>
        <translation>Deal &amp;löschen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Set meeting</source>
        <comment>deal panel button</comment>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>deal panel button: the meeting was held</comment>
        <translation>Fand statt</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>deal panel button</comment>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Compose</source>
        <comment>deal panel button</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>deal panel button: log a reply</comment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>deal panel button: add a note</comment>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>deal panel button: mark won</comment>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>deal panel button: mark lost</comment>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <comment>deal panel button</comment>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Move &amp;meeting…</source>
        <translation>&amp;Termin verschieben…</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Termin fand statt</translation>
    </message>
    <message>
        <source>The meeting with %1 is set for %2, still ahead. Record it as held now?</source>
        <translation>Der Termin mit %1 ist für %2 angesetzt und liegt noch in der Zukunft. Jetzt als stattgefunden erfassen?</translation>
    </message>
    <message>
        <source>Do so when the prospect called back or met you early.</source>
        <translation>Tun Sie das, wenn der Interessent früher zurückgerufen oder sich früher mit Ihnen getroffen hat.</translation>
    </message>
    <message>
        <source>Record as held</source>
        <translation>Als stattgefunden erfassen</translation>
    </message>
    <message>
        <source>Set the next meeting now, while you are still together?</source>
        <translation>Den nächsten Termin jetzt vereinbaren, solange Sie noch zusammen sind?</translation>
    </message>
    <message>
        <source>Log reply</source>
        <translation>Antwort erfassen</translation>
    </message>
    <message>
        <source>What did they say? (optional)</source>
        <translation>Was wurde geantwortet? (optional)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save the cancellation</source>
        <translation>Absage speichern</translation>
    </message>
    <message>
        <source>Save the invite</source>
        <translation>Einladung speichern</translation>
    </message>
    <message>
        <source>Calendar invites (*.ics)</source>
        <translation>Kalendereinladungen (*.ics)</translation>
    </message>
    <message>
        <source>Invite saved</source>
        <translation>Einladung gespeichert</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Attach it to an email to %1 and send it. When it has gone out, mark it as sent: the rule then counts it.</source>
        <translation>Hängen Sie sie an eine E-Mail an %1 an und senden Sie sie. Sobald sie verschickt ist, markieren Sie sie als gesendet: Dann zählt die Regel sie mit.</translation>
    </message>
    <message>
        <source>the prospect</source>
        <translation>den Interessenten</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Deal löschen</translation>
    </message>
    <message>
        <source>Delete “%1” with its whole timeline? You can undo it.</source>
        <translation>„%1“ mit dem gesamten Verlauf löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1 now, as agreed.&lt;/b&gt;&lt;br/&gt;Direct: %2&lt;br/&gt;Reception: %3&lt;br/&gt;Mobile: %4</source>
        <translation>&lt;b&gt;Rufen Sie %1 jetzt an, wie vereinbart.&lt;/b&gt;&lt;br/&gt;Durchwahl: %2&lt;br/&gt;Zentrale: %3&lt;br/&gt;Mobil: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>They picked up: meeting held</source>
        <translation>Erreicht: Termin fand statt</translation>
    </message>
    <message>
        <source>No answer: no-show…</source>
        <translation>Keine Antwort: verpasster Anruf…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::DealForm</name>
    <message>
        <source>Decision material delivered</source>
        <translation>Entscheidungsunterlagen geliefert</translation>
    </message>
    <message>
        <source>e.g. Fleet tracking – Acme (your own name for it)</source>
        <translation>z. B. Flottenortung – Acme (Ihr eigener Name dafür)</translation>
    </message>
    <message>
        <source>What the emails call it, e.g. the fleet tracking rollout</source>
        <translation>Wie die E-Mails es nennen, z. B. die Einführung der Flottenortung</translation>
    </message>
    <message>
        <source>As you greet them; empty: from the name</source>
        <translation>So, wie Sie die Person ansprechen; leer: aus dem Namen</translation>
    </message>
    <message>
        <source>e.g. 12000</source>
        <translation>z. B. 12000</translation>
    </message>
    <message>
        <source>What the prospect gains, in one or two sentences. The break-up email restates it.</source>
        <translation>Was der Interessent gewinnt, in ein oder zwei Sätzen. Die Break-up-E-Mail greift es wieder auf.</translation>
    </message>
    <message>
        <source>Low: email is enough</source>
        <translation>Niedrig: E-Mail genügt</translation>
    </message>
    <message>
        <source>High: calls, demos, several stakeholders</source>
        <translation>Hoch: Anrufe, Demos, mehrere Beteiligte</translation>
    </message>
    <message>
        <source>From the time zone</source>
        <translation>Aus der Zeitzone</translation>
    </message>
    <message>
        <source>Whose conventions the emails follow for dates, times and numbers.</source>
        <translation>Nach welchen regionalen Konventionen die E-Mails Datum, Uhrzeit und Zahlen schreiben.</translation>
    </message>
    <message>
        <source>My setting</source>
        <translation>Meine Einstellung</translation>
    </message>
    <message>
        <source>How many silent cycles before the break-up email, for this deal only.</source>
        <translation>Wie viele Zyklen ohne Antwort vor der Break-up-E-Mail, nur für diesen Deal.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>The deal</source>
        <translation>Der Deal</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>To&amp;pic for the prospect</source>
        <translation>Thema für den &amp;Interessenten</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>Value s&amp;ummary</source>
        <translation>Nutzen&amp;versprechen</translation>
    </message>
    <message>
        <source>Follow-up &amp;cost</source>
        <translation>&amp;Nachfassaufwand</translation>
    </message>
    <message>
        <source>C&amp;ycles before break-up</source>
        <translation>Z&amp;yklen bis zum Break-up</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Der Ansprechpartner</translation>
    </message>
    <message>
        <source>Co&amp;ntact</source>
        <translation>&amp;Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>V&amp;orname</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Direct phone</source>
        <translation>Durc&amp;hwahl</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobil</translation>
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation>Zentra&amp;le</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Zeit&amp;zone</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>German: formally &quot;Guten Tag Frau Müller&quot; with Sie, or &quot;Hallo Jana&quot; with Sie or du. English: &quot;Dear Ms Carter&quot; or &quot;Hi Sam&quot;.</source>
        <translation>Deutsch: formell „Guten Tag Frau Müller“ mit Sie, oder „Hallo Jana“ mit Sie oder du. Englisch: „Dear Ms Carter“ oder „Hi Sam“.</translation>
    </message>
    <message>
        <source>&amp;Address as</source>
        <translation>Anre&amp;deform</translation>
    </message>
    <message>
        <source>Salutat&amp;ion</source>
        <translation>Anrede (Fra&amp;u, Herr)</translation>
    </message>
    <message>
        <source>Emails open with “%1” and say du.</source>
        <translation>E-Mails beginnen mit „%1“ und duzen.</translation>
    </message>
    <message>
        <source>Emails open with “%1” and say Sie.</source>
        <translation>E-Mails beginnen mit „%1“ und siezen.</translation>
    </message>
    <message>
        <source>Emails open with “%1”</source>
        <translation>E-Mails beginnen mit „%1“</translation>
    </message>
    <message>
        <source>Usual for the language</source>
        <translation>Wie in der Sprache üblich</translation>
    </message>
    <message>
        <source>Formal, family name</source>
        <translation>Formell, Nachname</translation>
    </message>
    <message>
        <source>First name (Sie)</source>
        <translation>Vorname (Sie)</translation>
    </message>
    <message>
        <source>du (German)</source>
        <translation>Du (Deutsch)</translation>
    </message>
    <message>
        <source>Frau, Herr, Ms…</source>
        <translation>Frau, Herr, Ms…</translation>
    </message>
    <message>
        <source>The title a formal greeting puts before the family name; empty: the whole name (&quot;Guten Tag Jana Müller&quot;).</source>
        <translation>Die Anrede vor dem Nachnamen in einer formellen Begrüßung; leer: der ganze Name („Guten Tag Jana Müller“).</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Besitzer</translation>
    </message>
    <message>
        <source>Whose deal it is: it shows on their board and in their day queue.</source>
        <translation>Wessen Deal es ist: Er erscheint auf dessen Board und in dessen Tagesliste.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::DealPanel</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen spei&amp;chern</translation>
    </message>
    <message>
        <source>Disca&amp;rd changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Select a deal on the board or in the day queue.</source>
        <translation>Wählen Sie einen Deal auf dem Board oder in der Tagesliste.</translation>
    </message>
    <message>
        <source>Touches are what the rule counts in each cycle: the reminder, the call, and the email after a missed call. The recap and the invite prepare a meeting; they are effort, not touches.</source>
        <translation>Kontaktpunkte zählt die Regel in jedem Zyklus: die Erinnerung, den Anruf und die E-Mail nach einem verpassten Anruf. Zusammenfassung und Einladung bereiten einen Termin vor; sie sind Aufwand, keine Kontaktpunkte.</translation>
    </message>
    <message>
        <source>Touch timeline</source>
        <translation>Verlauf der Kontaktpunkte</translation>
    </message>
    <message>
        <source>Select a sent email to read the exact text.</source>
        <translation>Wählen Sie eine gesendete E-Mail, um den genauen Text zu lesen.</translation>
    </message>
    <message>
        <source>%1 — %2. Double-click its row in the day queue, or use the buttons above.</source>
        <translation>%1 — %2. Doppelklicken Sie auf die Zeile in der Tagesliste oder nutzen Sie die Schaltflächen oben.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Verla&amp;uf</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Changes you made earlier and have not saved yet.</source>
        <translation>Änderungen, die Sie zuvor vorgenommen und noch nicht gespeichert haben.</translation>
    </message>
    <message>
        <source>This deal is no longer in the pipeline: it was deleted, or the action that added it was undone.</source>
        <translation>Dieser Deal ist nicht mehr in der Pipeline: Er wurde gelöscht, oder die Aktion, die ihn hinzugefügt hat, wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>cycle %1 of %2 · %3 of %4 touches</source>
        <translation>Zyklus %1 von %2 · %3 von %4 Kontaktpunkten</translation>
    </message>
    <message>
        <source>Effort so far: %1, %2, %3 (%4 min in calls and meetings), %5.</source>
        <translation>Aufwand bisher: %1, %2, %3 (%4 Min. in Anrufen und Terminen), %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n call attempt(s)</source>
        <translation>
            <numerusform>%n Anrufversuch</numerusform>
            <numerusform>%n Anrufversuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n stattgefundener Termin</numerusform>
            <numerusform>%n stattgefundene Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n Beteiligter</numerusform>
            <numerusform>%n Beteiligte</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting scheduled.</source>
        <translation>Kein Termin vereinbart.</translation>
    </message>
    <message>
        <source>Next meeting: %1 (%2 min)%3</source>
        <translation>Nächster Termin: %1 (%2 Min.)%3</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>my setting</source>
        <translation>meine Einstellung</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>While you were editing &lt;b&gt;%1&lt;/b&gt;, these fields were changed elsewhere (by the command line or another program). Choose which value to keep.</source>
        <translation>Während Sie &lt;b&gt;%1&lt;/b&gt; bearbeitet haben, wurden diese Felder anderswo geändert (über die Kommandozeile oder ein anderes Programm). Wählen Sie, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Wert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt in der Datei&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n Nachricht gesendet</numerusform>
            <numerusform>%n Nachrichten gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no text was kept for this one; it was logged as done, not written in NineTouch.</source>
        <translation>%1: Hierzu wurde kein Text gespeichert; es wurde als erledigt erfasst, nicht in NineTouch geschrieben.</translation>
    </message>
    <message>
        <source>%1&apos;s deal</source>
        <translation>Deal von %1</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::DeleteDealCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::EditDealCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::FieldEditDialog</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What the prospect gains, in one or two sentences, in the language the contact reads.</source>
        <translation>Was der Interessent gewinnt, in ein oder zwei Sätzen, in der Sprache des Ansprechpartners.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::FileActions</name>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Neuer Deal…</translation>
    </message>
    <message>
        <source>&amp;Import deals…</source>
        <translation>Deals &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Export deals…</source>
        <translation>Deals e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Open the &amp;demo pipeline</source>
        <translation>&amp;Demo-Pipeline öffnen</translation>
    </message>
    <message>
        <source>Import deals</source>
        <translation>Deals importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated. Edit ▸ Undo takes the import back.</source>
        <translation>Importiert: %1 angelegt, %2 aktualisiert. Bearbeiten ▸ Rückgängig nimmt den Import zurück.</translation>
    </message>
    <message>
        <source>New stages: %1.</source>
        <translation>Neue Phasen: %1.</translation>
    </message>
    <message>
        <source>Export deals</source>
        <translation>Deals exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>%n Deal nach %1 exportiert.</numerusform>
            <numerusform>%n Deals nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::FileDialogs</name>
    <message>
        <source>%1 is the NineTouch database itself (or one of its journal files): choose another file.</source>
        <translation>%1 ist die NineTouch-Datenbank selbst (oder eine ihrer Journaldateien): Wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::FilterBar</name>
    <message>
        <source>Search deals, organizations and contacts (Ctrl+F)</source>
        <translation>Deals, Firmen und Ansprechpartner durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>All open deals</source>
        <translation>Alle offenen Deals</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>No open deal is in this state.</source>
        <translation>Kein offener Deal hat diesen Status.</translation>
    </message>
    <message>
        <source>No open deal matches “%1”.</source>
        <translation>Kein offener Deal passt zu „%1“.</translation>
    </message>
    <message>
        <source>Also found among won and lost deals: %1. &lt;a href=&quot;closed&quot;&gt;Show won and lost deals&lt;/a&gt;.</source>
        <translation>Auch unter gewonnenen und verlorenen Deals gefunden: %1. &lt;a href=&quot;closed&quot;&gt;Gewonnene und verlorene Deals anzeigen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Alle Deals</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>Meine Deals</translation>
    </message>
    <message>
        <source>The team&apos;s deals</source>
        <translation>Deals des Teams</translation>
    </message>
    <message>
        <source>Several reps work on this pipeline: your own deals, or everyone&apos;s with each owner&apos;s name on the card.</source>
        <translation>Mehrere Vertriebler arbeiten in dieser Pipeline: Ihre eigenen Deals, oder die aller, mit dem Namen des Besitzers auf der Karte.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::HonestBar</name>
    <message>
        <source>Engaged</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Hope (silent, awaiting)</source>
        <translation>Hoffnung (ohne Antwort, wartet auf Entscheidung)</translation>
    </message>
    <message>
        <source>Past the rule</source>
        <translation>Regel überschritten</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Kein Termin</translation>
    </message>
    <message numerus="yes">
        <source>Open pipeline %1 · %n deal(s)</source>
        <translation>
            <numerusform>Offene Pipeline %1 · %n Deal</numerusform>
            <numerusform>Offene Pipeline %1 · %n Deals</numerusform>
        </translation>
    </message>
    <message>
        <source> (and %1, never converted)</source>
        <translation> (und %1, nie umgerechnet)</translation>
    </message>
    <message numerus="yes">
        <source>%n idle for 30+ days</source>
        <translation>
            <numerusform>%n seit 30+ Tagen still</numerusform>
            <numerusform>%n seit 30+ Tagen still</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle: open deals without a stage change, a reply or a held meeting in the last 30 days.</source>
        <translation>Ohne Aktivität: offene Deals ohne Phasenwechsel, Antwort oder stattgefundenen Termin in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>%1 (%2 deals). Click to show only these.</source>
        <translation>%1 (%2 Deals). Klicken, um nur diese zu zeigen.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::ImportCommand</name>
    <message>
        <source>Import from %1</source>
        <translation>Import aus %1</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::ImportDialog</name>
    <message>
        <source>Import deals</source>
        <translation>Deals importieren</translation>
    </message>
    <message>
        <source>Bring your deals from a CSV file: NineTouch&apos;s own export, or the deals export of Pipedrive, HubSpot or Salesforce. Nothing is written until you import, and Undo takes an import back.</source>
        <translation>Übernehmen Sie Ihre Deals aus einer CSV-Datei: dem eigenen Export von NineTouch oder dem Deal-Export von Pipedrive, HubSpot oder Salesforce. Geschrieben wird erst beim Importieren, und „Rückgängig“ nimmt einen Import wieder zurück.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Rows updated or skipped</source>
        <translation>Aktualisierte oder übersprungene Zeilen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; export · %2 · fields separated by %3 · %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;-Export · %2 · Felder getrennt durch %3 · %n Zeile</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;-Export · %2 · Felder getrennt durch %3 · %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSV</source>
        <translation>Allgemeiner CSV</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Spalte %1 importieren als</translation>
    </message>
    <message>
        <source>Will create %1, update %2 and skip %3 deals.</source>
        <translation>Es werden %1 Deals angelegt, %2 aktualisiert und %3 übersprungen.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Nicht importiert: %1.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n deal(s)…</source>
        <translation>
            <numerusform>%n Deal wird importiert…</numerusform>
            <numerusform>%n Deals werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Language of contacts without one</source>
        <translation>Sprache der Ansprechpartner ohne Sprache</translation>
    </message>
    <message>
        <source>Time zone of contacts without one</source>
        <translation>Zeitzone der Ansprechpartner ohne Zeitzone</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>%1 (first)</source>
        <translation>%1 (als erste)</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (nach %2)</translation>
    </message>
    <message>
        <source>New stages (rename or move them in Settings ▸ Stages): %1.</source>
        <translation>Neue Phasen (umbenennen oder verschieben unter Einstellungen ▸ Phasen): %1.</translation>
    </message>
    <message>
        <source>English (German for German column names)</source>
        <translation>Englisch (Deutsch bei deutschen Spaltennamen)</translation>
    </message>
    <message>
        <source>Yours (%1)</source>
        <translation>Ihre (%1)</translation>
    </message>
    <message>
        <source>A contact&apos;s language and time zone come from the file first: its columns, its country, the country of its phone number. These two decide only where nothing in the file does.</source>
        <translation>Sprache und Zeitzone eines Ansprechpartners kommen zuerst aus der Datei: aus ihren Spalten, seinem Land, dem Land seiner Telefonnummer. Diese beiden Felder entscheiden nur, wo die Datei nichts sagt.</translation>
    </message>
    <message>
        <source>Where nothing says, contacts &amp;read:</source>
        <translation>Wo nichts anderes gilt, &amp;lesen Ansprechpartner:</translation>
    </message>
    <message>
        <source>Where nothing says, their time &amp;zone is:</source>
        <translation>Wo nichts anderes gilt, ist ihre &amp;Zeitzone:</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::InboxIndicator</name>
    <message>
        <source>Inbox: not set up</source>
        <translation>Posteingang: nicht eingerichtet</translation>
    </message>
    <message>
        <source>Set up your mail account (Settings, Mail) and NineTouch sees answers arrive: a reply from a prospect restarts the pursuit by itself.</source>
        <translation>Richten Sie Ihr E-Mail-Konto ein (Einstellungen, E-Mail-Konto), und NineTouch sieht Antworten ankommen: Eine Antwort des Interessenten startet die Verfolgung von selbst neu.</translation>
    </message>
    <message>
        <source>Inbox: not read yet</source>
        <translation>Posteingang: noch nicht gelesen</translation>
    </message>
    <message>
        <source>Click to read the inbox now (F5).</source>
        <translation>Klicken, um den Posteingang jetzt zu lesen (F5).</translation>
    </message>
    <message>
        <source>Inbox: reading…</source>
        <translation>Posteingang: wird gelesen…</translation>
    </message>
    <message>
        <source>Inbox read at %1</source>
        <translation>Posteingang gelesen um %1</translation>
    </message>
    <message numerus="yes">
        <source>Last look: %n new message(s)</source>
        <translation>
            <numerusform>Zuletzt: %n neue Nachricht</numerusform>
            <numerusform>Zuletzt: %n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded on deals</source>
        <translation>
            <numerusform>%n bei Deals erfasst</numerusform>
            <numerusform>%n bei Deals erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Read again every few minutes; click to read now (F5).</source>
        <translation>Wird alle paar Minuten wieder gelesen; klicken, um jetzt zu lesen (F5).</translation>
    </message>
    <message>
        <source>Inbox not read (last read at %1)</source>
        <translation>Posteingang nicht gelesen (zuletzt gelesen um %1)</translation>
    </message>
    <message>
        <source>Inbox not read</source>
        <translation>Posteingang nicht gelesen</translation>
    </message>
    <message>
        <source>Click to try again (F5).</source>
        <translation>Klicken, um es erneut zu versuchen (F5).</translation>
    </message>
    <message>
        <source>The inbox was not read: %1</source>
        <translation>Der Posteingang wurde nicht gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>From the inbox: %n note(s) recorded</source>
        <translation>
            <numerusform>Aus dem Posteingang: %n Notiz erfasst</numerusform>
            <numerusform>Aus dem Posteingang: %n Notizen erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) arrived: %1</source>
        <translation>
            <numerusform>%n Antwort eingegangen: %1</numerusform>
            <numerusform>%n Antworten eingegangen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::LogCommand</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::LostDialog</name>
    <message>
        <source>No response after the break-up rule</source>
        <translation>Keine Antwort nach der Break-up-Regel</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Wettbewerber gewählt</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Ungünstiger Zeitpunkt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Als verloren markieren</translation>
    </message>
    <message>
        <source>Why was &lt;b&gt;%1&lt;/b&gt; lost?</source>
        <translation>Warum ging &lt;b&gt;%1&lt;/b&gt; verloren?</translation>
    </message>
    <message>
        <source>Only after the break-up email: it asked for a decision by a deadline.</source>
        <translation>Nur nach der Break-up-E-Mail: Sie hat um eine Entscheidung bis zu einer Frist gebeten.</translation>
    </message>
    <message>
        <source>Details (optional): which competitor, what was said…</source>
        <translation>Details (optional): welcher Wettbewerber, was gesagt wurde…</translation>
    </message>
    <message>
        <source>A re-engage task is set months out, whatever the reason.</source>
        <translation>Unabhängig vom Grund wird eine Wiederaufnahme in einigen Monaten als Aufgabe angelegt.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::MainWindow</name>
    <message>
        <source>This is the demo pipeline, in a file of its own: try anything, your own deals are not here.</source>
        <translation>Dies ist die Demo-Pipeline in einer eigenen Datei: Probieren Sie alles aus, Ihre eigenen Deals sind hier nicht enthalten.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Up to date again.</source>
        <translation>Wieder auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>%1 was not done: %2</source>
        <translation>„%1“ wurde nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>Demo pipeline</source>
        <translation>Demo-Pipeline</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Show &amp;won and lost deals</source>
        <translation>&amp;Gewonnene und verlorene Deals anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Go to the &amp;day queue</source>
        <translation>Zur &amp;Tagesliste wechseln</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the &amp;board</source>
        <translation>Zum &amp;Board wechseln</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>D&amp;eal</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n Deal</numerusform>
            <numerusform>%n Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>NineTouch</source>
        <translation>NineTouch</translation>
    </message>
    <message>
        <source>Not up to date: %1</source>
        <translation>Nicht aktuell: %1</translation>
    </message>
    <message>
        <source>The pipeline could not be read, so what you see may be out of date.

%1</source>
        <translation>Die Pipeline konnte nicht gelesen werden, daher ist die Anzeige möglicherweise nicht aktuell.

%1</translation>
    </message>
    <message>
        <source>Check the &amp;inbox now</source>
        <translation>&amp;Posteingang jetzt lesen</translation>
    </message>
    <message>
        <source>Take it off the redo list to redo the steps after it.</source>
        <translation>Nehmen Sie ihn von der Wiederholen-Liste, um die Schritte danach zu wiederholen.</translation>
    </message>
    <message>
        <source>Keep it on the list</source>
        <translation>Auf der Liste lassen</translation>
    </message>
    <message>
        <source>Take it off the undo list</source>
        <translation>Von der Rückgängig-Liste nehmen</translation>
    </message>
    <message>
        <source>Take it off the redo list</source>
        <translation>Von der Wiederholen-Liste nehmen</translation>
    </message>
    <message>
        <source>Nothing was changed: your edit and what was written since both stay. Take the edit off the undo list to undo the steps before it.</source>
        <translation>Nichts wurde geändert: Ihre Änderung und was seitdem geschrieben wurde, bleiben beide. Nehmen Sie die Änderung von der Rückgängig-Liste, um die Schritte davor rückgängig zu machen.</translation>
    </message>
    <message>
        <source>“%1” is hidden by the search or the state filter. Clear the search (Esc) and choose “%2” to see it again, or select another deal.</source>
        <translation>„%1“ ist durch die Suche oder den Statusfilter ausgeblendet. Leeren Sie die Suche (Esc) und wählen Sie „%2“, um den Deal wieder zu sehen, oder wählen Sie einen anderen Deal.</translation>
    </message>
    <message>
        <source>NineTouch opens the pipeline on this computer from its next start.</source>
        <translation>NineTouch öffnet ab dem nächsten Start die Pipeline auf diesem Computer.</translation>
    </message>
    <message>
        <source>NineTouch opens the pipeline on the server from its next start.</source>
        <translation>NineTouch öffnet ab dem nächsten Start die Pipeline auf dem Server.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::MarkLostCommand</name>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::MarkWonCommand</name>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::MeetingDialog</name>
    <message>
        <source>Move the meeting</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Set the next meeting</source>
        <translation>Nächsten Termin vereinbaren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>What you will cover, as agreed</source>
        <translation>Was Sie besprechen werden, wie vereinbart</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>Dau&amp;er</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone; pick one from the list.</source>
        <translation>„%1“ ist keine bekannte Zeitzone; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; write it like 14:30.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie etwa als 14:30.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it when summer time starts. Choose another time.</source>
        <translation>%1 gibt es in %2 nicht: Bei Beginn der Sommerzeit wird diese Uhrzeit übersprungen. Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <source>The next meeting must be in the future.</source>
        <translation>Der nächste Termin muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Choose a date between %1 and %2.</source>
        <translation>Wählen Sie ein Datum zwischen %1 und %2.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::MeetingHeldCommand</name>
    <message>
        <source>Meeting held</source>
        <translation>Termin fand statt</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::MoveStageCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>The stage “%1” was removed since: the deal cannot move back to it.</source>
        <translation>Die Phase „%1“ wurde inzwischen entfernt: Der Deal kann nicht dorthin zurück.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::NewDealCommand</name>
    <message>
        <source>New deal %1</source>
        <translation>Neuer Deal %1</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::NoShowCommand</name>
    <message>
        <source>No-show</source>
        <translation>Verpasster Anruf</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::NoShowDialog</name>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; did not pick up. Before giving up on this call, try the switchboard and the mobile too.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat nicht abgehoben. Bevor Sie diesen Anruf aufgeben, versuchen Sie es auch über die Zentrale und die Mobilnummer.</translation>
    </message>
    <message>
        <source>%1: no number</source>
        <translation>%1: keine Nummer</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Zentrale</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>That was the call of the last cycle: no new slot is proposed. The break-up email is due next.</source>
        <translation>Das war der Anruf des letzten Zyklus: Es wird kein neuer Termin vorgeschlagen. Als Nächstes ist die Break-up-E-Mail fällig.</translation>
    </message>
    <message>
        <source>The missed-call email states this time as agreed (%1).</source>
        <translation>Die E-Mail zum verpassten Anruf nennt diese Zeit als vereinbart (%1).</translation>
    </message>
    <message>
        <source>Next call &amp;date</source>
        <translation>&amp;Datum des nächsten Anrufs</translation>
    </message>
    <message>
        <source>Next call &amp;time</source>
        <translation>&amp;Uhrzeit des nächsten Anrufs</translation>
    </message>
    <message>
        <source>Log the missed call</source>
        <translation>Verpassten Anruf erfassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; write it like 14:30.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie etwa als 14:30.</translation>
    </message>
    <message>
        <source>That time does not exist in %1 (summer time starts): choose another.</source>
        <translation>Diese Uhrzeit gibt es in %1 nicht (Beginn der Sommerzeit): Wählen Sie eine andere.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::ProspectAwayCommand</name>
    <message>
        <source>Out of office, back on %1</source>
        <translation>Abwesend, zurück am %1</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::QueueDock</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Day queue</source>
        <translation>Tagesliste</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n step(s)</source>
        <translation>
            <numerusform>Heute: %n Schritt</numerusform>
            <numerusform>Heute: %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n überfällig</numerusform>
            <numerusform>, %n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::ReopenCommand</name>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::ServerPage</name>
    <message>
        <source>Keep your pipeline on a PostgreSQL server to work on it from a laptop and a desktop, or beside your team. Your administrator gives you its address.</source>
        <translation>Legen Sie Ihre Pipeline auf einen PostgreSQL-Server, um von Laptop und Desktop aus daran zu arbeiten oder neben Ihrem Team. Die Adresse erhalten Sie von Ihrer Administration.</translation>
    </message>
    <message>
        <source>%1, a file on this computer</source>
        <translation>%1, eine Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server-&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>Verbin&amp;dung testen</translation>
    </message>
    <message>
        <source>&amp;Move this pipeline there…</source>
        <translation>Diese Pipeline dorthin &amp;umziehen…</translation>
    </message>
    <message>
        <source>Copies every deal with its history, your settings and templates into the server&apos;s database, which must hold no deals yet. This pipeline stays as it is.</source>
        <translation>Kopiert jeden Deal mit seinem Verlauf, Ihre Einstellungen und Vorlagen in die Datenbank des Servers, die noch keine Deals enthalten darf. Diese Pipeline bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>NineTouch opens the server&apos;s pipeline from its next start; leave the address empty to open the file on this computer again. The server&apos;s password is asked once and can be kept in your system&apos;s keyring, never in NineTouch&apos;s settings. Away from this computer, NineTouch connects only with encryption, to a server whose certificate carries its name.</source>
        <translation>NineTouch öffnet die Pipeline des Servers ab dem nächsten Start; lassen Sie die Adresse leer, um wieder die Datei auf diesem Computer zu öffnen. Das Passwort des Servers wird einmal abgefragt und kann im Schlüsselbund Ihres Systems gespeichert werden, nie in den Einstellungen von NineTouch. Außerhalb dieses Computers verbindet sich NineTouch nur verschlüsselt, mit einem Server, dessen Zertifikat seinen Namen trägt.</translation>
    </message>
    <message>
        <source>%1 is not a server&apos;s address: it starts with postgresql://.</source>
        <translation>%1 ist keine Server-Adresse: Sie beginnt mit postgresql://.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Connected to %1. It holds no deals yet: “Move this pipeline there” copies yours.</source>
        <translation>Mit %1 verbunden. Dort sind noch keine Deals: „Diese Pipeline dorthin umziehen“ kopiert Ihre.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It holds %n deal(s).</source>
        <translation>
            <numerusform>Mit %1 verbunden. Dort ist %n Deal.</numerusform>
            <numerusform>Mit %1 verbunden. Dort sind %n Deals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move this pipeline</source>
        <translation>Diese Pipeline umziehen</translation>
    </message>
    <message numerus="yes">
        <source>Copy all %n deal(s) of %1, with their histories, your settings and templates, to the server? %1 stays as it is.</source>
        <translation>
            <numerusform>Den %n Deal von %1 mit seinem Verlauf, Ihren Einstellungen und Vorlagen auf den Server kopieren? %1 bleibt, wie sie ist.</numerusform>
            <numerusform>Alle %n Deals von %1 mit ihren Verläufen, Ihren Einstellungen und Vorlagen auf den Server kopieren? %1 bleibt, wie sie ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n deal(s) to %1. Press OK: NineTouch opens it from its next start.</source>
        <translation>
            <numerusform>%n Deal nach %1 kopiert. Drücken Sie OK: NineTouch öffnet sie ab dem nächsten Start.</numerusform>
            <numerusform>%n Deals nach %1 kopiert. Drücken Sie OK: NineTouch öffnet sie ab dem nächsten Start.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no deals yet: there is nothing to move.</source>
        <translation>%1 enthält noch keine Deals: Es gibt nichts umzuziehen.</translation>
    </message>
    <message>
        <source>&amp;Forget the password</source>
        <translation>Passwort &amp;vergessen</translation>
    </message>
    <message>
        <source>Takes the server&apos;s password out of your system&apos;s keyring and out of this run of NineTouch: it is asked again at the next sign-in.</source>
        <translation>Entfernt das Passwort des Servers aus dem Schlüsselbund Ihres Systems und aus dieser Sitzung von NineTouch: Bei der nächsten Anmeldung wird es wieder abgefragt.</translation>
    </message>
    <message>
        <source>NineTouch keeps no password for %1 any more: it asks at the next sign-in.</source>
        <translation>NineTouch hat kein Passwort für %1 mehr gespeichert: Es fragt bei der nächsten Anmeldung danach.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::ServerPasswordDialog</name>
    <message>
        <source>&amp;Keep it in the system&apos;s keyring</source>
        <translation>Im Schlüsselbund des Systems &amp;speichern</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Your pipeline is &lt;b&gt;%1&lt;/b&gt;. The server asks for the password of &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Ihre Pipeline ist &lt;b&gt;%1&lt;/b&gt;. Der Server verlangt das Passwort von &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>NineTouch then opens this pipeline without asking. The password is never written to the database or to NineTouch&apos;s settings.</source>
        <translation>NineTouch öffnet diese Pipeline dann ohne Nachfrage. Das Passwort steht nie in der Datenbank oder in den Einstellungen von NineTouch.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>The pipeline is open, but %1</source>
        <translation>Die Pipeline ist geöffnet, aber %1</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::SetMeetingCommand</name>
    <message>
        <source>Move the meeting</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Set the next meeting</source>
        <translation>Nächsten Termin vereinbaren</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signatur</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Working &amp;days</source>
        <translation>Arbeits&amp;tage</translation>
    </message>
    <message>
        <source>Working &amp;hours</source>
        <translation>&amp;Arbeitszeiten</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>&amp;Feiertage</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>&amp;Cycles before the break-up</source>
        <translation>&amp;Zyklen vor dem Break-up</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Erinnerung</translation>
    </message>
    <message numerus="yes">
        <source> business day(s) before</source>
        <translation>
            <numerusform> Werktag vorher</numerusform>
            <numerusform> Werktage vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decision deadline</source>
        <translation>Entscheidungs&amp;frist</translation>
    </message>
    <message numerus="yes">
        <source> business day(s)</source>
        <translation>
            <numerusform> Werktag</numerusform>
            <numerusform> Werktage</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-&amp;engage after</source>
        <translation>Wieder&amp;aufnahme nach</translation>
    </message>
    <message>
        <source>Next &amp;slot</source>
        <translation>Nächster &amp;Terminvorschlag</translation>
    </message>
    <message numerus="yes">
        <source> business day(s) later</source>
        <translation>
            <numerusform> Werktag später</numerusform>
            <numerusform> Werktage später</numerusform>
        </translation>
    </message>
    <message>
        <source>Each deal can override the number of cycles in its details.</source>
        <translation>Jeder Deal kann die Anzahl der Zyklen in seinen Details überschreiben.</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Changes to the stages apply at once; Undo (Ctrl+Z) takes them back.</source>
        <translation>Änderungen an den Phasen gelten sofort; Rückgängig (Ctrl+Z) nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>The app speaks it from its next start.</source>
        <translation>Gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Send from NineTouch through your own mail account, and let it see answers arrive: a reply from a prospect restarts the pursuit by itself. Your provider&apos;s help pages name its servers.</source>
        <translation>Senden Sie aus NineTouch über Ihr eigenes E-Mail-Konto, und lassen Sie NineTouch Antworten ankommen sehen: Eine Antwort des Interessenten startet die Verfolgung von selbst neu. Die Hilfeseiten Ihres Anbieters nennen dessen Server.</translation>
    </message>
    <message>
        <source>&amp;Outgoing server</source>
        <translation>Server für den &amp;Versand</translation>
    </message>
    <message>
        <source>&amp;Incoming server</source>
        <translation>Server für den Posteingan&amp;g</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Given by NINETOUCH_MAIL_PASSWORD</source>
        <translation>Aus NINETOUCH_MAIL_PASSWORD</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keyring; type to change it</source>
        <translation>Im Schlüsselbund Ihres Systems gespeichert; zum Ändern eintippen</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Passwo&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>Verbin&amp;dung testen</translation>
    </message>
    <message>
        <source>NineTouch connects only with encryption (STARTTLS or TLS), except to a server on this computer. It reads the inbox without changing it: nothing is marked read, moved or deleted.</source>
        <translation>NineTouch verbindet sich nur verschlüsselt (STARTTLS oder TLS), außer zu einem Server auf diesem Computer. Es liest den Posteingang, ohne ihn zu ändern: Nichts wird als gelesen markiert, verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail-Konto</translation>
    </message>
    <message>
        <source>is empty: give at least one server.</source>
        <translation>ist leer: Geben Sie mindestens einen Server an.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>%1: not set up.</source>
        <translation>%1: nicht eingerichtet.</translation>
    </message>
    <message>
        <source>%1: works.</source>
        <translation>%1: funktioniert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Reading the inbox</source>
        <translation>Posteingang lesen</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (now “%2”)</source>
        <translation>%1 (jetzt „%2“)</translation>
    </message>
    <message>
        <source>Saved elsewhere while these settings were open: %1. OK again keeps what you typed; Cancel keeps what was saved there.</source>
        <translation>Anderswo gespeichert, während diese Einstellungen offen waren: %1. Erneut OK behält Ihre Eingaben; Abbrechen behält, was dort gespeichert wurde.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::TimeField</name>
    <message>
        <source>e.g. 14:30</source>
        <translation>z. B. 14:30</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::UndoController</name>
    <message>
        <source>Undo “%1”</source>
        <translation>„%1“ rückgängig machen</translation>
    </message>
    <message>
        <source>Redo “%1”</source>
        <translation>„%1“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::WelcomePage</name>
    <message>
        <source>Create your &amp;first deal…</source>
        <translation>Ersten Deal an&amp;legen…</translation>
    </message>
    <message>
        <source>&amp;Import from a CSV file…</source>
        <translation>Aus einer CSV-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Try the &amp;demo pipeline</source>
        <translation>&amp;Demo-Pipeline ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to NineTouch</source>
        <translation>Willkommen bei NineTouch</translation>
    </message>
    <message>
        <source>After every meeting you set the next one, send a recap, an invite and a reminder, and call at exactly the agreed time. When a call goes unanswered, the next time is proposed as if agreed. Three such cycles without an answer, and a break-up email asks the prospect to decide.&lt;br/&gt;&lt;br/&gt;NineTouch keeps the count, drafts the emails and tells you what is due today, so that your pipeline shows what is real.</source>
        <translation>Nach jedem Termin vereinbaren Sie den nächsten, senden eine Zusammenfassung, eine Einladung und eine Erinnerung und rufen genau zur vereinbarten Zeit an. Bleibt ein Anruf unbeantwortet, wird der nächste Zeitpunkt so vorgeschlagen, als wäre er vereinbart. Nach drei solchen Zyklen ohne Antwort bittet eine Break-up-E-Mail den Interessenten um eine Entscheidung.&lt;br/&gt;&lt;br/&gt;NineTouch zählt mit, entwirft die E-Mails und sagt Ihnen, was heute fällig ist – damit Ihre Pipeline zeigt, was wirklich ist.</translation>
    </message>
    <message>
        <source>About you: your emails are signed with this</source>
        <translation>Über Sie: Damit werden Ihre E-Mails unterschrieben</translation>
    </message>
    <message>
        <source>e.g. Alex Morgan</source>
        <translation>z. B. Alex Morgan</translation>
    </message>
    <message>
        <source>e.g. alex@yourcompany.com</source>
        <translation>z. B. alex@ihrefirma.de</translation>
    </message>
    <message>
        <source>e.g. Alex Morgan
Account Executive, Your Company
+49 30 1234 5678</source>
        <translation>z. B. Alex Morgan
Account Executive, Ihre Firma
+49 30 1234 5678</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signatur</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Working &amp;days</source>
        <translation>Arbeits&amp;tage</translation>
    </message>
    <message>
        <source>Working &amp;hours</source>
        <translation>&amp;Arbeitszeiten</translation>
    </message>
    <message>
        <source>Reminders go out at the start of your working day; calls and deadlines keep to your working week. You can change all of this later in the settings.</source>
        <translation>Erinnerungen gehen zu Beginn Ihres Arbeitstags hinaus; Anrufe und Fristen richten sich nach Ihrer Arbeitswoche. All das können Sie später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>The demo opens in a window of its own, on a file of its own: your pipeline stays yours.</source>
        <translation>Die Demo öffnet sich in einem eigenen Fenster mit einer eigenen Datei: Ihre Pipeline bleibt unberührt.</translation>
    </message>
    <message>
        <source>Your name is needed: your emails are signed with it.</source>
        <translation>Ihr Name wird benötigt: Damit werden Ihre E-Mails unterschrieben.</translation>
    </message>
    <message>
        <source>Your email address is needed: your emails are sent from it.</source>
        <translation>Ihre E-Mail-Adresse wird benötigt: Von ihr werden Ihre E-Mails gesendet.</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::WorkHoursBox</name>
    <message>
        <source>Working day starts</source>
        <translation>Beginn des Arbeitstags</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Ende des Arbeitstags</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>NineTouchUi::ZoneBox</name>
    <message>
        <source>Type a city or a country, e.g. Munich, Wien, New York.</source>
        <translation>Geben Sie eine Stadt oder ein Land ein, z. B. München, Wien, New York.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>NineTouch could not start a connection.</source>
        <translation>NineTouch konnte keine Verbindung aufbauen.</translation>
    </message>
    <message>
        <source>%1 does not answer: check that this computer is online.</source>
        <translation>%1 antwortet nicht: Prüfen Sie, ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>%1 refused the access NineTouch asks for (reading and sending mail).</source>
        <translation>%1 hat den Zugriff abgelehnt, den NineTouch erbittet (Mails lesen und senden).</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (HTTP %2).</source>
        <translation>%1 hat die Anmeldung abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>The answer that reached NineTouch is not from this sign-in. Nothing was kept; sign in again.</source>
        <translation>Die Antwort, die NineTouch erreicht hat, stammt nicht von dieser Anmeldung. Nichts wurde übernommen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in at %1 was declined, so NineTouch has no access to the mail account. Where your company&apos;s administrator must approve apps, ask them to allow NineTouch.</source>
        <translation>Die Anmeldung bei %1 wurde abgelehnt, daher hat NineTouch keinen Zugriff auf das Mailkonto. Wo der Administrator Ihrer Firma Apps freigeben muss, bitten Sie ihn, NineTouch zuzulassen.</translation>
    </message>
    <message>
        <source>%1 ended the sign-in: %2.</source>
        <translation>%1 hat die Anmeldung beendet: %2.</translation>
    </message>
    <message>
        <source>%1 sent the browser back without a code. Sign in again.</source>
        <translation>%1 hat den Browser ohne Code zurückgeschickt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 gave no lasting access (no refresh token): NineTouch would have to ask you to sign in every hour.</source>
        <translation>%1 hat keinen dauerhaften Zugriff gewährt (kein Refresh-Token): NineTouch müsste Sie jede Stunde erneut anmelden.</translation>
    </message>
    <message>
        <source>%1 did not confirm the sign-out (HTTP %2). NineTouch forgot the account&apos;s access all the same.</source>
        <translation>%1 hat die Abmeldung nicht bestätigt (HTTP %2). NineTouch hat den Zugriff auf das Konto trotzdem vergessen.</translation>
    </message>
    <message>
        <source>%1 no longer accepts NineTouch&apos;s access to this mail account: it was withdrawn or has expired. Sign in to %1 again.</source>
        <translation>%1 akzeptiert den Zugriff von NineTouch auf dieses Mailkonto nicht mehr: Er wurde entzogen oder ist abgelaufen. Melden Sie sich erneut bei %1 an.</translation>
    </message>
    <message>
        <source>%1 does not know NineTouch&apos;s client id %2. Check it, or ask your administrator for the company&apos;s.</source>
        <translation>%1 kennt die Client-ID %2 von NineTouch nicht. Prüfen Sie sie, oder fragen Sie Ihren Administrator nach der Ihrer Firma.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address NineTouch sends tokens to: it must be https:// (or http:// on this computer).</source>
        <translation>„%1“ ist keine Adresse, an die NineTouch Tokens sendet: Sie muss mit https:// beginnen (oder http:// auf diesem Computer).</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in&apos;s code: it ran out, or it came from another sign-in. Sign in to %1 again.</source>
        <translation>%1 hat den Code der Anmeldung nicht angenommen: Er ist abgelaufen oder stammt von einer anderen Anmeldung. Melden Sie sich erneut bei %1 an.</translation>
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <source>%1 needs the client id your company registered for NineTouch; your administrator has it.</source>
        <translation>%1 braucht die Client-ID, die Ihre Firma für NineTouch registriert hat; Ihr Administrator hat sie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address NineTouch signs in at: it must be https:// (or http:// on this computer).</source>
        <translation>„%1“ ist keine Adresse, bei der sich NineTouch anmeldet: Sie muss mit https:// beginnen (oder http:// auf diesem Computer).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address NineTouch signs out at: it must be https:// (or http:// on this computer).</source>
        <translation>„%1“ ist keine Adresse, bei der sich NineTouch abmeldet: Sie muss mit https:// beginnen (oder http:// auf diesem Computer).</translation>
    </message>
    <message>
        <source>%1: say which access NineTouch asks for (the scopes).</source>
        <translation>%1: Geben Sie an, welchen Zugriff NineTouch erbittet (die Scopes).</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>no file name was given.</source>
        <translation>es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); choose a file name.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket); wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>cannot write %1 (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>cannot make %1 private to you.</source>
        <translation>die Zugriffsrechte von %1 können nicht auf Sie allein beschränkt werden.</translation>
    </message>
    <message>
        <source>%1 is the NineTouch database itself (or one of its journal files): choose another file name.</source>
        <translation>%1 ist die NineTouch-Datenbank selbst (oder eine ihrer Journaldateien): Wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>RepText</name>
    <message>
        <source>%1 %2 · %3 here</source>
        <translation>%1 %2 · hier %3</translation>
    </message>
</context>
<context>
    <name>SchemaManager</name>
    <message>
        <source>%1 was written by a newer NineTouch (schema %2; this one knows up to %3). Nothing was changed: update NineTouch to open it.</source>
        <translation>%1 wurde von einer neueren NineTouch-Version geschrieben (Schema %2; diese Version kennt Schemas bis %3). Es wurde nichts geändert: Aktualisieren Sie NineTouch, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is a database of another program. Nothing was changed; check that this is the right file.</source>
        <translation>%1 ist die Datenbank eines anderen Programms. Es wurde nichts geändert; prüfen Sie, ob dies die richtige Datei ist.</translation>
    </message>
    <message>
        <source>a row refers to a %1 that does not exist.</source>
        <translation>eine Zeile verweist auf einen nicht vorhandenen Eintrag in %1.</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema %2: %3 Nothing was changed.</source>
        <translation>%1 konnte nicht auf Schema %2 aktualisiert werden: %3 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the version of the schema cannot be read.</source>
        <translation>die Version des Schemas kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the database is at schema %1, which NineTouch never wrote on a server.</source>
        <translation>die Datenbank hat Schema %1, das NineTouch auf einem Server nie geschrieben hat.</translation>
    </message>
    <message>
        <source>Could not bring %1 to schema %2: %3 Nothing was changed.</source>
        <translation>%1 konnte nicht auf Schema %2 gebracht werden: %3 Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the login %1 may not read this pipeline: its tables belong to another login. A team&apos;s database belongs to a role that every rep&apos;s login is a member of; ask the server&apos;s administrator (see docs/server.md, &quot;A team on one server&quot;).</source>
        <translation>die Anmeldung %1 darf diese Pipeline nicht lesen: Ihre Tabellen gehören einer anderen Anmeldung. Die Datenbank eines Teams gehört einer Rolle, in der die Anmeldung jedes Vertrieblers Mitglied ist; fragen Sie den Administrator des Servers (siehe docs/server.md, „A team on one server“).</translation>
    </message>
    <message>
        <source>Could not open %1: %2 Nothing was changed.</source>
        <translation>%1 konnte nicht geöffnet werden: %2 Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>%1 is not a server address NineTouch can read. Write it as postgresql://user@host/database.</source>
        <translation>%1 ist keine Serveradresse, die NineTouch lesen kann. Schreiben Sie sie als postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>port=%1 is not a port number.</source>
        <translation>port=%1 ist keine Portnummer.</translation>
    </message>
    <message>
        <source>connect_timeout=%1 is not a number of seconds.</source>
        <translation>connect_timeout=%1 ist keine Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>NineTouch does not know the setting %1 in the address. It knows host, port, sslmode, sslrootcert and connect_timeout.</source>
        <translation>NineTouch kennt die Einstellung %1 in der Adresse nicht. Es kennt host, port, sslmode, sslrootcert und connect_timeout.</translation>
    </message>
    <message>
        <source>the address names no database. Write it as postgresql://user@host/database.</source>
        <translation>die Adresse nennt keine Datenbank. Schreiben Sie sie als postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 ist keiner von %2.</translation>
    </message>
    <message>
        <source>sslmode=%1 would send the pipeline to %2 without checking that it is that server. Off this machine NineTouch connects with sslmode=verify-full only: leave sslmode out.</source>
        <translation>sslmode=%1 würde die Pipeline an %2 schicken, ohne zu prüfen, dass es dieser Server ist. Außerhalb dieses Rechners verbindet sich NineTouch nur mit sslmode=verify-full: Lassen Sie sslmode weg.</translation>
    </message>
    <message>
        <source>%1 on this machine</source>
        <translation>%1 auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>the environment sets %1, which would send NineTouch somewhere the address does not say. Unset it.</source>
        <translation>die Umgebung setzt %1, was NineTouch woandershin schicken würde, als die Adresse sagt. Entfernen Sie die Variable.</translation>
    </message>
    <message>
        <source>the address names several servers (%1). NineTouch connects to one: name it alone.</source>
        <translation>die Adresse nennt mehrere Server (%1). NineTouch verbindet sich mit einem: Nennen Sie nur ihn.</translation>
    </message>
    <message>
        <source>the address holds a password. Take it out: NineTouch asks for it, or reads it from the keyring, PGPASSWORD or ~/.pgpass, never from the address.</source>
        <translation>die Adresse enthält ein Passwort. Nehmen Sie es heraus: NineTouch fragt danach oder liest es aus dem Schlüsselbund, PGPASSWORD oder ~/.pgpass, nie aus der Adresse.</translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <source>the keyring did not give out the password of %1 for %2.</source>
        <translation>der Schlüsselbund hat das Passwort von %1 für %2 nicht herausgegeben.</translation>
    </message>
    <message>
        <source>the password could not be kept: no keyring answers on this computer (%1). Put it in ~/.pgpass instead.</source>
        <translation>das Passwort konnte nicht gespeichert werden: Auf diesem Computer antwortet kein Schlüsselbund (%1). Tragen Sie es stattdessen in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>the keyring did not forget the password (%1).</source>
        <translation>der Schlüsselbund hat das Passwort nicht gelöscht (%1).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>must be between %1 and %2; %3 was given.</source>
        <translation>muss zwischen %1 und %2 liegen; angegeben wurde %3.</translation>
    </message>
    <message>
        <source>Your time zone &apos;%1&apos; is not known on this computer; %2 is used until you choose another in the settings.</source>
        <translation>Ihre Zeitzone „%1“ ist auf diesem Computer nicht bekannt; bis Sie in den Einstellungen eine andere wählen, wird %2 verwendet.</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;.</source>
        <translation>Es gibt keine Einstellung „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address (like name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (wie name@example.com).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weekday; use mon, tue, wed, thu, fri, sat, sun separated by commas.</source>
        <translation>„%1“ ist kein Wochentag; verwenden Sie mon, tue, wed, thu, fri, sat, sun, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>at least one working day is needed.</source>
        <translation>mindestens ein Arbeitstag ist erforderlich.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a working-hours range; write it like 09:00-17:00, start before end.</source>
        <translation>„%1“ ist kein Arbeitszeitbereich; geben Sie ihn etwa als 09:00-17:00 an, Beginn vor Ende.</translation>
    </message>
    <message>
        <source>%1 Separate several dates with commas.</source>
        <translation>%1 Trennen Sie mehrere Daten durch Kommas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address; write it like %2.</source>
        <translation>&apos;%1&apos; ist keine Serveradresse; schreiben Sie sie etwa so: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a user name or password: give the user name on its own; the password is kept in the system&apos;s keyring, never in the settings.</source>
        <translation>&apos;%1&apos; enthält einen Benutzernamen oder ein Passwort: Geben Sie den Benutzernamen für sich an; das Passwort liegt im Schlüsselbund des Systems, nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than a server and a port; write it like %2.</source>
        <translation>&apos;%1&apos; enthält mehr als Server und Port; schreiben Sie sie etwa so: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty date between commas.</source>
        <translation>&apos;%1&apos; hat ein leeres Datum zwischen Kommas.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Lead</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>Contact&apos;s first name</source>
        <translation>Vorname des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact&apos;s full name</source>
        <translation>Vollständiger Name des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>E-Mail des Ansprechpartners</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>What the deal is about, as the prospect knows it</source>
        <translation>Worum es im Deal geht, so wie der Interessent es kennt</translation>
    </message>
    <message>
        <source>Deal title (your own name for it)</source>
        <translation>Deal-Titel (Ihre eigene Bezeichnung)</translation>
    </message>
    <message>
        <source>Deal value, in the prospect&apos;s conventions</source>
        <translation>Deal-Wert, in der Schreibweise des Interessenten</translation>
    </message>
    <message>
        <source>What the prospect gains</source>
        <translation>Was der Interessent gewinnt</translation>
    </message>
    <message>
        <source>Next meeting&apos;s date</source>
        <translation>Datum des nächsten Termins</translation>
    </message>
    <message>
        <source>Next meeting&apos;s time</source>
        <translation>Uhrzeit des nächsten Termins</translation>
    </message>
    <message>
        <source>Next meeting&apos;s time zone</source>
        <translation>Zeitzone des nächsten Termins</translation>
    </message>
    <message>
        <source>Next meeting&apos;s agenda</source>
        <translation>Agenda des nächsten Termins</translation>
    </message>
    <message>
        <source>When the next meeting was agreed: today, yesterday, on Monday</source>
        <translation>Wann der nächste Termin vereinbart wurde: heute, gestern, am Montag</translation>
    </message>
    <message>
        <source>Date of the missed call</source>
        <translation>Datum des verpassten Anrufs</translation>
    </message>
    <message>
        <source>Time of the missed call</source>
        <translation>Uhrzeit des verpassten Anrufs</translation>
    </message>
    <message>
        <source>Proposed new date</source>
        <translation>Vorgeschlagenes neues Datum</translation>
    </message>
    <message>
        <source>Proposed new time</source>
        <translation>Vorgeschlagene neue Uhrzeit</translation>
    </message>
    <message>
        <source>Proposed time&apos;s zone</source>
        <translation>Zeitzone der vorgeschlagenen Uhrzeit</translation>
    </message>
    <message>
        <source>Decision deadline</source>
        <translation>Entscheidungsfrist</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ihre E-Mail</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Ihre Signatur</translation>
    </message>
    <message>
        <source>The %1 is too long (%2 characters; at most %3).</source>
        <translation>Der %1 ist zu lang (%2 Zeichen; höchstens %3).</translation>
    </message>
    <message>
        <source>The %1 has more than %2 placeholders.</source>
        <translation>Der %1 hat mehr als %2 Platzhalter.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}} in the %2, line %3.</source>
        <translation>Unbekannter Platzhalter {{%1}} im %2, Zeile %3.</translation>
    </message>
    <message>
        <source>No value for {{%1}} in the %2, line %3: fill it in, or give a fallback like {{%1|...}}.</source>
        <translation>Kein Wert für {{%1}} im %2, Zeile %3: Füllen Sie ihn aus oder geben Sie einen Ersatzwert an, etwa {{%1|...}}.</translation>
    </message>
    <message>
        <source>A placeholder is not closed in the %1, line %2: &quot;%3&quot;.</source>
        <translation>Im %1, Zeile %2, ist ein Platzhalter nicht geschlossen: „%3“.</translation>
    </message>
    <message>
        <source>When the call was missed: today, yesterday, on Monday</source>
        <translation>Wann der Anruf verpasst wurde: heute, gestern, am Montag</translation>
    </message>
    <message>
        <source>How you meet: call, video call or meeting, in the prospect&apos;s language</source>
        <translation>Wie Sie sich treffen: Telefonat, Videotelefonat oder Treffen, in der Sprache des Interessenten</translation>
    </message>
    <message>
        <source>The invite&apos;s line: you will call, open the video call, or meet them</source>
        <translation>Die Zeile der Einladung: Sie rufen an, starten das Videotelefonat oder treffen sich</translation>
    </message>
    <message>
        <source>The reminder&apos;s promise: I will call you, open the video call, or see you</source>
        <translation>Das Versprechen der Erinnerung: Ich rufe an, starte das Videotelefonat oder wir sehen uns</translation>
    </message>
    <message>
        <source>The line about the calendar invitation: it comes with this email, or follows separately when you copy the text or open it in your mail app</source>
        <translation>Der Satz zur Kalendereinladung: Sie kommt mit dieser E-Mail oder folgt gesondert, wenn Sie den Text kopieren oder im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>How the email opens, as the contact is addressed: Guten Tag Frau Müller, Hi Sam</source>
        <translation>Wie die E-Mail beginnt, je nach Anrede: Guten Tag Frau Müller, Hi Sam</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>The subject is empty.</source>
        <translation>Der Betreff ist leer.</translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation>Der Betreff muss einzeilig sein.</translation>
    </message>
    <message>
        <source>The subject is %1 characters long; keep it under %2.</source>
        <translation>Der Betreff ist %1 Zeichen lang; halten Sie ihn unter %2.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>Der %1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>This step of the rule has no email template.</source>
        <translation>Für diesen Schritt der Regel gibt es keine E-Mail-Vorlage.</translation>
    </message>
    <message>
        <source>Templates exist in %1; &apos;%2&apos; is not one of them.</source>
        <translation>Vorlagen gibt es in %1; „%2“ ist keine davon.</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>The file is not valid UTF-8; read it as Windows-1252 instead.</source>
        <translation>Die Datei ist kein gültiges UTF-8; lesen Sie sie stattdessen als Windows-1252 ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an encoding; use auto, utf-8, utf-16 or windows-1252.</source>
        <translation>„%1“ ist keine Kodierung; verwenden Sie auto, utf-8, utf-16 oder windows-1252.</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be reached.</source>
        <translation>%1 existiert nicht oder ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); save the data to a file first.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket); speichern Sie die Daten zuerst in einer Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it into smaller files.</source>
        <translation>%1 ist größer als %2 MiB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains binary data).</source>
        <translation>%1 ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>%1 is the NineTouch database itself (or one of its journal files), not a file to read: choose the file to import.</source>
        <translation>%1 ist die NineTouch-Datenbank selbst (oder eine ihrer Journaldateien), keine Datei zum Einlesen: Wählen Sie die Datei, die Sie importieren möchten.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>%1 holds deals already: NineTouch copies a pipeline only into an empty database, and never mixes two.</source>
        <translation>%1 enthält schon Deals: NineTouch kopiert eine Pipeline nur in eine leere Datenbank und mischt nie zwei.</translation>
    </message>
    <message>
        <source>%1: %2 rows of %3 were copied, but %4 are there. Nothing was changed.</source>
        <translation>%1: %2 Zeilen von %3 wurden kopiert, aber %4 sind dort. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1: a row of %2 names rep %3, who is not there. Nothing was changed.</source>
        <translation>%1: Eine Zeile von %2 nennt den Vertriebler %3, den es dort nicht gibt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 holds deals of %2 and of its own rep, who may be someone else: copied by %2, they would become one rep&apos;s. Nothing was changed; let the file&apos;s own rep copy it.</source>
        <translation>%1 enthält Deals von %2 und von seinem eigenen Vertriebler, der jemand anderes sein kann: Von %2 kopiert, würden sie die Deals eines einzigen Vertrieblers. Nichts wurde geändert; lassen Sie den eigenen Vertriebler der Datei kopieren.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Break up with cold deals on purpose.</source>
        <translation>Trennen Sie sich bewusst von kalten Deals.</translation>
    </message>
    <message>
        <source>The database (default: your data location).</source>
        <translation>Die Datenbank (Standard: Ihr Datenverzeichnis).</translation>
    </message>
    <message>
        <source>Pretend it is this time (ISO 8601).</source>
        <translation>So tun, als wäre es dieser Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>Render a view to a PNG and exit.</source>
        <translation>Eine Ansicht als PNG ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Open a fresh demo pipeline, in a file of its own (your pipeline is not touched).</source>
        <translation>Eine frische Demo-Pipeline öffnen, in einer eigenen Datei (Ihre Pipeline bleibt unberührt).</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1366x768).</source>
        <translation>Mit --screenshot: die Fenstergröße (Standard 1366x768).</translation>
    </message>
    <message>
        <source>--demo makes its own file: leave out --db.</source>
        <translation>--demo legt eine eigene Datei an: Lassen Sie --db weg.</translation>
    </message>
    <message>
        <source>Start NineTouch without --db to use your own pipeline, or create the file with ninetouch-cli --db FILE init.</source>
        <translation>Starten Sie NineTouch ohne --db, um Ihre eigene Pipeline zu verwenden, oder legen Sie die Datei mit ninetouch-cli --db FILE init an.</translation>
    </message>
    <message>
        <source>--view %1: use composer:ID:STEP with a deal id and recap, reminder, missed-call, breakup or reengage.</source>
        <translation>--view %1: Verwenden Sie composer:ID:STEP mit einer Deal-ID und recap, reminder, missed-call, breakup oder reengage.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Der Screenshot %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The language of the app: en or de (default: as set in the settings, else the system&apos;s).</source>
        <translation>Die Sprache der App: en oder de (Standard: wie in den Einstellungen gewählt, sonst die des Systems).</translation>
    </message>
    <message>
        <source>--language: &apos;%1&apos; is not one NineTouch speaks; use %2.</source>
        <translation>--language: &apos;%1&apos; spricht NineTouch nicht; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>With --screenshot: board, deal:ID, deal:ID:details, composer:ID:STEP, queue, welcome or import:FILE.</source>
        <translation>Mit --screenshot: board, deal:ID, deal:ID:details, composer:ID:STEP, queue, welcome oder import:FILE.</translation>
    </message>
    <message>
        <source>--view %1: cannot read that file.</source>
        <translation>--view %1: Diese Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--view %1 is not a view: use board, deal:ID, deal:ID:details, composer:ID:STEP, queue, welcome or import:FILE.</source>
        <translation>--view %1 ist keine Ansicht: Verwenden Sie board, deal:ID, deal:ID:details, composer:ID:STEP, queue, welcome oder import:FILE.</translation>
    </message>
    <message>
        <source>--size %1: use width x height in pixels, from %2x%3 up, like 1366x768.</source>
        <translation>--size %1: Geben Sie Breite x Höhe in Pixeln an, ab %2x%3, etwa 1366x768.</translation>
    </message>
    <message>
        <source>--view %1: there is no deal %2.</source>
        <translation>--view %1: Es gibt keinen Deal %2.</translation>
    </message>
    <message>
        <source>Open the pipeline on this computer</source>
        <translation>Die Pipeline auf diesem Computer öffnen</translation>
    </message>
    <message>
        <source>You did not sign in to %1.</source>
        <translation>Sie haben sich nicht bei %1 angemeldet.</translation>
    </message>
</context>
</TS>
