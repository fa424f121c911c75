#include "widgets/accounts/PasswordListDialog.h"

#include "widgets/accounts/ClipboardGuard.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wb {

PasswordListDialog::PasswordListDialog(const QString &place, const QList<Entry> &entries, ClipboardGuard *clipboard,
                                       QWidget *parent)
    : QDialog(parent), m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("passwordListDialog"));
    setWindowTitle(tr("New Passwords"));
    auto *heading = new QLabel(tr("The new passwords in <b>%1</b>:").arg(place.toHtmlEscaped()), this);
    m_table = new QTableWidget(int(entries.size()), 2, this);
    m_table->setObjectName(QStringLiteral("passwordList"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Password")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < entries.size(); ++row) {
        const Entry &entry = entries.at(row);
        auto *login = new QTableWidgetItem(entry.login);
        if (entry.outcomeUnknown) {
            login->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
            login->setToolTip(tr("The connection ended after the password was sent: the account may have this one, or still the old one."));
        }
        m_table->setItem(row, 0, login);
        auto *password = new QTableWidgetItem(entry.password);
        password->setFont(mono);
        m_table->setItem(row, 1, password);
    }
    m_table->resizeColumnToContents(0);
    auto *note = new QLabel(tr("Werkbank shows them only this once and keeps them nowhere. A copy on the clipboard "
                               "is removed after %n second(s).", nullptr, std::max(1, clipboard->delay() / 1000)), this);
    note->setWordWrap(true);
    auto *copyRow = new QPushButton(tr("Copy &Selected"), this);
    copyRow->setObjectName(QStringLiteral("copySelectedPassword"));
    connect(copyRow, &QPushButton::clicked, this, [this] {
        if (const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 1))
            m_clipboard->copy(item->text());
    });
    auto *copyAll = new QPushButton(QIcon(QStringLiteral(":/icons/key.svg")), tr("Copy &All"), this);
    copyAll->setObjectName(QStringLiteral("copyAllPasswords"));
    connect(copyAll, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (int row = 0; row < m_table->rowCount(); ++row)
            lines << m_table->item(row, 0)->text() + u'\t' + m_table->item(row, 1)->text();
        m_clipboard->copy(lines.join(u'\n'));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(copyRow, QDialogButtonBox::ActionRole);
    buttons->addButton(copyAll, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(480, 320);
}

void PasswordListDialog::done(int result)
{
    m_table->clearContents();
    QDialog::done(result);
}

} // namespace wb
