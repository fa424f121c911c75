#include "app/cli/TicketCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "core/inventory/DirectoryRepository.h"
#include "core/audit/AuditLog.h"
#include "core/i18n/Translations.h"
#include "core/targets/TargetResolver.h"
#include "core/tickets/KnowledgeBase.h"
#include "core/tickets/TicketCategoryNames.h"
#include "core/tickets/TicketSave.h"
#include "core/tickets/TicketCategories.h"
#include "core/tickets/TicketStore.h"
#include "core/tickets/TicketWorkflow.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <optional>

namespace wb {

namespace {

struct TicketCli
{
    OpenWorkspace ws;
    QCommandLineParser parser;

    TicketStore store() const { return TicketStore(ws.workspace.database()); }
    TicketCategories categoryTree() const { return TicketCategories(ws.workspace.database()); }

    // A category's path, from one read of the tree per command: a listing
    // names up to a page of tickets' categories.
    QString categoryPath(CategoryId id, CategoryNames names = CategoryNames::Shown) const
    {
        std::optional<QHash<CategoryId, QString>> &paths = names == CategoryNames::Stored ? storedPaths : shownPaths;
        if (!paths)
            paths = categoryTree().paths(nullptr, names);
        return paths->value(id);
    }
    mutable std::optional<QHash<CategoryId, QString>> storedPaths;
    mutable std::optional<QHash<CategoryId, QString>> shownPaths;

    // An inventory host by name or path; 0 when there is none, or when the bare
    // name is shared (then *ambiguity names the candidates).
    qint64 hostByName(const QString &name, QString *ambiguity = nullptr) const
    {
        QStringList candidates;
        const HostId id = ws.inventory.resolveHost(name, &candidates);
        if (!candidates.isEmpty() && ambiguity)
            *ambiguity = TargetResolver::ambiguousHost(name, candidates);
        return id;
    }

    // A directory of the inventory by its name (0: none), and back.
    qint64 directoryByName(const QString &name) const
    {
        std::optional<Directory> found;
        QString error;
        DirectoryRepository::findByName(ws.workspace.database(), name, &found, &error);
        return found ? found->id : 0;
    }
    QString directoryName(qint64 id) const
    {
        std::optional<Directory> found;
        QString error;
        DirectoryRepository::read(ws.workspace.database(), id, &found, &error);
        return found ? found->name : QString::number(id);
    }

    QString hostName(qint64 id) const
    {
        const QString name = ws.inventory.displayName(id);
        return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
    }

    // "Account/Password" or "Account / Password", case-insensitive; a
    // built-in category by its English or its Dutch name, whatever language
    // this runs in, so scripts keep working (and by the UI language's).
    CategoryId categoryByPath(const QString &path) const
    {
        QStringList wanted = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (QString &name : wanted)
            name = name.trimmed();
        const QString joined = wanted.join(QStringLiteral(" / "));
        QTranslator dutch;
        const bool haveDutch = loadTranslation(dutch, QStringLiteral("nl"));
        const QList<TicketCategory> categories = categoryTree().list(); // one read, named three ways
        QList<QHash<CategoryId, QString>> namings{
            TicketCategories::pathsOf(categories, [](const TicketCategory &c) { return c.name; }),
            TicketCategories::pathsOf(categories, [](const TicketCategory &c) { return TicketCategoryNames::shown(c); })};
        if (haveDutch)
            namings << TicketCategories::pathsOf(categories, [&dutch](const TicketCategory &c) { return TicketCategoryNames::in(c, dutch); });
        for (const QHash<CategoryId, QString> &paths : std::as_const(namings)) {
            for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
                if (it.value().compare(joined, Qt::CaseInsensitive) == 0)
                    return it.key();
            }
        }
        return 0;
    }

