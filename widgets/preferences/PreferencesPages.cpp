#include "widgets/preferences/PreferencesPages.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wb {

namespace {

QSpinBox *spin(const char *name, int from, int to, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(from, to);
    box->setSuffix(suffix);
    return box;
}

QCheckBox *check(const QString &text, const char *name, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(QString::fromLatin1(name));
    return box;
}

// A field with a Browse button beside it; the label's & reaches the field.
void addPathRow(QFormLayout *form, const QString &label, QLineEdit *field, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(browse);
    auto *rowLabel = new QLabel(label, field->parentWidget());
    rowLabel->setBuddy(field); // a row that is a layout gets no buddy of its own
    form->addRow(rowLabel, row);
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace

ConnectionPage::ConnectionPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionPage"));
    m_timeout = spin("connectTimeout", 1, 600, tr(" s"), this);
    m_keepalive = spin("keepalive", 0, 3600, tr(" s"), this);
    m_keepalive->setSpecialValueText(tr("Off"));
    m_reuse = spin("reuseIdle", 0, 1440, tr(" min"), this);
    m_reuse->setSpecialValueText(tr("Off"));
    m_reuse->setToolTip(tr("A connection stays logged in this long after its session or run ends; "
                           "the next one to the same host opens a channel on it instead of logging in again."));
    m_reachability = spin("reachabilityMinutes", 0, 1440, tr(" min"), this);
    m_reachability->setSpecialValueText(tr("Only when asked"));
    m_reachability->setToolTip(tr("How often the inventory checks that every host answers (its SSH banner, or the "
                                  "port its kind answers on), without logging in. Hosts → Check Reachability Now checks at once."));
    m_facts = spin("factsHours", 0, 24 * 30, tr(" h"), this);
    m_facts->setSpecialValueText(tr("Only when asked"));
    m_facts->setToolTip(tr("How often the inventory gathers every host's facts over SSH (OS, updates, disks, failed "
                           "units, backup age). Hosts → Gather Facts gathers at once."));
    m_sessionLog = new QComboBox(this);
    m_sessionLog->setObjectName(QStringLiteral("sessionLog"));
    m_sessionLog->addItem(tr("Off"), int(SshSettings::SessionLog::Off));
    m_sessionLog->addItem(tr("Plain text (terminal escapes removed)"), int(SshSettings::SessionLog::Plain));
    m_sessionLog->addItem(tr("Raw (as the host sent it)"), int(SshSettings::SessionLog::Raw));
    m_sessionLog->setToolTip(tr("Each terminal session's output in a file of its own, named by host and time. "
                                "Only what the host sends is logged: commands as it echoes them, never a password typed at a prompt that does not echo."));
    m_sessionLogFolder = new QLineEdit(this);
    m_sessionLogFolder->setObjectName(QStringLiteral("sessionLogFolder"));
    m_sessionLogFolder->setPlaceholderText(SshSettings::defaultSessionLogFolder());
    auto *browseLogs = new QPushButton(tr("Bro&wse…"), this);
    connect(browseLogs, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Session log folder"), m_sessionLogFolder->text());
        if (!folder.isEmpty())
            m_sessionLogFolder->setText(folder);
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("Connect &timeout:"), m_timeout);
    form->addRow(tr("&Keepalive every:"), m_keepalive);
    form->addRow(tr("Keep idle connections &open for:"), m_reuse);
    form->addRow(tr("Check &reachability every:"), m_reachability);
    form->addRow(tr("Gather &facts every:"), m_facts);
    form->addRow(tr("&Log sessions:"), m_sessionLog);
    // Editable with logging off too: a host set to "Always" logs there.
    addPathRow(form, tr("Session log fol&der:"), m_sessionLogFolder, browseLogs);
    set(SshSettings{});
}

void ConnectionPage::set(const SshSettings &settings)
{
    m_timeout->setValue(settings.connectTimeoutSeconds);
    m_keepalive->setValue(settings.keepaliveSeconds);
    m_reuse->setValue((settings.reuseIdleSeconds + 59) / 60);
    m_reachability->setValue(settings.reachabilityMinutes);
    m_facts->setValue(settings.factsHours);
    m_sessionLog->setCurrentIndex(m_sessionLog->findData(int(settings.sessionLog)));
    m_sessionLogFolder->setText(settings.sessionLogFolder);
}

SshSettings ConnectionPage::value() const
{
    SshSettings result;
    result.connectTimeoutSeconds = m_timeout->value();
    result.keepaliveSeconds = m_keepalive->value();
    result.reuseIdleSeconds = m_reuse->value() * 60;
    result.reachabilityMinutes = m_reachability->value();
    result.factsHours = m_facts->value();
    result.sessionLog = SshSettings::SessionLog(m_sessionLog->currentData().toInt());
    result.sessionLogFolder = m_sessionLogFolder->text().trimmed();
    return result;
}

TerminalPage::TerminalPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("terminalPage"));
    m_systemFont = check(tr("Use the &system's fixed-width font"), "terminalSystemFont", this);
    m_font = new QFontComboBox(this);
    m_font->setObjectName(QStringLiteral("terminalFont"));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_size = new QDoubleSpinBox(this);
    m_size->setObjectName(QStringLiteral("terminalFontSize"));
    m_size->setRange(4, 72);
    m_size->setDecimals(1);
    m_size->setSuffix(tr(" pt"));
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("terminalColorScheme"));
    for (const TerminalColorScheme &scheme : TerminalColorScheme::all())
        m_scheme->addItem(scheme.displayName(), scheme.id);
    m_scrollback = spin("scrollbackLines", 0, TerminalSettings::maxScrollbackLines, tr(" lines"), this);
    m_scrollback->setSingleStep(1000);
    m_scrollback->setSpecialValueText(tr("None"));
    m_scrollback->setToolTip(tr("Lines kept above the screen in each session; about 320 bytes a line at 80 columns."));
    m_cursor = new QComboBox(this);
    m_cursor->setObjectName(QStringLiteral("cursorShape"));
    m_cursor->addItem(tr("Block"), int(TerminalCursorShape::Block));
    m_cursor->addItem(tr("Underline"), int(TerminalCursorShape::Underline));
    m_cursor->addItem(tr("Bar"), int(TerminalCursorShape::Bar));
    m_altSendsEscape = check(tr("&Alt+key sends Escape and the key"), "altSendsEscape", this);
    m_altSendsEscape->setToolTip(tr("As xterm and most terminals do, for the Alt shortcuts of bash, emacs and mc; "
                                    "off: Alt+key sends the key alone."));
    m_confirmPaste = check(tr("As&k before pasting text with line breaks"), "confirmPaste", this);
    m_confirmPaste->setToolTip(tr("Shows the lines first when the program did not turn on bracketed paste, "
                                  "as a shell would run each line as it arrives."));
    m_blink = check(tr("B&linking text and cursor"), "terminalBlink", this);
    m_blink->setToolTip(tr("Text a program marks as blinking, and a blinking cursor, blink slowly while the "
                           "window is active; off: both are drawn steady."));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("terminalPreview"));
    m_preview->setAutoFillBackground(true);
    m_preview->setMargin(8);
    m_preview->setText(QStringLiteral("admin@web01:~$ systemctl status nginx\n● nginx.service - A high performance web server"));

    auto *form = new QFormLayout(this);
    form->addRow(QString(), m_systemFont);
    form->addRow(tr("&Font:"), m_font);
    form->addRow(tr("Si&ze:"), m_size);
    form->addRow(tr("&Colours:"), m_scheme);
    form->addRow(tr("Scroll&back:"), m_scrollback);
    form->addRow(tr("C&ursor:"), m_cursor);
    form->addRow(QString(), m_altSendsEscape);
    form->addRow(QString(), m_confirmPaste);
    form->addRow(QString(), m_blink);
    form->addRow(m_preview);
    form->addRow(note(tr("Applied to open sessions at once. Zoom (Ctrl+= and Ctrl+-) stays per session."), this));
    connect(m_systemFont, &QCheckBox::toggled, this, [this](bool system) {
        m_font->setEnabled(!system);
        m_size->setEnabled(!system);
        showPreview();
    });
    connect(m_font, &QFontComboBox::currentFontChanged, this, &TerminalPage::showPreview);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, &TerminalPage::showPreview);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &TerminalPage::showPreview);
    set(TerminalSettings{});
}

