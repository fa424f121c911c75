#include "widgets/inventory/HostDialog.h"

#include "widgets/inventory/ReachabilityCheckEdit.h"

#include "core/inventory/HostServices.h"
#include "core/inventory/HostValidator.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/SshHostOptions.h"
#include "widgets/inventory/GroupChoice.h"
#include "widgets/inventory/HostConflict.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPointer>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QDir>
#include <QVBoxLayout>

namespace wb {

namespace {
// A warning under a field, hidden until it has something to say.
QLabel *warningLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    label->setVisible(false);
    return label;
}

// A list edited one entry per line, three lines high.
QPlainTextEdit *listEdit(const QStringList &entries, const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(entries.join(QLatin1Char('\n')), parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

// A form row whose field has its warning below it; the label's accelerator goes to the field.
void addRowWithWarning(QFormLayout *form, const QString &labelText, QWidget *field, QLabel *warning)
{
    auto *box = new QVBoxLayout;
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(field);
    box->addWidget(warning);
    auto *label = new QLabel(labelText, field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, box);
}
} // namespace

HostDialog::HostDialog(const Inventory *inventory, const Host &host, QWidget *parent)
    : QDialog(parent), m_inventory(inventory), m_original(host)
{
    setWindowTitle(host.id == 0 ? tr("Add Host") : tr("Edit Host — %1").arg(host.name));
    setObjectName(QStringLiteral("hostDialog"));

    m_name = new QLineEdit(host.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. web01"));
    m_address = new QLineEdit(host.address, this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("DNS name, IPv4 or IPv6 address"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(host.port);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (HostKind k : allHostKinds())
        m_kind->addItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(hostKindId(k))), hostKindDisplayName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(host.kind)));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("group"));
    fillGroupChoice(m_group, *m_inventory, host.groupId);
    m_os = new QLineEdit(host.os, this);
    m_os->setObjectName(QStringLiteral("os"));
    m_os->setPlaceholderText(tr("e.g. Debian 12"));
    m_tags = new QLineEdit(host.tags.join(QStringLiteral(", ")), this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. prod, web"));
    m_user = new QLineEdit(host.sshUser, this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("default: your local user name"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("auth"));
    for (AuthMethod a : allAuthMethods())
        m_auth->addItem(authMethodDisplayName(a), int(a));
    m_auth->setCurrentIndex(m_auth->findData(int(host.authMethod)));
    m_identity = new QLineEdit(host.identityFile, this);
    m_identity->setObjectName(QStringLiteral("identityFile"));
    m_identity->setPlaceholderText(tr("e.g. ~/.ssh/id_ed25519"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = QDir::home().filePath(QStringLiteral(".ssh"));
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose an identity file"), start);
        if (!file.isEmpty())
            m_identity->setText(file);
    });
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(browse);
    m_jumpHost = new QComboBox(this);
    m_jumpHost->setObjectName(QStringLiteral("jumpHost"));
    fillJumpHosts(host.jumpHostId);
    m_location = new QLineEdit(host.location, this);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setPlaceholderText(tr("e.g. Amsterdam DC2, rack 14"));
    m_owner = new QLineEdit(host.owner, this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setPlaceholderText(tr("team or person responsible"));
    m_hostKeyAlias = new QLineEdit(host.hostKeyAlias, this);
    m_hostKeyAlias->setObjectName(QStringLiteral("hostKeyAlias"));
    m_hostKeyAlias->setPlaceholderText(tr("name known_hosts lists the key under (default: the address)"));
    m_knownHostsFile = new QLineEdit(host.knownHostsFile, this);
    m_knownHostsFile->setObjectName(QStringLiteral("knownHostsFile"));
    m_knownHostsFile->setPlaceholderText(tr("default: the workspace's known_hosts"));
    m_macAddress = new QLineEdit(host.macAddress, this);
    m_macAddress->setObjectName(QStringLiteral("macAddress"));
    m_macAddress->setPlaceholderText(tr("for Wake-on-LAN, e.g. 52:54:00:12:34:56"));
    m_sessionLog = new QComboBox(this);
    m_sessionLog->setObjectName(QStringLiteral("hostSessionLog"));
    m_sessionLog->addItem(tr("As Connection Settings say"), QString());
    m_sessionLog->addItem(tr("Always"), QStringLiteral("on"));
    m_sessionLog->addItem(tr("Never"), QStringLiteral("off"));
    m_sessionLog->setToolTip(tr("Whether this host's terminal sessions are logged to a file (in the folder Connection Settings name); a password typed at a prompt never is."));
    m_sessionLog->setCurrentIndex(std::max(0, m_sessionLog->findData(host.sessionLog)));
    m_forwards = listEdit(host.portForwards, QStringLiteral("hostPortForwards"), this);
    m_forwards->setPlaceholderText(tr("one per line, as ssh writes them: -L 8080:db.internal:5432, -R 9000:localhost:3000, -D 1080"));
    m_forwards->setToolTip(tr("This host's tunnels, as ssh's -L, -R and -D write them (imported from LocalForward, RemoteForward and "
                              "DynamicForward too). Local (-L) and dynamic (-D, a SOCKS5 proxy) forwards listen on 127.0.0.1 unless an "
                              "address is given before the port."));
    m_forwardWarning = warningLabel(QStringLiteral("hostForwardWarning"), this);
    connect(m_forwards, &QPlainTextEdit::textChanged, this, &HostDialog::updateForwardWarning);
    updateForwardWarning(); // a host that has one already says so when the dialog opens
    m_sshOptions = listEdit(host.sshOptions, QStringLiteral("hostSshOptions"), this);
    m_sshOptions->setPlaceholderText(tr("one per line, as in ssh_config: ConnectTimeout 5, ServerAliveInterval 15, Compression yes"));
    m_sshOptions->setToolTip(tr("This host's own OpenSSH options, over Connection Settings (imported from its ssh_config too): %1.")
                                 .arg(SshHostOptions::keywords().join(QStringLiteral(", "))));
    m_sshOptionsWarning = warningLabel(QStringLiteral("hostSshOptionsWarning"), this);
    connect(m_sshOptions, &QPlainTextEdit::textChanged, this, &HostDialog::updateSshOptionsWarning);
    updateSshOptionsWarning();
    m_desktop = new QComboBox(this);
    m_desktop->setObjectName(QStringLiteral("hostRemoteDesktop"));
    m_desktop->addItem(tr("None"), int(RemoteDesktop::Protocol::None));
    m_desktop->addItem(tr("RDP (FreeRDP)"), int(RemoteDesktop::Protocol::Rdp));
    m_desktop->addItem(tr("VNC"), int(RemoteDesktop::Protocol::Vnc));
    m_desktop->setToolTip(tr("How this host's desktop is reached: RDP (FreeRDP) or VNC, on the usual port unless another is set"));
    m_desktopPort = new QSpinBox(this);
    m_desktopPort->setObjectName(QStringLiteral("hostRemoteDesktopPort"));
    m_desktopPort->setRange(0, 65535);
    m_desktopPort->setSpecialValueText(tr("usual port"));
    connect(m_desktop, &QComboBox::currentIndexChanged, this, [this] { m_desktopPort->setEnabled(m_desktop->currentIndex() > 0); });
    setRemoteDesktop(host.remoteDesktop);
    m_reachability = new ReachabilityCheckEdit(this);
    m_reachability->setKind(host.kind);
    m_reachability->setText(host.reachabilityCheck);
    connect(m_kind, &QComboBox::currentIndexChanged, m_reachability,
            [this] { m_reachability->setKind(HostKind(m_kind->currentData().toInt())); });
    m_notes = new QPlainTextEdit(host.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&OS:"), m_os);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("SSH &user:"), m_user);
    form->addRow(tr("Aut&hentication:"), m_auth);
    // A row holding a layout gets no buddy by itself, so the & would show.
    auto *identityLabel = new QLabel(tr("&Identity file:"), this);
    identityLabel->setBuddy(m_identity);
    form->addRow(identityLabel, identityRow);
    form->addRow(tr("&Jump host:"), m_jumpHost);
    form->addRow(tr("Host ke&y alias:"), m_hostKeyAlias);
    form->addRow(tr("known_host&s file:"), m_knownHostsFile);
    form->addRow(tr("&Reachability check:"), m_reachability);
    form->addRow(tr("&MAC address:"), m_macAddress);
    form->addRow(tr("Recor&d sessions:"), m_sessionLog);
    addRowWithWarning(form, tr("Port &forwards:"), m_forwards, m_forwardWarning);
    addRowWithWarning(form, tr("E&xtra SSH options:"), m_sshOptions, m_sshOptionsWarning);
    auto *desktopRow = new QHBoxLayout;
    desktopRow->setContentsMargins(0, 0, 0, 0);
    desktopRow->addWidget(m_desktop, 1);
    desktopRow->addWidget(m_desktopPort);
    auto *desktopLabel = new QLabel(tr("Desktop &via:"), this);
    desktopLabel->setBuddy(m_desktop);
    form->addRow(desktopLabel, desktopRow);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("Not&es:"), m_notes);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_stored = new QLabel(this);
    m_stored->setObjectName(QStringLiteral("storedValues"));
    m_stored->setWordWrap(true);
    m_stored->setTextFormat(Qt::PlainText);
    m_stored->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HostDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HostDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_stored);
    layout->addWidget(m_buttons);

    connect(m_auth, &QComboBox::currentIndexChanged, this, &HostDialog::updateAuthFields);
    updateAuthFields();
    // The address usually equals the name for DNS-named hosts: fill it in as a
    // suggestion until the user types an address of their own.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_address->isModified())
            return;
        if (HostValidator::isValidHostName(text))
            m_address->setText(text);
    });
    m_name->setFocus();
    setMinimumWidth(460);
}

void HostDialog::fillJumpHosts(HostId selected)
{
    m_jumpHost->addItem(tr("(direct connection)"), qint64(0));
    // Very large inventories would make this list useless; the common case is a
    // handful of bastions, which are offered first by being listed by path.
    const QList<HostId> all = m_inventory->hostsBelow(0);
    for (HostId id : all) {
        if (id == m_original.id)
            continue;
        const Host *h = m_inventory->host(id);
        const QStringList path = m_inventory->groupPath(h->groupId);
        const QString label = path.isEmpty() ? h->name : path.join(QLatin1Char('/')) + QLatin1Char('/') + h->name;
        m_jumpHost->addItem(label, id);
        if (m_jumpHost->count() > 5000 && id != selected)
            break;
    }
    m_jumpHost->setCurrentIndex(qMax(0, m_jumpHost->findData(selected)));
}

void HostDialog::updateSshOptionsWarning()
{
    // Agent forwarding is off unless a host says so; where one does, say what it risks.
    const QStringList options = SshHostOptions::parse(m_sshOptions->toPlainText());
    const bool forwards = SshHostOptions::value(options, u"ForwardAgent") == QLatin1String("yes");
    m_sshOptionsWarning->setText(forwards ? tr("With ForwardAgent, root on this host can use your agent's keys while you are connected.")
                                          : QString());
    m_sshOptionsWarning->setToolTip(forwards ? tr("Werkbank does not forward the agent yet; the setting is kept for when it does.")
                                             : QString());
    m_sshOptionsWarning->setVisible(forwards);
}

void HostDialog::setRemoteDesktop(const QString &text)
{
    RemoteDesktop desktop;
    RemoteDesktop::parse(text, &desktop); // stored values were checked
    m_desktop->setCurrentIndex(std::max(0, m_desktop->findData(int(desktop.protocol))));
    m_desktopPort->setValue(desktop.port);
    m_desktopPort->setEnabled(desktop.protocol != RemoteDesktop::Protocol::None);
}

void HostDialog::updateForwardWarning()
{
    QStringList open;
    for (const QString &text : HostValidator::parsePortForwards(m_forwards->toPlainText())) {
        PortForward forward;
        if (PortForward::parse(text, &forward) && forward.listensBeyondLoopback())
            open << text;
    }
    m_forwardWarning->setText(tr("Others on the network can use %1: it listens on an address beyond this computer.")
                                  .arg(open.join(QStringLiteral(", "))));
    m_forwardWarning->setVisible(!open.isEmpty());
}

void HostDialog::updateAuthFields()
{
    const bool keyFile = m_auth->currentData().toInt() == int(AuthMethod::KeyFile);
    m_identity->setEnabled(keyFile);
}

Host HostDialog::host() const
{
    Host h = m_original;
    h.name = m_name->text().trimmed();
    h.address = m_address->text().trimmed();
    h.port = m_port->value();
    h.kind = HostKind(m_kind->currentData().toInt());
    h.groupId = m_group->currentData().toLongLong();
    h.os = m_os->text().trimmed();
    h.tags = HostValidator::parseTags(m_tags->text());
    h.sshUser = m_user->text().trimmed();
    h.authMethod = AuthMethod(m_auth->currentData().toInt());
    h.identityFile = h.authMethod == AuthMethod::KeyFile ? m_identity->text().trimmed() : QString();
    h.jumpHostId = m_jumpHost->currentData().toLongLong();
    h.location = m_location->text().trimmed();
    h.owner = m_owner->text().trimmed();
    h.hostKeyAlias = m_hostKeyAlias->text().trimmed();
    h.knownHostsFile = m_knownHostsFile->text().trimmed();
    h.reachabilityCheck = m_reachability->text();
    h.macAddress = HostValidator::normalizedMac(m_macAddress->text());
    h.sessionLog = m_sessionLog->currentData().toString();
    h.portForwards = HostValidator::parsePortForwards(m_forwards->toPlainText());
    h.sshOptions = SshHostOptions::parse(m_sshOptions->toPlainText());
    RemoteDesktop desktop;
    desktop.protocol = RemoteDesktop::Protocol(m_desktop->currentData().toInt());
    desktop.port = desktop.protocol == RemoteDesktop::Protocol::None ? 0 : quint16(m_desktopPort->value());
    h.remoteDesktop = desktop.text();
    h.notes = m_notes->toPlainText();
    return h;
}

void HostDialog::setFields(const Host &h)
{
    m_name->setText(h.name);
    m_address->setText(h.address);
    m_port->setValue(h.port);
    m_kind->setCurrentIndex(m_kind->findData(int(h.kind)));
    m_group->setCurrentIndex(qMax(0, m_group->findData(h.groupId)));
    m_os->setText(h.os);
    m_tags->setText(h.tags.join(QStringLiteral(", ")));
    m_user->setText(h.sshUser);
    m_auth->setCurrentIndex(m_auth->findData(int(h.authMethod)));
    m_identity->setText(h.identityFile);
    if (m_jumpHost->findData(h.jumpHostId) < 0 && m_inventory->host(h.jumpHostId))  // past the list's cut-off
        m_jumpHost->addItem(m_inventory->displayName(h.jumpHostId), h.jumpHostId);
    m_jumpHost->setCurrentIndex(qMax(0, m_jumpHost->findData(h.jumpHostId)));
    m_location->setText(h.location);
    m_owner->setText(h.owner);
    m_hostKeyAlias->setText(h.hostKeyAlias);
    m_knownHostsFile->setText(h.knownHostsFile);
    m_reachability->setKind(h.kind);
    m_reachability->setText(h.reachabilityCheck);
    m_macAddress->setText(h.macAddress);
    m_sessionLog->setCurrentIndex(std::max(0, m_sessionLog->findData(h.sessionLog)));
    m_forwards->setPlainText(h.portForwards.join(QLatin1Char('\n')));
    m_sshOptions->setPlainText(h.sshOptions.join(QLatin1Char('\n')));
    setRemoteDesktop(h.remoteDesktop);
    m_notes->setPlainText(h.notes);
}

void HostDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void HostDialog::showStored(const Host *stored)
{
    if (!stored) {
        m_stored->setText(tr("The host no longer exists; what you typed is still here to copy."));
        m_stored->setVisible(true);
        return;
    }
    const Host typed = host();
    const HostFields differing = differingFields(typed, *stored);
    QStringList lines;
    for (quint32 bit = 1; allHostFields().testFlag(HostField(bit)); bit <<= 1) {
        const auto field = HostField(bit);
        if (!differing.testFlag(field))
            continue;
        const auto shown = [this, field](const Host &h) {
            return HostConflict::fieldText(*m_inventory, h, field).section(QLatin1Char('\n'), 0, 0);
        };
        lines << tr("%1: now “%2”, yours “%3”").arg(hostFieldNames(field), shown(*stored), shown(typed));
    }
    m_stored->setText(tr("Stored now (OK saves yours over it):") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_stored->setVisible(true);
    m_original = *stored;  // the next save is based on what is stored now
}

void HostDialog::accept()
{
    const Host h = host();
    const QStringList problems = HostValidator::validate(h);
    if (!problems.isEmpty()) {
        setError(problems.join(QLatin1Char('\n')));
        return;
    }
    if (!m_apply) {
        applied({});
        return;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);  // until the workspace answers
    m_apply(h, [dialog = QPointer<HostDialog>(this)](const QString &problem) {
        if (dialog)
            dialog->applied(problem);
    });
}

void HostDialog::applied(const QString &problem)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    setError(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace wb
