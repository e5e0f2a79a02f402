#include "clirunner.h"

#include "commands.h"

#include <QCoreApplication>

namespace NineTouch {

using namespace Cli;

namespace {

// The command the words name: "deal add" takes two words, "next" one.
const Command *find(const Arguments &args)
{
    const QString one = args.word(0);
    const QString two = one + QLatin1Char(' ') + args.word(1);
    for (const Command &c : commands()) {
        if (c.name == two || c.name == one)
            return &c;
    }
    return nullptr;
}

// What the group offers, for a message about a mistyped subcommand: "add, list, show".
QStringList subcommands(const QString &group)
{
    QStringList subs;
    for (const Command &c : commands()) {
        if (c.name.startsWith(group + QLatin1Char(' ')))
            subs << c.name.section(QLatin1Char(' '), 1);
    }
    return subs;
}

Status checkOptions(const Command &command, const Arguments &args)
{
    static const QSet<QString> global { QStringLiteral("db"), QStringLiteral("now") };
    for (auto it = args.options.cbegin(); it != args.options.cend(); ++it) {
        if (!global.contains(it.key()) && !command.options.contains(it.key()))
            return inputError(CliRunner::tr("Unknown option --%1 for '%2'; see 'ninetouch-cli "
                                            "--help'.")
                                  .arg(it.key(), command.name));
    }
    return success();
}

Status runCommand(const Arguments &args, QTextStream &out, QTextStream &err)
{
    const QString word = args.word(0);
    if (word.isEmpty())
        return inputError(CliRunner::tr("No command given.\n%1").arg(CliRunner::usage()));
    const Command *command = find(args);
    if (!command) {
        const QStringList subs = subcommands(word);
        if (!subs.isEmpty())
            return inputError(CliRunner::tr("'%1 %2' is not a command; use %1 %3.")
                                  .arg(word, args.word(1), subs.join(QStringLiteral(", "))));
        return inputError(CliRunner::tr("Unknown command '%1'.\n%2").arg(word, CliRunner::usage()));
    }
    // Usage is checked before the database is opened: a typo never touches the file.
    if (Status s = checkOptions(*command, args); !s)
        return s;
    Context context(args, out, err);
    if (command->ownDatabases) {
        if (args.option("db"))
            return inputError(CliRunner::tr("'%1' names its databases itself: leave out --db.")
                                  .arg(command->name));
    } else if (Status s = context.open(command->mode, command->check); !s) {
        return s;
    }
    return command->run(context);
}

} // namespace

QString CliRunner::usage()
{
    return tr(R"(Usage: ninetouch-cli [--db FILE] [--now ISO8601] [--json] [--team] COMMAND
       ninetouch-cli --help | --version

  --team: on a database several reps share, the lists (deal list, next, report, export)
  show every rep's deals, each with its owner; without it, the rep's own

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
                                     'default' returns to the setting)
  deal won ID | deal lost ID [--reason TEXT] | deal reopen ID
  meeting set ID --at ISO8601 [--tz ZONE] [--minutes M] [--agenda TEXT]
           [--channel phone|video|in-person]
  meeting held ID
  meeting missed ID [--tried direct,reception,mobile]
  touch ID KIND [--at ISO8601] [--note TEXT] [--text SENT_TEXT]
           KIND: recap invite reminder call missed-call breakup reply reengage note
  next [--days N]                    steps overdue or due by the end of day N
  report                             the honest pipeline (--team: the team's, and each rep's)
  settings [KEY [VALUE]]
  draft ID STEP [--eml FILE] [--sent]
                                     STEP: recap reminder missed-call breakup reengage;
                                     --sent records the touch with the draft's exact text
  ics ID [--method request|cancel] [--out FILE]
  import FILE.csv [--dry-run] [--map COLUMN=FIELD]... [--encoding E]
         [--language en|de] [--tz ZONE]
                                     deals with their contacts, from NineTouch, Pipedrive,
                                     HubSpot or Salesforce exports; every row checked first;
                                     --language and --tz: for contacts the file says
                                     nothing about (else guessed, and said)
  export FILE.csv
  backup FILE                        a consistent copy while in use
  check [--repair]                   each deal's cadence summary against its history;
                                     --repair makes them again from the histories
  migrate --from DB --to DB          the whole pipeline into an empty database, file or
                                     postgresql://user@host/dbname, either way

Exit codes: 0 done, 1 bad usage or input, 2 database unusable, 3 refused by the rules.
The commands, options, exit codes and JSON keys are a promise to scripts: see docs/cli.md
(installed in /usr/share/doc/ninetouch/cli.md).
)");
}

int CliRunner::run(const QStringList &args)
{
    auto parsed = parseArguments(args);
    if (!parsed) {
        m_err << describe(parsed.error()) << '\n';
        return BadInput;
    }
    if (parsed->flags.contains(QStringLiteral("help"))
        || parsed->words.value(0) == QLatin1String("help")) {
        m_out << usage();
        return Done;
    }
    if (parsed->flags.contains(QStringLiteral("version"))) {
        m_out << "ninetouch-cli " << QCoreApplication::applicationVersion() << '\n';
        return Done;
    }
    const Status s = runCommand(*parsed, m_out, m_err);
    m_out.flush();
    if (s)
        return Done;
    m_err << describe(s.error()) << '\n';
    m_err.flush();
    return int(s.error().kind);
}

} // namespace NineTouch
