#include "widgets/tickets/TicketConflict.h"

#include "core/tickets/TicketWorkflow.h"
#include "models/tickets/TicketTableModel.h"

namespace wb {

namespace {
QString levelText(int level)
{
    return QStringLiteral("%1 — %2").arg(level).arg(TicketTableModel::priorityName(level));
}
} // namespace

QList<ConflictField> TicketConflict::fields(const Ticket &base, const Ticket &mine, const Ticket &theirs,
                                            const QHash<CategoryId, QString> &categoryPaths,
                                            const std::function<QString(qint64)> &hostNames)
{
    const auto text = [&](const Ticket &t, Field field) -> QString {
        switch (field) {
        case Title: return t.title;
        case Requester: {
            QStringList parts{t.requester.name};
            if (!t.requester.email.isEmpty())
                parts << QLatin1Char('<') + t.requester.email + QLatin1Char('>');
            if (!t.requester.phone.isEmpty())
                parts << t.requester.phone;
            return parts.join(QLatin1Char(' ')).trimmed();
        }
        case Category: return t.categoryId == 0 ? tr("(none)") : categoryPaths.value(t.categoryId, tr("(a deleted category)"));
        case Urgency: return levelText(t.urgency);
        case Impact: return levelText(t.impact);
        case Priority:
            return t.priorityOverridden ? tr("%1, set by hand").arg(levelText(t.priority)) : tr("from urgency and impact");
        case Status: return TicketWorkflow::statusName(t.status);
        case Assignee: return t.assignee;
        case Hosts: {
            QStringList names;
            for (qint64 id : t.hostIds)
                names << (hostNames ? hostNames(id) : QStringLiteral("#%1").arg(id));
            names.sort(Qt::CaseInsensitive);
            return names.join(QStringLiteral(", "));
        }
        case Description: return t.description;
        case Solution: return t.solution;
        case FieldCount: break;
        }
        return {};
    };
    static const char *const labels[FieldCount] = {
        QT_TR_NOOP("Title"),    QT_TR_NOOP("Requester"), QT_TR_NOOP("Category"),    QT_TR_NOOP("Urgency"),
        QT_TR_NOOP("Impact"),   QT_TR_NOOP("Priority"),  QT_TR_NOOP("Status"),      QT_TR_NOOP("Assignee"),
        QT_TR_NOOP("Hosts"),    QT_TR_NOOP("Description"), QT_TR_NOOP("Solution"),
    };
    QList<ConflictField> fields;
    for (int f = 0; f < FieldCount; ++f) {
        const auto field = Field(f);
        fields.append({f, tr(labels[f]), text(base, field), text(mine, field), text(theirs, field)});
    }
    return fields;
}

Ticket TicketConflict::merged(const Ticket &mine, const Ticket &theirs, const QList<int> &keysFromMine)
{
    Ticket merged = theirs;
    for (int key : keysFromMine) {
        switch (Field(key)) {
        case Title: merged.title = mine.title; break;
        case Requester: merged.requester = mine.requester; break;
        case Category: merged.categoryId = mine.categoryId; break;
        case Urgency: merged.urgency = mine.urgency; break;
        case Impact: merged.impact = mine.impact; break;
        case Priority:
            merged.priorityOverridden = mine.priorityOverridden;
            merged.priority = mine.priority;
            break;
        case Status: merged.status = mine.status; break;
        case Assignee: merged.assignee = mine.assignee; break;
        case Hosts: merged.hostIds = mine.hostIds; break;
        case Description: merged.description = mine.description; break;
        case Solution: merged.solution = mine.solution; break;
        case FieldCount: break;
        }
    }
    return merged;
}

} // namespace wb