    QJsonObject toJson(const Ticket &t, bool withLog) const
    {
        auto time = [](const QDateTime &at) { return at.isValid() ? QJsonValue(at.toString(Qt::ISODate)) : QJsonValue(); };
        QJsonArray hosts;
        for (qint64 id : t.hostIds)
            hosts.append(hostName(id));
        QJsonObject object{{QStringLiteral("id"), t.id},
                           {QStringLiteral("title"), t.title},
                           {QStringLiteral("description"), t.description},
                           {QStringLiteral("requester"), QJsonObject{{QStringLiteral("name"), t.requester.name},
                                                                     {QStringLiteral("email"), t.requester.email},
                                                                     {QStringLiteral("phone"), t.requester.phone}}},
                           {QStringLiteral("category"), categoryPath(t.categoryId, CategoryNames::Stored)},
                           {QStringLiteral("urgency"), t.urgency},
                           {QStringLiteral("impact"), t.impact},
                           {QStringLiteral("priority"), t.priority},
                           {QStringLiteral("priority_overridden"), t.priorityOverridden},
                           {QStringLiteral("status"), TicketWorkflow::statusKey(t.status)},
                           {QStringLiteral("assignee"), t.assignee},
                           {QStringLiteral("hosts"), hosts},
                           {QStringLiteral("due"), time(t.due)},
                           {QStringLiteral("overdue"), t.isOverdue(QDateTime::currentDateTimeUtc())},
                           {QStringLiteral("solution"), t.solution},
                           {QStringLiteral("created"), time(t.created)},
                           {QStringLiteral("first_response"), time(t.firstResponse)},
                           {QStringLiteral("resolved"), time(t.resolved)},
                           {QStringLiteral("closed"), time(t.closed)}};
        QJsonArray directories;
        for (const TicketStore::DirectoryLink &link : store().directoryLinks(t.id))
            directories.append(QJsonObject{{QStringLiteral("name"), directoryName(link.directoryId)},
                                           {QStringLiteral("account"), link.accountDn.isEmpty() ? QJsonValue() : QJsonValue(link.accountDn)}});
        object.insert(QStringLiteral("directories"), directories);
        if (withLog) {
            QJsonArray log;
            for (const WorkLogEntry &e : store().workLog(t.id))
                log.append(QJsonObject{{QStringLiteral("author"), e.author}, {QStringLiteral("at"), time(e.at)},
                                       {QStringLiteral("text"), e.text}, {QStringLiteral("minutes"), e.minutes},
                                       {QStringLiteral("public"), e.isPublic}});
            object.insert(QStringLiteral("work_log"), log);
        }
        return object;
    }

    void printList(const QList<Ticket> &tickets) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<QStringList> rows;
        rows << QStringList{Cli::tr("ID"), Cli::tr("PRI"), Cli::tr("STATUS"), Cli::tr("DUE"), Cli::tr("ASSIGNEE"), Cli::tr("TITLE")};
        for (const Ticket &t : tickets) {
            QString due = t.due.isValid() ? t.due.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
            if (t.isOverdue(now))
                due += Cli::tr(" (overdue)");
            rows << QStringList{QStringLiteral("#%1").arg(t.id), QString::number(t.priority), TicketWorkflow::statusKey(t.status), due,
                                t.assignee.isEmpty() ? QStringLiteral("-") : printable(t.assignee), printable(t.title)};
        }
        printColumns(rows);
    }