void TerminalPage::set(const TerminalSettings &settings)
{
    const QFont font = settings.font();
    m_systemFont->setChecked(settings.fontFamily.isEmpty() && settings.fontPointSize <= 0);
    m_font->setCurrentFont(font);
    m_size->setValue(font.pointSizeF());
    m_font->setEnabled(!m_systemFont->isChecked());
    m_size->setEnabled(!m_systemFont->isChecked());
    m_scheme->setCurrentIndex(m_scheme->findData(TerminalColorScheme::byId(settings.colorScheme).id));
    m_scrollback->setValue(settings.scrollbackLines);
    m_cursor->setCurrentIndex(m_cursor->findData(int(settings.cursorShape)));
    m_altSendsEscape->setChecked(settings.altSendsEscape);
    m_confirmPaste->setChecked(settings.confirmPaste);
    m_blink->setChecked(settings.blink);
    showPreview();
}

TerminalSettings TerminalPage::value() const
{
    TerminalSettings settings;
    if (!m_systemFont->isChecked()) {
        settings.fontFamily = m_font->currentFont().family();
        settings.fontPointSize = m_size->value();
    }
    settings.colorScheme = m_scheme->currentData().toString();
    settings.scrollbackLines = m_scrollback->value();
    settings.cursorShape = TerminalCursorShape(m_cursor->currentData().toInt());
    settings.altSendsEscape = m_altSendsEscape->isChecked();
    settings.confirmPaste = m_confirmPaste->isChecked();
    settings.blink = m_blink->isChecked();
    return settings;
}

