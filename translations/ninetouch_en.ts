<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CadenceEngine</name>
    <message numerus="yes">
        <source>High follow-up cost, decision material delivered and %n cycle(s) without a decision: send the break-up email now.</source>
        <translation>
            <numerusform>High follow-up cost, decision material delivered and %n cycle without a decision: send the break-up email now.</numerusform>
            <numerusform>High follow-up cost, decision material delivered and %n cycles without a decision: send the break-up email now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) without an answer: send the break-up email.</source>
        <translation>
            <numerusform>%n cycle without an answer: send the break-up email.</numerusform>
            <numerusform>%n cycles without an answer: send the break-up email.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message numerus="yes">
        <source>%n new message(s) read; </source>
        <translation>
            <numerusform>%n new message read; </numerusform>
            <numerusform>%n new messages read; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded</source>
        <translation>
            <numerusform>%n recorded</numerusform>
            <numerusform>%n recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n of no deal, left alone</source>
        <translation>
            <numerusform>; %n of no deal, left alone</numerusform>
            <numerusform>; %n of no deal, left alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable</source>
        <translation>
            <numerusform>; %n unreadable</numerusform>
            <numerusform>; %n unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): every cadence summary says what its history says.
</source>
        <translation>
            <numerusform>%n deal: every cadence summary says what its history says.
</numerusform>
            <numerusform>%n deals: every cadence summary says what its history says.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n deal(s) with their histories, settings and templates from %1 to %2.
</source>
        <translation>
            <numerusform>Copied %n deal with its history, settings and templates from %1 to %2.
