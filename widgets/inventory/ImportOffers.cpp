#include "widgets/inventory/ImportOffers.h"

#include "core/inventory/Inventory.h"
#include "core/inventory/InventoryEditor.h"
#include "core/inventory/io/ImportApplier.h"
#include "core/jobs/ThreadReaper.h"
#include "widgets/inventory/ImportDialog.h"
#include "widgets/inventory/InventoryCommands.h"
#include "widgets/inventory/InventoryHistory.h"

#include <QAction>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QThread>

namespace wb {

ImportOffers::ImportOffers(InventoryEditor *editor, InventoryHistory *history, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_history(history)
    , m_window(window)
{
    setObjectName(QStringLiteral("importOffers"));
}

ImportOffers::~ImportOffers()
{
    if (m_reader) {
        m_cancel->store(true);
        m_reader->disconnect(this);
        ThreadReaper::reap(m_reader);
    }
}

void ImportOffers::look()
{
    if (m_reader || !m_offers.isEmpty() || m_paths.isEmpty())
        return;
    auto found = std::make_shared<QList<ImportSource>>();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // Reading ~/.ssh/config and an inventory folder is disk work: never on the GUI thread.
    m_reader = QThread::create([found, paths = m_paths, cancel = m_cancel] { *found = ImportSources::find(paths, cancel.get()); });
    connect(m_reader, &QThread::finished, this, [this, found] {
        m_reader->deleteLater();
        m_reader = nullptr;
        if (!m_cancel->load())
            showFound(*found);
    });
    m_reader->start();
}

void ImportOffers::withdraw()
{
    if (m_reader)
        m_cancel->store(true);
    if (m_offers.isEmpty())
        return;
    const QList<QAction *> old = std::exchange(m_offers, {});
    Q_EMIT offersChanged({});
    for (QAction *offer : old)
        offer->deleteLater(); // one may be running its own click (the question about bad lines)
}

void ImportOffers::showFound(const QList<ImportSource> &sources)
{
    int ansible = 0;
    for (const ImportSource &source : sources) {
        const bool ssh = source.format == ImportFormat::SshConfig;
        // A path is the file system's words: an & in it is no Alt key, a <b> no markup.
        QString shownPath = source.displayPath;
        shownPath.replace(QLatin1Char('&'), QLatin1String("&&"));
        const QString text = source.result.hasErrors()
                                 ? tr("Review %Ln host(s) from %1…", nullptr, source.hostCount()).arg(shownPath)
                                 : tr("Import %Ln host(s) from %1", nullptr, source.hostCount()).arg(shownPath);
        auto *offer = new QAction(QIcon(QStringLiteral(":/icons/import.svg")), text, this);
        offer->setObjectName(ssh ? QStringLiteral("importSshConfig")
                                 : ansible++ == 0 ? QStringLiteral("importAnsible") : QStringLiteral("importAnsible%1").arg(ansible));
        QString tip = ssh ? tr("Your OpenSSH client configuration") : tr("An Ansible inventory");
        if (!source.origin.isEmpty())
            tip = tr("The Ansible inventory that %1 names").arg(source.origin);
        if (!source.result.skipped.isEmpty())
            tip += QLatin1Char('\n') + tr("%Ln entry(ies) skipped (wildcards, YAML files, programs…)", nullptr, int(source.result.skipped.size()));
        offer->setToolTip(QStringLiteral("<p>%1</p>").arg(tip.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))));
        connect(offer, &QAction::triggered, this, [this, offer, source] { importSource(offer, source); });
        m_offers << offer;
    }
    if (!m_offers.isEmpty())
        Q_EMIT offersChanged(m_offers);
}

void ImportOffers::importSource(QPointer<QAction> offer, const ImportSource &source)
{
    if (m_importing)
        return;
    const bool skipBadLines = source.result.hasErrors();
    if (skipBadLines) {
        QStringList lines;
        for (const ImportIssue &issue : source.result.errors)
            lines << issue.toString();
        QMessageBox box(QMessageBox::Warning, tr("Import Hosts"),
                        tr("%1 has %Ln bad line(s).", nullptr, source.result.badLineCount()).arg(source.displayPath) + QLatin1Char(' ')
                            + tr("The other %Ln host(s) can be imported without them.", nullptr, source.hostCount()),
                        QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("importSourceIssues"));
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        QPushButton *skip = box.addButton(tr("&Skip Them and Import"), QMessageBox::AcceptRole);
        skip->setObjectName(QStringLiteral("importSkipBadLines"));
        box.setDefaultButton(skip);
        box.exec();
        if (box.clickedButton() != skip || !offer) // or the offer was withdrawn meanwhile
            return;
    }
    m_importing = true;
    for (QAction *other : std::as_const(m_offers))
        other->setEnabled(false);
    auto result = std::make_shared<const ImportResult>(source.result);
    auto stats = std::make_shared<ApplyStats>();
    const QString fileName = QFileInfo(source.path).fileName();
    Q_EMIT statusMessage(tr("Importing %Ln host(s)…", nullptr, source.hostCount()), 0);
    // One transaction on the workspace thread, into the top of the inventory.
    m_editor->edit(this, [result, stats, skipBadLines](Inventory &inventory, QString *error) {
        return ImportApplier::apply(inventory, *result, 0, skipBadLines, stats.get(), error);
    }, [this, offer, stats, fileName](bool ok, const QString &error) {
        m_importing = false;
        for (QAction *other : std::as_const(m_offers))
            other->setEnabled(true);
        if (!ok) {
            Q_EMIT statusMessage(QString(), 0);
            QMessageBox::warning(m_window, tr("Import failed"), error);
            return;
        }
        if (!stats->changes.isEmpty())
            m_history->push(new ImportCommand(m_editor, stats->changes, fileName));
        const QString summary = ImportDialog::summaryText(fileName, *stats);
        Q_EMIT statusMessage(summary, 10000);
        if (offer && m_offers.removeOne(offer)) {
            offer->deleteLater();
            Q_EMIT offersChanged(m_offers);
        }
        ImportDialog::showWarnings(m_window, summary, *stats);
    });
}

} // namespace wb
