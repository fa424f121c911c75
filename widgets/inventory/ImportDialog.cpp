#include "widgets/inventory/ImportDialog.h"

#include "core/inventory/Inventory.h"
#include "core/inventory/InventoryEditor.h"
#include "core/inventory/io/ImportApplier.h"
#include "core/inventory/io/Importers.h"
#include "core/jobs/ThreadReaper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QApplication>
#include <QThread>
#include <QVBoxLayout>

namespace wb {

ImportDialog::ImportDialog(InventoryEditor *editor, GroupId target, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_inventory(&editor->inventory())
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Hosts"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("~/.ssh/config, hosts.csv or an Ansible inventory"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import Hosts"), m_path->text().isEmpty() ? QDir::homePath() : m_path->text(),
            tr("All supported files (config *.conf *.csv *.ini hosts inventory);;All files (*)"));
        if (!file.isEmpty())
            setFile(file);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("OpenSSH client config"), int(ImportFormat::SshConfig));
    m_format->addItem(tr("CSV with header row"), int(ImportFormat::Csv));
    m_format->addItem(tr("Ansible INI inventory"), int(ImportFormat::Ansible));

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("targetGroup"));
    fillGroups(target);

    m_status = new QLabel(tr("Choose a file to see what it holds."), this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("issues"));
    m_issues->setAlternatingRowColors(true);
    m_issues->setWordWrap(true);
    m_issues->setTextElideMode(Qt::ElideNone);
    m_skipBad = new QCheckBox(tr("Skip the bad lines and import the rest"), this);
    m_skipBad->setObjectName(QStringLiteral("skipBadLines"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);  // one transaction: no meaningful percentage, just "working"
    m_progress->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Import i&nto:"), m_group);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_skipBad);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(620, 420);

    // editingFinished also fires when focus merely moves on (to the Import
    // button, say); only a changed path is worth reading again.
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text().trimmed() == m_readPath)
            return;
        m_format->setCurrentIndex(m_format->findData(int(guessFormat(m_path->text()))));
        read();
    });
    connect(m_format, &QComboBox::activated, this, &ImportDialog::read);
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    if (m_reader) {
        // Told to stop, a reader ends at its next line, writing only what it shares with its thread.
        m_readCancel->store(true);
        m_reader->disconnect(this);
        ThreadReaper::reap(m_reader);
    }
}

ImportFormat ImportDialog::guessFormat(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ImportFormat::Csv;
    if (suffix == QLatin1String("ini") || suffix == QLatin1String("yml") || info.fileName() == QLatin1String("hosts")
        || info.fileName() == QLatin1String("inventory"))
        return ImportFormat::Ansible;
    return ImportFormat::SshConfig;
}

void ImportDialog::fillGroups(GroupId selected)
{
    m_group->addItem(tr("(top level)"), qint64(0));
    const QList<GroupId> groups = [this] {
        QList<GroupId> ordered;
        QList<GroupId> stack(m_inventory->childGroups(0).crbegin(), m_inventory->childGroups(0).crend());
        while (!stack.isEmpty()) {
            const GroupId g = stack.takeLast();
            ordered.append(g);
            const auto &children = m_inventory->childGroups(g);
            for (auto it = children.crbegin(); it != children.crend(); ++it)
                stack.append(*it);
        }
        return ordered;
    }();
    for (GroupId g : groups)
        m_group->addItem(QIcon(QStringLiteral(":/icons/group.svg")), m_inventory->groupPath(g).join(QLatin1Char('/')), g);
    m_group->setCurrentIndex(qMax(0, m_group->findData(selected)));
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    m_format->setCurrentIndex(m_format->findData(int(guessFormat(path))));
    read();
}

void ImportDialog::read()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    if (m_reader) {
        m_readAgain = true;
        m_readCancel->store(true); // the old file's result is not wanted any more
        return;
    }
    m_result.reset();
    m_readPath = path;
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_issues->clear();
    updateButtons();
    const auto format = ImportFormat(m_format->currentData().toInt());
    auto result = std::make_shared<ImportResult>();
    m_readCancel = std::make_shared<std::atomic<bool>>(false);
    m_reader = QThread::create([result, format, path, cancel = m_readCancel] {
        *result = Importers::importFile(format, path, cancel.get());
    });
    connect(m_reader, &QThread::finished, this, [this, result] {
        m_reader->deleteLater();
        m_reader = nullptr;
        if (std::exchange(m_readAgain, false)) {
            read();
            return;
        }
        m_result = result;
        showPreview();
    });
    m_reader->start();
}