</numerusform>
            <numerusform>Copied %n deals with their histories, settings and templates from %1 to %2.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealImport</name>
    <message numerus="yes">
        <source>%n line(s) at the end (a report footer) left out.</source>
        <translation>
            <numerusform>%n line at the end (a report footer) left out.</numerusform>
            <numerusform>%n lines at the end (a report footer) left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) without an organization: the domain of the contact&apos;s email is used.</source>
        <translation>
            <numerusform>%n deal without an organization: the domain of the contact&apos;s email is used.</numerusform>
            <numerusform>%n deals without an organization: the domain of the contact&apos;s email is used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) give other contact details for an email address that already has a contact; one contact per address, its first details kept (%1).</source>
        <translation>
            <numerusform>%n row give other contact details for an email address that already has a contact; one contact per address, its first details kept (%1).</numerusform>
            <numerusform>%n rows give other contact details for an email address that already has a contact; one contact per address, its first details kept (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) read %1, as chosen for this file.</source>
        <translation>
            <numerusform>%n new contact read %1, as chosen for this file.</numerusform>
            <numerusform>%n new contacts read %1, as chosen for this file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) read German: their country (or their phone number&apos;s) speaks it.</source>
        <translation>
            <numerusform>%n new contact read German: their country (or their phone number&apos;s) speaks it.</numerusform>
            <numerusform>%n new contacts read German: their country (or their phone number&apos;s) speaks it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) read German: the file&apos;s column names are German.</source>
        <translation>
            <numerusform>%n new contact read German: the file&apos;s column names are German.</numerusform>
            <numerusform>%n new contacts read German: the file&apos;s column names are German.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) read English: the file gives no language or German-speaking country for them.</source>
        <translation>
            <numerusform>%n new contact read English: the file gives no language or German-speaking country for them.</numerusform>
            <numerusform>%n new contacts read English: the file gives no language or German-speaking country for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) in %1, as chosen for this file.</source>
        <translation>
            <numerusform>%n new contact in %1, as chosen for this file.</numerusform>
            <numerusform>%n new contacts in %1, as chosen for this file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) placed in a time zone by their country.</source>
        <translation>
            <numerusform>%n new contact placed in a time zone by their country.</numerusform>
            <numerusform>%n new contacts placed in a time zone by their country.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) placed in a time zone by the country of their phone number.</source>
        <translation>
            <numerusform>%n new contact placed in a time zone by the country of their phone number.</numerusform>
            <numerusform>%n new contacts placed in a time zone by the country of their phone number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) in your own time zone (%1): the file gives no zone, country or phone number that says another.</source>
        <translation>
            <numerusform>%n new contact in your own time zone (%1): the file gives no zone, country or phone number that says another.</numerusform>
            <numerusform>%n new contacts in your own time zone (%1): the file gives no zone, country or phone number that says another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) read English: their country does not speak German.</source>
        <translation>
            <numerusform>%n new contact read English: their country does not speak German.</numerusform>
            <numerusform>%n new contacts read English: their country does not speak German.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) in your own time zone (%1) for now: their country has several; set each one&apos;s zone in the deal.</source>
        <translation>
            <numerusform>%n new contact in your own time zone (%1) for now: their country has several; set each one&apos;s zone in the deal.</numerusform>
            <numerusform>%n new contacts in your own time zone (%1) for now: their country has several; set each one&apos;s zone in the deal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouch::Pipeline</name>
    <message numerus="yes">
        <source>&apos;%1&apos; still has %n deal(s) (won and lost ones count too): move them to another stage first.</source>
        <translation>
            <numerusform>&apos;%1&apos; still has %n deal (won and lost ones count too): move them to another stage first.</numerusform>
            <numerusform>&apos;%1&apos; still has %n deals (won and lost ones count too): move them to another stage first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouch::PipelineModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::BoardView</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::CallAlert</name>
    <message numerus="yes">
        <source>%n more call(s) due: see the day queue.</source>
        <translation>
            <numerusform>%n more call due: see the day queue.</numerusform>
            <numerusform>%n more calls due: see the day queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::CardDelegate</name>
    <message numerus="yes">
        <source>Idle for %n day(s): no stage change, reply or held meeting.</source>
        <translation>
            <numerusform>Idle for %n day: no stage change, reply or held meeting.</numerusform>
            <numerusform>Idle for %n days: no stage change, reply or held meeting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::DealPanel</name>
    <message numerus="yes">
        <source>%n call attempt(s)</source>
        <translation>
            <numerusform>%n call attempt</numerusform>
            <numerusform>%n call attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n meeting held</numerusform>
            <numerusform>%n meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n message sent</numerusform>
            <numerusform>%n messages sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::FileActions</name>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>Exported %n deal to %1.</numerusform>
            <numerusform>Exported %n deals to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::HonestBar</name>
    <message numerus="yes">
        <source>Open pipeline %1 · %n deal(s)</source>
        <translation>
            <numerusform>Open pipeline %1 · %n deal</numerusform>
            <numerusform>Open pipeline %1 · %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle for 30+ days</source>
        <translation>
            <numerusform>%n idle for 30+ days</numerusform>
            <numerusform>%n idle for 30+ days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::ImportDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; export · %2 · fields separated by %3 · %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; export · %2 · fields separated by %3 · %n row</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; export · %2 · fields separated by %3 · %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n deal(s)…</source>
        <translation>
            <numerusform>Importing %n deal…</numerusform>
            <numerusform>Importing %n deals…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::InboxIndicator</name>
    <message numerus="yes">
        <source>Last look: %n new message(s)</source>
        <translation>
            <numerusform>Last look: %n new message</numerusform>
            <numerusform>Last look: %n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded on deals</source>
        <translation>
            <numerusform>%n recorded on deals</numerusform>
            <numerusform>%n recorded on deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the inbox: %n note(s) recorded</source>
        <translation>
            <numerusform>From the inbox: %n note recorded</numerusform>
            <numerusform>From the inbox: %n notes recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) arrived: %1</source>
        <translation>
            <numerusform>%n answer arrived: %1</numerusform>
            <numerusform>%n answers arrived: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::MainWindow</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::QueueDock</name>
    <message numerus="yes">
        <source>Today: %n step(s)</source>
        <translation>
            <numerusform>Today: %n step</numerusform>
            <numerusform>Today: %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::ServerPage</name>
    <message numerus="yes">
        <source>Connected to %1. It holds %n deal(s).</source>
        <translation>
            <numerusform>Connected to %1. It holds %n deal.</numerusform>
            <numerusform>Connected to %1. It holds %n deals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy all %n deal(s) of %1, with their histories, your settings and templates, to the server? %1 stays as it is.</source>
        <translation>
            <numerusform>Copy the %n deal of %1, with its history, your settings and templates, to the server? %1 stays as it is.</numerusform>
            <numerusform>Copy all %n deals of %1, with their histories, your settings and templates, to the server? %1 stays as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n deal(s) to %1. Press OK: NineTouch opens it from its next start.</source>
        <translation>
            <numerusform>Copied %n deal to %1. Press OK: NineTouch opens it from its next start.</numerusform>
            <numerusform>Copied %n deals to %1. Press OK: NineTouch opens it from its next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NineTouchUi::SettingsDialog</name>
    <message numerus="yes">
        <source> business day(s) before</source>
        <translation>
            <numerusform> business day before</numerusform>
            <numerusform> business days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> business day(s)</source>
        <translation>
            <numerusform> business day</numerusform>
            <numerusform> business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> business day(s) later</source>
        <translation>
            <numerusform> business day later</numerusform>
            <numerusform> business days later</numerusform>
        </translation>
    </message>
</context>
</TS>
