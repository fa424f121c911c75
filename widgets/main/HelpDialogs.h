#pragma once

#include <QDialog>
#include <QList>

#include <utility>

class QLineEdit;
class QTreeWidget;

namespace wb {

// Help → About: the version, the workspace, and the libraries in use with theirs, which
// Copy puts on the clipboard as plain text for a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString &workspace, const QList<std::pair<QString, QString>> &libraries, QWidget *parent = nullptr);

    QString plainText() const;

private:
    QString m_workspace;
    QList<std::pair<QString, QString>> m_libraries;
};

// Help → Keyboard Shortcuts: every action of the window that has a key, read from the window
// itself (so the list cannot fall behind the menus), with the menu it is in, and a filter.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);

private:
    void fill(QWidget *window);
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace wb
