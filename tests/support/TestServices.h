#pragma once

// Widget tests build the window on the app's own composition root
// (AppServices); these adjust what it hands over.
#include "app/AppServices.h"
#include "core/targets/ConnectionSettings.h"
#include "core/worklog/SshWorkFactory.h"
#include "widgets/main/Services.h"

#include <QTest>

namespace wb::test {

// For tests that count logins or close sessions and expect them gone: no
// connection is kept for reuse, by anything these services make from now on.
inline Services withoutConnectionReuse(Services services)
{
    services.connectionPool = nullptr;
    services.sshWork->setPool(nullptr);
    return services;
}

// Stores connection settings the way the window's dialog does (so the
// window uses them too) and waits until they are stored; the error, if any.
inline QString saveConnectionSettings(const Services &services, const SshSettings &settings)
{
    QString result;
    bool answered = false;
    QObject asker;
    services.connectionSettings->save(&asker, settings, [&](const QString &error) {
        answered = true;
        result = error;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        return QStringLiteral("no answer within 10 seconds");
    return result;
}

} // namespace wb::test
