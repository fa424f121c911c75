#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>

namespace wb {

// Priority from urgency (rows) and impact (columns), each 1…5. The default is
// GLPI's; a workspace may store its own (the WorkspaceSettings key settingsKey()).
class PriorityMatrix
{
    Q_DECLARE_TR_FUNCTIONS(wb::PriorityMatrix)
public:
    static QString settingsKey() { return QStringLiteral("tickets.priority_matrix"); }

    PriorityMatrix(); // GLPI's default

    // Urgency and impact outside 1…5 are clamped.
    int priority(int urgency, int impact) const;
    // False (and why) when a value is outside 1…5.
    bool set(int urgency, int impact, int priority, QString *error = nullptr);

    // "1,1,2,2,2;1,2,2,3,3;…": five rows of five, urgency 1 first.
    QString toString() const;
    // False (and why) unless text is five rows of five levels.
    static bool fromString(const QString &text, PriorityMatrix *matrix, QString *error);

    bool operator==(const PriorityMatrix &other) const { return m_cells == other.m_cells; }

private:
    std::array<std::array<int, 5>, 5> m_cells;
};

} // namespace wb
