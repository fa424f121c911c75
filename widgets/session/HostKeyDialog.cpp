#include "widgets/session/HostKeyDialog.h"

#include "core/ssh/SshConnection.h"
#include "core/ssh/TeamKnownHosts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace wb {

namespace {

QString hostLabel(const SshEndpoint &endpoint)
{
    return QStringLiteral("%1 (%2)").arg(endpoint.name.toHtmlEscaped(),
                                         KnownHosts::hostField(endpoint.knownHostsHost(), endpoint.knownHostsPort()).toHtmlEscaped());
}

} // namespace

HostKeyDialog::HostKeyDialog(const HostKeyQuestion &question, bool offerTeam, QWidget *parent)
    : QDialog(parent), m_question(question)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    const bool changed = question.match != KnownHosts::Match::Unknown && question.match != KnownHosts::Match::Known;
    setWindowTitle(changed ? tr("Host key changed") : tr("Unknown host key"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(changed ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxQuestion).pixmap(48));
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("hostKeyText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QString fingerprint = QStringLiteral("<p><tt>%1 %2</tt></p>")
                                    .arg(question.key.type.toHtmlEscaped(), question.key.fingerprint().toHtmlEscaped());
    QString body;
    if (changed) {
        QString listed;
        for (const HostKey &key : question.listed)
            listed += QStringLiteral("<tt>%1 %2</tt><br>").arg(key.type.toHtmlEscaped(), key.fingerprint().toHtmlEscaped());
        body = tr("<h3>The host key of %1 has changed</h3>"
                  "<p>Someone could be intercepting the connection, or the server was reinstalled. "
                  "The connection was stopped before any password or key was sent.</p>"
                  "<p>The server now presents:</p>%2"
                  "<p>%3 lists:</p><p>%4</p>"
                  "<p>Check the new fingerprint with the server's administrator. Only if it is right, "
                  "remove the old entry and connect again.</p>")
                   .arg(hostLabel(question.endpoint), fingerprint,
                        (question.fromTeam ? TeamKnownHosts::storeName() : question.knownHostsPath).toHtmlEscaped(), listed);
        if (question.fromTeam && !question.teamNote.isEmpty())
            body += QStringLiteral("<p>%1</p>").arg(tr("The team's entry: %1.").arg(question.teamNote.toHtmlEscaped()));
        if (question.fromTeam)
            body += QStringLiteral("<p>%1</p>").arg(tr("A sysadmin removes the team's entry with <tt>werkbank-cli workspace known-hosts remove</tt>.")); 
        if (question.match == KnownHosts::Match::Revoked)
            body = tr("<h3>The host key of %1 is revoked</h3><p>%2 marks this key as revoked:</p>%3"
                      "<p>The connection was stopped.</p>")
                       .arg(hostLabel(question.endpoint), question.knownHostsPath.toHtmlEscaped(), fingerprint);
    } else {
        body = tr("<h3>First connection to %1</h3>"
                  "<p>The server presents this key:</p>%2"
                  "<p>Compare the fingerprint with one you got from the server's administrator "
                  "before you trust it.</p>")
                   .arg(hostLabel(question.endpoint), fingerprint);
    }
    text->setText(body);

    auto *buttons = new QDialogButtonBox(this);
    if (changed) {
        QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
        connect(close, &QPushButton::clicked, this, &QDialog::reject);
        if (!question.fromTeam && (question.match == KnownHosts::Match::Changed || question.match == KnownHosts::Match::OtherType)) {
            QPushButton *remove = buttons->addButton(tr("Remove old entry…"), QDialogButtonBox::ActionRole);
            remove->setObjectName(QStringLiteral("removeOldKey"));
            connect(remove, &QPushButton::clicked, this, &HostKeyDialog::removeOldKey);
        }
        close->setDefault(true);
    } else {
        QPushButton *rejectButton = buttons->addButton(tr("Reject"), QDialogButtonBox::RejectRole);
        rejectButton->setObjectName(QStringLiteral("rejectKey"));
        QPushButton *once = buttons->addButton(tr("Accept once"), QDialogButtonBox::AcceptRole);
        once->setObjectName(QStringLiteral("acceptOnce"));
        QPushButton *save = buttons->addButton(tr("Accept and save"), QDialogButtonBox::AcceptRole);
        save->setObjectName(QStringLiteral("acceptAndSave"));
        rejectButton->setDefault(true); // Enter must never trust a key by accident
        connect(rejectButton, &QPushButton::clicked, this, [this] { m_decision = HostKeyDecision::Reject; reject(); });
        connect(once, &QPushButton::clicked, this, [this] { m_decision = HostKeyDecision::AcceptOnce; accept(); });
        connect(save, &QPushButton::clicked, this, [this] { m_decision = HostKeyDecision::AcceptAndSave; accept(); });
        if (offerTeam) {
            QPushButton *team = buttons->addButton(tr("Trust for the Team"), QDialogButtonBox::AcceptRole);
            team->setObjectName(QStringLiteral("trustForTeam"));
            team->setToolTip(tr("Everyone in this team workspace will trust this key for %1; a changed key is still refused.")
                                 .arg(KnownHosts::hostField(question.endpoint.knownHostsHost(), question.endpoint.knownHostsPort())));
            connect(team, &QPushButton::clicked, this, [this] {
                m_decision = HostKeyDecision::AcceptOnce;  // the team's store holds it from then on
                m_forTeam = true;
                accept();
            });
        }
    }

    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void HostKeyDialog::removeOldKey()
{
    const QString name = KnownHosts::hostField(m_question.endpoint.knownHostsHost(), m_question.endpoint.knownHostsPort());
    const auto answer = QMessageBox::warning(
        this, tr("Remove old host key"),
        tr("Remove every key listed for %1 from %2?\n\nThe next connection will show the server's key "
           "as unknown, and you decide again.").arg(name, m_question.knownHostsPath),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    int removed = 0;
    QString error;
    // known_hosts is a few kilobytes: rewriting it here does not stall the window.
    if (!KnownHosts(m_question.knownHostsPath).remove(m_question.endpoint.knownHostsHost(), m_question.endpoint.knownHostsPort(),
                                                      &removed, &error)) {
        QMessageBox::critical(this, tr("Remove old host key"), error);
        return;
    }
    m_removed = true;
    accept();
}

void HostKeyDialog::answerFor(SshConnection *connection, const HostKeyQuestion &question, QWidget *parent)
{
    auto *dialog = new HostKeyDialog(question, false, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<SshConnection> asking = connection;
    connect(dialog, &QDialog::finished, dialog, [dialog, question, asking] {
        if (asking && question.match == KnownHosts::Match::Unknown)
            asking->answerHostKey(question, dialog->decision());
    });
    dialog->open();
}

} // namespace wb
