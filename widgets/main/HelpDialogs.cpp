#include "widgets/main/HelpDialogs.h"

#include "widgets/terminal/TerminalKeys.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wb {

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

// The menu an action is shown in, as "Edit" or "Session › Run Snippet"; empty for a menu
// without a title (a context menu, the menu bar's overflow menu).
QString menuPath(const QMenu *menu)
{
    const QString path = withoutMnemonic(menu->title());
    if (path.isEmpty())
        return {};
    for (QObject *object : menu->menuAction()->associatedObjects()) {
        auto *parent = qobject_cast<QMenu *>(object);
        if (parent && !parent->title().isEmpty())
            return menuPath(parent) + QStringLiteral(" › ") + path;
    }
    return path;
}

} // namespace

AboutDialog::AboutDialog(const QString &workspace, const QList<std::pair<QString, QString>> &libraries, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_libraries(libraries)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Werkbank"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/werkbank.svg")).pixmap(64, 64));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(tr("<h3>Werkbank %1</h3><p>Inventory, SSH sessions, account actions and tickets "
                               "in one window, for system administrators and helpdesk staff.</p>"
                               "<p>Workspace: %2</p>")
                                .arg(QApplication::applicationVersion().toHtmlEscaped(), workspace.toHtmlEscaped()));
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(text, 1);
    layout->addLayout(header);

    auto *list = new QTreeWidget;
    list->setObjectName(QStringLiteral("aboutLibraries"));
    list->setHeaderLabels({tr("Library"), tr("Version")});
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const auto &[name, version] : libraries)
        new QTreeWidgetItem(list, {name, version});
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->setMinimumHeight(list->sizeHintForRow(0) * (int(libraries.size()) + 2));
    layout->addWidget(list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopy"));
    copy->setToolTip(tr("Copy the version and the libraries' versions, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString AboutDialog::plainText() const
{
    QString text = QStringLiteral("Werkbank %1\n").arg(QApplication::applicationVersion());
    for (const auto &[name, version] : m_libraries)
        text += QStringLiteral("%1 %2\n").arg(name, version);
    return text;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by action, key or menu"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys"), tr("Menu"), tr("From a Terminal")});
    m_list->headerItem()->setToolTip(3, tr("A terminal takes every key but the Ctrl+Shift ones it does not use, "
                                           "so that no shortcut of the window swallows a key a program needs."));
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    fill(window);
    resize(780, 520);
}

void ShortcutsDialog::fill(QWidget *window)
{
    QSet<QString> seen;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QStringList menus;
        for (QObject *object : action->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(object)) {
                if (const QString path = menuPath(menu); !path.isEmpty())
                    menus << path;
            }
        }
        menus.removeDuplicates();
        QString where = menus.join(QStringLiteral(", "));
        if (action->shortcutContext() == Qt::WidgetShortcut || action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            where = where.isEmpty() ? tr("where its view has the focus") : tr("%1 (where its view has the focus)").arg(where);
        // Window-wide keys work from a terminal only where it leaves them to the window.
        QString fromTerminal;
        if (action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut) {
            const auto &shortcuts = action->shortcuts();
            const bool left = std::any_of(shortcuts.begin(), shortcuts.end(), [](const QKeySequence &key) {
                return key.count() == 1 && !TerminalKeys::claims(key[0]);
            });
            fromTerminal = left ? tr("Yes") : tr("No: the program gets the key");
        }
        const QStringList row{withoutMnemonic(action->text()), keys.join(QStringLiteral(", ")), where, fromTerminal};
        const QString id = row.join(QLatin1Char('\t'));
        if (seen.contains(id)) // the same action offered by two tabs
            continue;
        seen.insert(id);
        auto *item = new QTreeWidgetItem(m_list, row);
        item->setToolTip(0, action->toolTip());
    }
    // The terminal's own keys, which it handles itself.
    for (const TerminalKeys::ShortcutText &shortcut : TerminalKeys::shortcutTexts()) {
        QStringList keys;
        for (const QKeySequence &key : shortcut.keys)
            keys << key.toString(QKeySequence::NativeText);
        new QTreeWidgetItem(m_list, {shortcut.action, keys.join(QStringLiteral(", ")), tr("Terminal"), tr("Yes")});
    }
    m_list->sortByColumn(2, Qt::AscendingOrder);
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString all = item->text(0) + QLatin1Char(' ') + item->text(1) + QLatin1Char(' ') + item->text(2)
            + QLatin1Char(' ') + item->text(3);
        bool match = true;
        for (const QString &word : words)
            match = match && all.contains(word, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

} // namespace wb