void ImportDialog::showPreview()
{
    m_issues->clear();
    const ImportResult &r = *m_result;
    QString text = tr("%Ln host(s) found", nullptr, int(r.hosts.size()));
    if (!r.errors.isEmpty())
        text += QStringLiteral("; ") + tr("%Ln bad line(s): nothing is imported unless you skip them", nullptr, int(r.errors.size()));
    if (!r.skipped.isEmpty())
        text += QStringLiteral("; ") + tr("%Ln entry(ies) skipped", nullptr, int(r.skipped.size()));
    m_status->setText(text + QLatin1Char('.'));
    // The chosen file is named above; its lines need only their number. Lines
    // from included files keep their file name.
    const QString chosen = m_readPath;
    auto describe = [chosen](const ImportIssue &issue) {
        if (issue.file == chosen && issue.line > 0)
            return tr("Line %1: %2").arg(issue.line).arg(issue.message);
        return issue.toString();
    };
    for (const ImportIssue &issue : r.errors) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/error.svg")), describe(issue), m_issues);
        item->setForeground(QColor(0xb0, 0x00, 0x20));
        item->setToolTip(issue.toString());
    }
    for (const ImportIssue &issue : r.skipped) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/info.svg")), describe(issue), m_issues);
        item->setForeground(palette().color(QPalette::PlaceholderText));
        item->setToolTip(issue.toString());
    }
    updateButtons();
    Q_EMIT previewReady();
}

void ImportDialog::updateButtons()
{
    const bool hasErrors = m_result && m_result->hasErrors();
    m_skipBad->setVisible(hasErrors);
    const bool ready = m_result && !m_result->hosts.isEmpty() && (!hasErrors || m_skipBad->isChecked());
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(ready);
}

void ImportDialog::runImport()
{
    if (!m_result || m_importCancel)
        return;
    const GroupId target = m_group->currentData().toLongLong();
    auto stats = std::make_shared<ApplyStats>();
    m_importCancel = std::make_shared<std::atomic_bool>(false);
    // One edit on the workspace thread: the import is one transaction there,
    // and the window's inventory takes the result as one reset.
    m_editor->edit(this, [result = m_result, target, skip = m_skipBad->isChecked(), stats, cancel = m_importCancel](
                             Inventory &inventory, QString *error) {
        return ImportApplier::apply(inventory, *result, target, skip, stats.get(), error, cancel.get());
    }, [this, stats](bool ok, const QString &error) {
        m_importCancel.reset();
        finishImport(ok, error, *stats);
    });
    setBusy(true);
    m_status->setText(tr("Importing %Ln host(s)…", nullptr, int(m_result->hosts.size())));
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_path, m_format, m_group, m_skipBad})
        w->setEnabled(!busy);
    // Cancel stays: it stops the import, which then rolls back.
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void ImportDialog::finishImport(bool ok, const QString &error, const ApplyStats &stats)
{
    setBusy(false);
    if (stats.cancelled || (!ok && std::exchange(m_cancelling, false))) {
        m_summary = ImportApplier::cancelledMessage();
        QDialog::reject();
        return;
    }
    if (!ok) {
        m_status->setText(tr("Nothing was imported."));
        QMessageBox::warning(this, tr("Import failed"), error);
        return;
    }
    m_changes = stats.changes;
    m_summary = summaryText(QFileInfo(m_path->text()).fileName(), stats);
    showWarnings(this, m_summary, stats);
    accept();
}

QString ImportDialog::summaryText(const QString &fileName, const ApplyStats &stats)
{
    return tr("Imported %1: %2 added, %3 updated, %4 unchanged.").arg(fileName).arg(stats.added).arg(stats.updated).arg(stats.unchanged);
}

void ImportDialog::showWarnings(QWidget *parent, const QString &summary, const ApplyStats &stats)
{
    if (stats.warnings.isEmpty())
        return;
    QStringList lines;
    for (const ImportIssue &w : stats.warnings)
        lines << w.toString();
    // Plain text: the lines quote the file, which may hold anything.
    QMessageBox box(QMessageBox::Information, tr("Imported with warnings"), summary + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')),
                    QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void ImportDialog::reject()
{
    // A running import is one transaction: asked to stop, it rolls back, and
    // the dialog closes when it has (finishImport).
    if (m_importCancel) {
        m_cancelling = true;
        m_status->setText(tr("Cancelling the import…"));
        m_importCancel->store(true);
        return;
    }
    if (m_reader) {
        // The file is still being read: it stops at its next line, and its result is dropped.
        m_readCancel->store(true);
        m_reader->disconnect(this);
        ThreadReaper::reap(std::exchange(m_reader, nullptr));
    }
    QDialog::reject();
}

QString ImportDialog::fileName() const
{
    return QFileInfo(m_path->text()).fileName();
}

QString ImportDialog::summary() const
{
    return m_summary;
}

} // namespace wb
