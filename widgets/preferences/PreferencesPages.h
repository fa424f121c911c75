#pragma once

#include "core/targets/SshSettings.h"
#include "widgets/accounts/AccountPreferences.h"
#include "widgets/run/RunPreferences.h"
#include "widgets/terminal/TerminalSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wb {

// The pages of Edit → Preferences. Each shows its values (set), gives them back as edited
// (value) and can go back to the defaults without storing anything (restoreDefaults).

// Your connections: timeouts, keepalive, reuse, the fleet's schedule, session logs.
class ConnectionPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionPage(QWidget *parent = nullptr);
    void set(const SshSettings &settings);
    // The user's part; knownHostsPath is the workspace page's.
    SshSettings value() const;
    void restoreDefaults() { set(SshSettings{}); }

private:
    QSpinBox *m_timeout;
    QSpinBox *m_keepalive;
    QSpinBox *m_reuse;
    QSpinBox *m_reachability;
    QSpinBox *m_facts;
    QComboBox *m_sessionLog;
    QLineEdit *m_sessionLogFolder;
};

class TerminalPage : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalPage(QWidget *parent = nullptr);
    void set(const TerminalSettings &settings);
    TerminalSettings value() const;
    void restoreDefaults() { set(TerminalSettings{}); }

private:
    void showPreview();

    QCheckBox *m_systemFont;
    QFontComboBox *m_font;
    QDoubleSpinBox *m_size;
    QComboBox *m_scheme;
    QSpinBox *m_scrollback;
    QComboBox *m_cursor;
    QCheckBox *m_altSendsEscape;
    QCheckBox *m_confirmPaste;
    QCheckBox *m_blink;
    QLabel *m_preview;
};

class RunsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunsPage(QWidget *parent = nullptr);
    void set(const RunPreferences &runs);
    RunPreferences value() const;
    void restoreDefaults() { set(RunPreferences{}); }

private:
    QSpinBox *m_concurrency;
    QSpinBox *m_timeout;
};

class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPage(QWidget *parent = nullptr);
    void set(const AccountPreferences &accounts);
    AccountPreferences value() const;
    void restoreDefaults() { set(AccountPreferences{}); }

private:
    QSpinBox *m_clipboard;
    QSpinBox *m_length;
    QCheckBox *m_lower;
    QCheckBox *m_upper;
    QCheckBox *m_digits;
    QCheckBox *m_symbols;
    QCheckBox *m_readAloud;
};

// The window's language, used from the next start.
class LanguagePage : public QWidget
{
    Q_OBJECT
public:
    explicit LanguagePage(QWidget *parent = nullptr);
    void set(const QString &language);
    QString value() const;
    void restoreDefaults() { set(QString()); }

private:
    QComboBox *m_language;
};

// What the workspace shares with the team: its known_hosts file and, through Ticket
// Settings, business hours and the priority matrix. Not this person's, so no defaults.
class WorkspacePage : public QWidget
{
    Q_OBJECT
public:
    WorkspacePage(QAction *ticketSettings, QWidget *parent = nullptr);
    void set(const QString &knownHostsPath);
    QString value() const;

private:
    QLineEdit *m_knownHosts;
};

} // namespace wb
