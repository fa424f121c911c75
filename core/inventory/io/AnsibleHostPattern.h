#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wb {

// The host part of a line in an Ansible INI inventory: "web[01:03]:2222",
// with ranges of numbers or letters and an optional step, expanded as
// Ansible does. Every range is checked and the host count is known before a
// name is made, so no pattern can make the reader hang or run out of memory.
class AnsibleHostPattern
{
    Q_DECLARE_TR_FUNCTIONS(wb::AnsibleHostPattern)
public:
    // Patterns that would expand to more hosts than any inventory file plausibly means are refused.
    static constexpr int MaxHosts = 100000;

    // "web[01:03]" -> web01, web02, web03; several ranges multiply.
    static bool expand(const QString &pattern, QStringList *names, QString *problem);
    // Splits "host:port" where the colon is outside any [range]; IPv6
    // addresses (several colons) are left alone, as Ansible does.
    static void splitPort(const QString &pattern, QString *host, QString *port);

private:
    struct Range;
    static bool parseRange(const QString &pattern, const QString &body, Range *range, QString *problem);
};

} // namespace wb
