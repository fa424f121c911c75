#include "widgets/run/RunPreferences.h"

#include "core/snippets/Snippet.h"

#include <QSettings>

namespace wb {

namespace {
QString concurrencyKey() { return QStringLiteral("run/concurrency"); }
QString timeoutKey() { return QStringLiteral("run/timeoutSeconds"); }
} // namespace

RunPreferences RunPreferences::load()
{
    const QSettings settings;
    RunPreferences prefs;
    prefs.concurrency = settings.value(concurrencyKey(), prefs.concurrency).toInt();
    prefs.timeoutSeconds = settings.value(timeoutKey(), prefs.timeoutSeconds).toInt();
    return prefs;
}

void RunPreferences::save() const
{
    QSettings settings;
    settings.setValue(concurrencyKey(), concurrency);
    settings.setValue(timeoutKey(), timeoutSeconds);
}

RunSpec RunPreferences::specFor(const QString &text) const
{
    RunSpec spec;
    const QString trimmed = text.trimmed();
    if (Snippet::isScriptText(trimmed))
        spec.script = trimmed.toUtf8() + '\n';
    else
        spec.command = trimmed;
    spec.concurrency = concurrency;
    spec.hostTimeoutMs = timeoutSeconds * 1000;
    return spec;
}

} // namespace wb