    void printOne(const Ticket &t) const
    {
        out() << QStringLiteral("#%1 %2").arg(t.id).arg(printable(t.title)) << '\n';
        QStringList hosts;
        for (qint64 id : t.hostIds)
            hosts << hostName(id);
        const QList<std::pair<QString, QString>> fields = {
            {Cli::tr("Status"), TicketWorkflow::statusName(t.status)},
            {Cli::tr("Priority"), t.priorityOverridden ? Cli::tr("%1 (set by hand)").arg(t.priority) : QString::number(t.priority)},
            {Cli::tr("Urgency / impact"), QStringLiteral("%1 / %2").arg(t.urgency).arg(t.impact)},
            {Cli::tr("Category"), categoryPath(t.categoryId)},
            {Cli::tr("Requester"), printable(QStringList{t.requester.name, t.requester.email, t.requester.phone}.join(QLatin1Char(' ')).simplified())},
            {Cli::tr("Assignee"), printable(t.assignee)},
            {Cli::tr("Hosts"), printable(hosts.join(QStringLiteral(", ")))},
            {Cli::tr("Due"), t.due.isValid() ? t.due.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-")},
            {Cli::tr("Created"), t.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        };
        for (const auto &field : fields)
            out() << (field.first + QLatin1Char(':')).leftJustified(18) << field.second << '\n';
        if (!t.description.isEmpty())
            out() << '\n' << printable(t.description, true) << '\n';
        if (!t.solution.isEmpty())
            out() << '\n' << Cli::tr("Solution:") << ' ' << printable(t.solution, true) << '\n';
        for (const WorkLogEntry &e : store().workLog(t.id))
            out() << '\n' << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << printable(e.author)
                  << (e.isPublic ? Cli::tr(" (public)") : QString()) << (e.minutes > 0 ? Cli::tr(", %n minute(s)", nullptr, e.minutes) : QString())
                  << '\n' << printable(e.text, true) << '\n';
        out().flush();
    }
};

// The text of --NAME, or of standard input with --NAME-stdin (when that option exists).
bool textOption(const QCommandLineParser &parser, const QString &name, QString *text)
{
    if (parser.optionNames().contains(name + QStringLiteral("-stdin")) && parser.isSet(name + QStringLiteral("-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return false;
        *text = QString::fromUtf8(in.readAll()).trimmed();
        return true;
    }
    if (parser.isSet(name)) {
        *text = parser.value(name);
        return true;
    }
    return false;
}

bool levelOption(const QCommandLineParser &parser, const QString &name, int *level)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minLevel || value > maxLevel)
        return false;
    *level = value;
    return true;
}

} // namespace

QString TicketCommand::synopsis() const
{
    return QStringLiteral("ticket new|list|show|update|comment|resolve|search [ID | WORDS] [options] [--json]");
}

QString TicketCommand::summary() const
{
    return Cli::tr("open, list, search and work helpdesk tickets");
}

int TicketCommand::execute(const QStringList &arguments)
{
    TicketCli cli;
    QCommandLineParser &parser = cli.parser;
    parser.setApplicationDescription(
        Cli::tr("Opens, lists and works tickets in the workspace.\n"
                "ACTION: new, list, show ID, update ID, comment ID, resolve ID, search WORDS."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    auto valued = [](const char *name, const QString &help, const QString &value) {
        return QCommandLineOption(QString::fromLatin1(name), help, value);
    };
    auto flag = [](const char *name, const QString &help) { return QCommandLineOption(QString::fromLatin1(name), help); };
    const QList<QCommandLineOption> options = {
        valued("title", Cli::tr("new, update: the title."), Cli::tr("text")),
        valued("description", Cli::tr("new, update: the description."), Cli::tr("text")),
        flag("description-stdin", Cli::tr("new, update: the description from standard input.")),
        valued("requester", Cli::tr("new, update: who asks."), Cli::tr("name")),
        valued("email", Cli::tr("new, update: the requester's e-mail address."), Cli::tr("address")),
        valued("phone", Cli::tr("new, update: the requester's phone number."), Cli::tr("number")),
        valued("category", Cli::tr("new, update: a category path such as Account/Password (a built-in category also by its Dutch name)."), Cli::tr("path")),
        valued("urgency", Cli::tr("new, update: 1 (very low) to 5 (very high); default 3."), Cli::tr("n")),
        valued("impact", Cli::tr("new, update: 1 (very low) to 5 (very high); default 3."), Cli::tr("n")),
        valued("priority", Cli::tr("update: set the priority by hand (1 to 5), or \"auto\" for the matrix's."), Cli::tr("n")),
        valued("host", Cli::tr("new, update: link an inventory host by name; list: tickets of this host. Repeatable."), Cli::tr("name")),
        valued("remove-host", Cli::tr("update: unlink an inventory host. Repeatable."), Cli::tr("name")),
        valued("directory", Cli::tr("new, update: link a directory of the inventory (with --account: one account in it)."), Cli::tr("name")),
        valued("account", Cli::tr("new, update, with --directory: the account's DN."), Cli::tr("dn")),
        valued("remove-directory", Cli::tr("update: unlink a directory and its accounts."), Cli::tr("name")),
        valued("status", Cli::tr("update: new, assigned, in-progress, pending, resolved or closed."), Cli::tr("status")),
        valued("assignee", Cli::tr("update: who works on it."), Cli::tr("name")),
        valued("text", Cli::tr("comment: the work log entry."), Cli::tr("text")),
        flag("text-stdin", Cli::tr("comment: the work log entry from standard input.")),
        valued("minutes", Cli::tr("comment: time spent."), Cli::tr("n")),
        flag("public", Cli::tr("comment: the requester may see it (internal otherwise).")),
        valued("author", Cli::tr("comment: who wrote it (default: the login name)."), Cli::tr("name")),
        valued("solution", Cli::tr("resolve, update: the solution."), Cli::tr("text")),
        flag("solution-stdin", Cli::tr("resolve, update: the solution from standard input.")),
        flag("publish", Cli::tr("resolve, or update --status resolved: also publish the solution as a knowledge-base article.")),
        valued("tags", Cli::tr("--publish: the article's tags, separated by commas."), Cli::tr("tags")),
        valued("view", Cli::tr("list: open (default), mine, unassigned, overdue, resolved-this-week or all."), Cli::tr("view")),
        valued("me", Cli::tr("list --view mine: whose tickets (default: the login name)."), Cli::tr("name")),
        valued("order", Cli::tr("list: priority (default), due or newest."), Cli::tr("order")),
        valued("limit", Cli::tr("list, search: at most this many (default 200)."), Cli::tr("n")),
        flag("kb", Cli::tr("search: knowledge-base articles instead of tickets.")),
        flag("json", Cli::tr("JSON: list and search print one array; the other actions one object per ticket and line.")),
    };
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("What to do."), QStringLiteral("ACTION [ID | WORDS...]"));
    if (!parse(parser, QStringLiteral("ticket"), arguments))
        return 2;
    auto usage = [](const QString &message) {
        err() << message << Qt::endl;
        return 2;
    };
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    static const QStringList actions = {QStringLiteral("new"), QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("update"),
                                        QStringLiteral("comment"), QStringLiteral("resolve"), QStringLiteral("search")};
    if (!actions.contains(action))
        return usage(Cli::tr("ticket needs an ACTION: new, list, show, update, comment, resolve or search."));
    const bool needsId = action == QLatin1String("show") || action == QLatin1String("update") || action == QLatin1String("comment")
                         || action == QLatin1String("resolve");
    bool ok = true;
    const TicketId id = needsId ? words.value(1).remove(QLatin1Char('#')).toLongLong(&ok) : 0;
    if (needsId && (!ok || id <= 0 || words.size() != 2))
        return usage(Cli::tr("%1 needs one ticket number.").arg(action));
    const bool json = parser.isSet(QStringLiteral("json"));
    int limit = 200;
    if (parser.isSet(QStringLiteral("limit"))) {
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usage(Cli::tr("--limit must be a number of 1 or more."));
    }
    if (!cli.ws.open(common.workspacePath(parser)))
        return fail(cli.ws.error);
    TicketStore store = cli.store();
    QString error;

    auto emitTicket = [&](const Ticket &t, bool whole) {
        if (json) {
            out() << QJsonDocument(cli.toJson(t, whole)).toJson(QJsonDocument::Compact) << '\n';
            out().flush();
        } else if (whole) {
            cli.printOne(t);
        }
    };

    if (action == QLatin1String("list") || action == QLatin1String("search")) {
        if (action == QLatin1String("search") && words.size() < 2)
            return usage(Cli::tr("search needs the WORDS to look for."));
        if (action == QLatin1String("search") && parser.isSet(QStringLiteral("kb"))) {
            const QList<Article> found = KnowledgeBase(cli.ws.workspace.database()).search(words.mid(1).join(QLatin1Char(' ')), limit, &error);
            if (!error.isEmpty())
                return fail(error);
            QList<QStringList> rows{{Cli::tr("ID"), Cli::tr("CATEGORY"), Cli::tr("TITLE")}};
            QJsonArray array;
            for (const Article &a : found) {
                array.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("title"), a.title},
                                         {QStringLiteral("body"), a.body},
                                         {QStringLiteral("category"), cli.categoryPath(a.categoryId, CategoryNames::Stored)},
                                         {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                                         {QStringLiteral("ticket"), a.sourceTicketId}});
                rows << QStringList{QStringLiteral("%1").arg(a.id), cli.categoryPath(a.categoryId), printable(a.title)};
            }
            if (json)
                printJsonArray(array);
            else
                printColumns(rows);
            return 0;
        }
        TicketQuery query;
        query.limit = limit;
        query.me = parser.isSet(QStringLiteral("me")) ? parser.value(QStringLiteral("me")) : AuditLog::currentOperator();
        const QString view = parser.value(QStringLiteral("view"));
        static const QList<std::pair<QString, TicketQuery::View>> views = {
            {QStringLiteral("open"), TicketQuery::View::AllOpen}, {QStringLiteral("mine"), TicketQuery::View::Mine},
            {QStringLiteral("unassigned"), TicketQuery::View::Unassigned}, {QStringLiteral("overdue"), TicketQuery::View::Overdue},
            {QStringLiteral("resolved-this-week"), TicketQuery::View::ResolvedThisWeek}, {QStringLiteral("all"), TicketQuery::View::All}};
        bool knownView = view.isEmpty();
        for (const auto &[name, value] : views) {
            if (name == view) {
                query.view = value;
                knownView = true;
            }
        }
        if (!knownView)
            return usage(Cli::tr("--view must be open, mine, unassigned, overdue, resolved-this-week or all."));
        if (action == QLatin1String("search")) {
            query.view = view.isEmpty() ? TicketQuery::View::All : query.view;
            query.order = TicketQuery::Order::Newest;
            query.text = words.mid(1).join(QLatin1Char(' '));
        }
        const QString order = parser.value(QStringLiteral("order"));
        if (order == QLatin1String("due"))
            query.order = TicketQuery::Order::Due;
        else if (order == QLatin1String("newest"))
            query.order = TicketQuery::Order::Newest;
        else if (!order.isEmpty() && order != QLatin1String("priority"))
            return usage(Cli::tr("--order must be priority, due or newest."));
        if (parser.isSet(QStringLiteral("host"))) {
            QString ambiguity;
            query.hostId = cli.hostByName(parser.value(QStringLiteral("host")), &ambiguity);
            if (!ambiguity.isEmpty())
                return usage(ambiguity);
            if (query.hostId == 0)
                return fail(Cli::tr("There is no host “%1” in the inventory.").arg(parser.value(QStringLiteral("host"))));
        }
        const QList<Ticket> tickets = store.list(query, &error);
        if (!error.isEmpty())
            return fail(error);
        if (json) {
            QJsonArray array;
            for (const Ticket &t : tickets)
                array.append(cli.toJson(t, false));
            printJsonArray(array);
        } else {
            cli.printList(tickets);
        }
        return 0;
    }

