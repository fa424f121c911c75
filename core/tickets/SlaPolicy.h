#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <array>

namespace wb {

// How long a ticket of each priority may take to resolve, counted on the
// clock or, with business hours, only on working days between two times
// (local time). Stored per workspace (WorkspaceSettings key settingsKey()).
class SlaPolicy
{
    Q_DECLARE_TR_FUNCTIONS(wb::SlaPolicy)
public:
    static QString settingsKey() { return QStringLiteral("tickets.sla"); }

    SlaPolicy(); // 120, 72, 24, 8 and 4 hours for priority 1 … 5; on the clock

    int hoursFor(int priority) const;
    bool setHours(int priority, int hours, QString *error = nullptr);

    bool businessHoursOnly = false;
    QTime dayStart{8, 0};
    QTime dayEnd{17, 0};
    // Qt::DayOfWeek values 1 (Monday) … 7 (Sunday).
    std::array<bool, 7> workingDays{{true, true, true, true, true, false, false}};

    // When a ticket of `priority` opened at `opened` is due; invalid when
    // the business hours have no working time at all.
    QDateTime dueFrom(const QDateTime &opened, int priority) const;
    // Empty when the policy can be used; otherwise what is wrong with it.
    QString problem() const;

    // "120,72,24,8,4" then, with business hours, ";business;08:00-17:00;12345".
    QString toString() const;
    static bool fromString(const QString &text, SlaPolicy *policy, QString *error);

private:
    QDateTime addBusinessMinutes(const QDateTime &from, qint64 minutes) const;

    std::array<int, 5> m_hours{{120, 72, 24, 8, 4}};
};

} // namespace wb