void TerminalPage::showPreview()
{
    const TerminalSettings settings = value();
    const TerminalColorScheme scheme = TerminalColorScheme::byId(settings.colorScheme);
    QPalette palette = m_preview->palette();
    palette.setColor(QPalette::Window, QColor::fromRgb(scheme.background));
    palette.setColor(QPalette::WindowText, QColor::fromRgb(scheme.foreground));
    m_preview->setPalette(palette);
    m_preview->setFont(settings.font());
    m_preview->setMinimumHeight(QFontMetrics(settings.font()).lineSpacing() * 2 + 2 * m_preview->margin() + 4);
}

RunsPage::RunsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runsPage"));
    m_concurrency = spin("runConcurrency", 1, 1000, tr(" hosts"), this);
    m_timeout = spin("runTimeout", 1, 86400, tr(" s"), this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Run on at &most:"), m_concurrency);
    form->addRow(tr("&Give each host:"), m_timeout);
    form->addRow(note(tr("What Run Command starts with, and what snippets run with; the Run Command dialog can change "
                         "both for one run and remembers them."), this));
    set(RunPreferences{});
}

void RunsPage::set(const RunPreferences &runs)
{
    m_concurrency->setValue(runs.concurrency);
    m_timeout->setValue(runs.timeoutSeconds);
}

RunPreferences RunsPage::value() const
{
    RunPreferences runs;
    runs.concurrency = m_concurrency->value();
    runs.timeoutSeconds = m_timeout->value();
    return runs;
}