    Ticket ticket;
    if (action != QLatin1String("new") && !store.load(id, &ticket, &error))
        return fail(error);
    if (action == QLatin1String("show")) {
        emitTicket(ticket, true);
        return 0;
    }
    if (action == QLatin1String("comment")) {
        WorkLogEntry entry;
        entry.ticketId = ticket.id;
        if (!textOption(parser, QStringLiteral("text"), &entry.text))
            return usage(Cli::tr("comment needs --text or --text-stdin."));
        entry.author = parser.isSet(QStringLiteral("author")) ? parser.value(QStringLiteral("author")) : AuditLog::currentOperator();
        entry.isPublic = parser.isSet(QStringLiteral("public"));
        if (parser.isSet(QStringLiteral("minutes"))) {
            entry.minutes = parser.value(QStringLiteral("minutes")).toInt(&ok);
            if (!ok)
                return usage(Cli::tr("--minutes must be a number."));
        }
        if (!store.addWorkLog(&entry, &error))
            return fail(error);
        store.load(ticket.id, &ticket, &error);
        emitTicket(ticket, false);
        if (!json)
            out() << Cli::tr("#%1: work logged.").arg(ticket.id) << Qt::endl;
        return 0;
    }

    // new, update, resolve: fields from the options, then one save.
    QString text;
    if (textOption(parser, QStringLiteral("title"), &text))
        ticket.title = text;
    if (textOption(parser, QStringLiteral("description"), &text))
        ticket.description = text;
    if (parser.isSet(QStringLiteral("requester")))
        ticket.requester.name = parser.value(QStringLiteral("requester"));
    if (parser.isSet(QStringLiteral("email")))
        ticket.requester.email = parser.value(QStringLiteral("email"));
    if (parser.isSet(QStringLiteral("phone")))
        ticket.requester.phone = parser.value(QStringLiteral("phone"));
    if (!levelOption(parser, QStringLiteral("urgency"), &ticket.urgency) || !levelOption(parser, QStringLiteral("impact"), &ticket.impact))
        return usage(Cli::tr("--urgency and --impact go from 1 (very low) to 5 (very high)."));
    if (parser.isSet(QStringLiteral("priority"))) {
        if (parser.value(QStringLiteral("priority")) == QLatin1String("auto")) {
            ticket.priorityOverridden = false;
        } else if (levelOption(parser, QStringLiteral("priority"), &ticket.priority)) {
            ticket.priorityOverridden = true;
        } else {
            return usage(Cli::tr("--priority goes from 1 to 5, or is auto."));
        }
    }
    if (parser.isSet(QStringLiteral("category"))) {
        ticket.categoryId = cli.categoryByPath(parser.value(QStringLiteral("category")));
        if (ticket.categoryId == 0)
            return fail(Cli::tr("There is no category “%1”.").arg(parser.value(QStringLiteral("category"))));
    }
    for (const QString &name : parser.values(QStringLiteral("host"))) {
        QString ambiguity;
        const qint64 host = cli.hostByName(name, &ambiguity);
        if (!ambiguity.isEmpty())
            return usage(ambiguity);
        if (host == 0)
            return fail(Cli::tr("There is no host “%1” in the inventory.").arg(name));
        ticket.hostIds << host;
    }
    for (const QString &name : parser.values(QStringLiteral("remove-host")))
        ticket.hostIds.removeAll(cli.hostByName(name));
    if (parser.isSet(QStringLiteral("assignee")))
        ticket.assignee = parser.value(QStringLiteral("assignee"));
    if (parser.isSet(QStringLiteral("status"))) {
        if (action == QLatin1String("new"))
            return usage(Cli::tr("A new ticket starts as new; change its status with update."));
        if (!TicketWorkflow::statusFromKey(parser.value(QStringLiteral("status")), &ticket.status))
            return usage(Cli::tr("--status must be new, assigned, in-progress, pending, resolved or closed."));
    }
    const bool hasSolution = textOption(parser, QStringLiteral("solution"), &text);
    if (hasSolution)
        ticket.solution = text;
    if (action == QLatin1String("resolve")) {
        if (!hasSolution)
            return usage(Cli::tr("resolve needs --solution or --solution-stdin."));
        ticket.status = TicketStatus::Resolved;
    }
    // Resolving (resolve, or update --status resolved) with --publish
    // publishes the solution in the same transaction, as the window does.
    PublishRequest publish;
    publish.wanted = parser.isSet(QStringLiteral("publish"));
    publish.tags = parser.value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // Directories: looked up before anything is saved, linked after (their own table).
    qint64 linkDirectory = 0, unlinkDirectory = 0;
    if (parser.isSet(QStringLiteral("account")) && !parser.isSet(QStringLiteral("directory")))
        return usage(Cli::tr("--account names an account in the --directory given with it."));
    if (parser.isSet(QStringLiteral("directory"))) {
        linkDirectory = cli.directoryByName(parser.value(QStringLiteral("directory")));
        if (linkDirectory == 0)
            return fail(Cli::tr("There is no directory “%1” in the inventory.").arg(printable(parser.value(QStringLiteral("directory")))));
    }
    if (parser.isSet(QStringLiteral("remove-directory"))) {
        unlinkDirectory = cli.directoryByName(parser.value(QStringLiteral("remove-directory")));
        if (unlinkDirectory == 0)
            return fail(Cli::tr("There is no directory “%1” in the inventory.").arg(printable(parser.value(QStringLiteral("remove-directory")))));
    }
    TicketSaveResult saved;
    if (!saveTicket(cli.ws.workspace.database(), ticket, publish, &saved, &error))
        return fail(error);
    ticket = saved.ticket;
    if (unlinkDirectory != 0 && !cli.store().unlinkDirectory(ticket.id, unlinkDirectory, &error))
        return fail(error);
    if (linkDirectory != 0
        && !cli.store().linkDirectory(ticket.id, {linkDirectory, parser.value(QStringLiteral("account"))}, &error))
        return fail(error);
    if (saved.article.id != 0 && !json)
        out() << Cli::tr("Published as knowledge-base article %1.").arg(saved.article.id) << '\n';
    emitTicket(ticket, false);
    if (!json)
        out() << (action == QLatin1String("new") ? Cli::tr("#%1 opened, priority %2, due %3.")
                                                      .arg(ticket.id)
                                                      .arg(ticket.priority)
                                                      .arg(ticket.due.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                                : Cli::tr("#%1 saved (%2).").arg(ticket.id).arg(TicketWorkflow::statusName(ticket.status)))
              << Qt::endl;
    return 0;
}

} // namespace wb