AccountsPage::AccountsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("accountsPage"));
    m_clipboard = spin("clipboardClearSeconds", AccountPreferences::minClipboardSeconds, AccountPreferences::maxClipboardSeconds, tr(" s"), this);
    m_clipboard->setToolTip(tr("A password copied from Werkbank is taken off the clipboard after this long, "
                               "unless something else was copied meanwhile."));
    m_length = spin("passwordLength", PasswordGenerator::minLength, PasswordGenerator::maxLength, tr(" characters"), this);
    m_lower = check(tr("Lower case (a–z)"), "useLower", this);
    m_upper = check(tr("Upper case (A–Z)"), "useUpper", this);
    m_digits = check(tr("Digits (0–9)"), "useDigits", this);
    m_symbols = check(tr("Symbols (!#%…)"), "useSymbols", this);
    m_readAloud = check(tr("&Easy to read aloud (no 0/O, 1/l/I, quotes …)"), "easyToRead", this);
    auto *classes = new QVBoxLayout;
    for (QCheckBox *box : {m_lower, m_upper, m_digits, m_symbols, m_readAloud})
        classes->addWidget(box);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Clear copied passwords &after:"), m_clipboard);
    form->addRow(tr("Generated password &length:"), m_length);
    form->addRow(tr("Generated passwords use:"), classes);
    form->addRow(note(tr("A directory's password policy may ask for more; Generate then follows the policy."), this));
    set(AccountPreferences{});
}

void AccountsPage::set(const AccountPreferences &accounts)
{
    m_clipboard->setValue(accounts.clipboardClearSeconds);
    m_length->setValue(accounts.generator.length);
    m_lower->setChecked(accounts.generator.lower);
    m_upper->setChecked(accounts.generator.upper);
    m_digits->setChecked(accounts.generator.digits);
    m_symbols->setChecked(accounts.generator.symbols);
    m_readAloud->setChecked(accounts.generator.easyToReadAloud);
}

AccountPreferences AccountsPage::value() const
{
    AccountPreferences accounts;
    accounts.clipboardClearSeconds = m_clipboard->value();
    accounts.generator.length = m_length->value();
    accounts.generator.lower = m_lower->isChecked();
    accounts.generator.upper = m_upper->isChecked();
    accounts.generator.digits = m_digits->isChecked();
    accounts.generator.symbols = m_symbols->isChecked();
    accounts.generator.easyToReadAloud = m_readAloud->isChecked();
    return accounts;
}

LanguagePage::LanguagePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("languagePage"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's"), QString());
    // Each language in its own words, so that it can be found by someone who does not read the other.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note(tr("Takes effect when Werkbank next starts. --lang on the command line wins over it; "
                         "werkbank-cli follows the system or its own --lang."), this));
    set(QString());
}

void LanguagePage::set(const QString &language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

QString LanguagePage::value() const
{
    return m_language->currentData().toString();
}

WorkspacePage::WorkspacePage(QAction *ticketSettings, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workspacePage"));
    m_knownHosts = new QLineEdit(this);
    m_knownHosts->setObjectName(QStringLiteral("knownHostsPath"));
    m_knownHosts->setPlaceholderText(tr("~/.ssh/known_hosts (OpenSSH's own)"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("known_hosts file"), m_knownHosts->text(), QString(), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_knownHosts->setText(file);
    });
    auto *form = new QFormLayout(this);
    form->addRow(note(tr("These belong to the workspace and are shared by everyone who works in it."), this));
    addPathRow(form, tr("&Host keys (this workspace):"), m_knownHosts, browse);
    auto *tickets = new QPushButton(tr("&Ticket Settings…"), this);
    tickets->setObjectName(QStringLiteral("openTicketSettings"));
    // As the Tickets menu's action: off, with its reason, where the role may not change them.
    const auto follow = [tickets, ticketSettings] {
        tickets->setEnabled(ticketSettings->isEnabled());
        tickets->setToolTip(ticketSettings->toolTip());
    };
    follow();
    connect(ticketSettings, &QAction::changed, tickets, follow);
    connect(tickets, &QPushButton::clicked, ticketSettings, &QAction::trigger);
    form->addRow(tr("Business hours, priorities:"), tickets);
}

void WorkspacePage::set(const QString &knownHostsPath)
{
    m_knownHosts->setText(knownHostsPath);
}

QString WorkspacePage::value() const
{
    return m_knownHosts->text().trimmed();
}

} // namespace wb
