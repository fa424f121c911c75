#include "widgets/inventory/DirectoryDialog.h"

#include "core/directory/DirectoryAccountBackend.h"
#include "core/directory/DirectoryKeys.h"
#include "core/inventory/DirectoryRepository.h"
#include "core/inventory/InventoryTables.h"
#include "core/secrets/CredentialStore.h"
#include "widgets/inventory/GroupChoice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

DirectoryDialog::DirectoryDialog(const InventoryTables *inventory, const Directory &directory,
                                 CredentialStore *credentials, QWidget *parent)
    : QDialog(parent), m_inventory(inventory), m_original(directory), m_credentials(credentials)
{
    setObjectName(QStringLiteral("directoryDialog"));
    setWindowTitle(directory.id == 0 ? tr("Add Directory") : tr("Edit Directory %1").arg(directory.name));
    setWindowIcon(QIcon(QStringLiteral(":/icons/directory.svg")));

    auto field = [this](const QString &name, const QString &text, const QString &placeholder) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = field(QStringLiteral("name"), directory.name, tr("e.g. Corporate AD"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("group"));
    fillGroupChoice(m_group, *m_inventory, directory.groupId);
    m_url = field(QStringLiteral("url"), directory.url, tr("ldaps://dc1.example.org or ldap://ldap.example.org (StartTLS)"));
    m_url->setToolTip(tr("Werkbank always uses TLS: ldaps://, or ldap:// with StartTLS. A server without TLS is refused."));
    m_baseDn = field(QStringLiteral("baseDn"), directory.baseDn, tr("e.g. dc=example,dc=org"));
    m_bindDn = field(QStringLiteral("bindDn"), directory.bindDn, tr("cn=helpdesk,ou=services,dc=example,dc=org or helpdesk@EXAMPLE.ORG"));
    m_password = field(QStringLiteral("bindPassword"), QString(),
                       directory.id == 0 ? tr("stored in the keychain only") : tr("leave empty to keep the one in the keychain"));
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile = field(QStringLiteral("caFile"), directory.caFile, tr("empty: the system's trusted CAs"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose the CA certificate (PEM)"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Detect from the server"), int(DirectoryKind::Detect));
    m_kind->addItem(directoryKindDisplayName(DirectoryKind::ActiveDirectory), int(DirectoryKind::ActiveDirectory));
    m_kind->addItem(directoryKindDisplayName(DirectoryKind::OpenLdap), int(DirectoryKind::OpenLdap));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(directory.kind))));
    m_controllers = new QPlainTextEdit(directory.domainControllers.join(u'\n'), this);
    m_controllers->setObjectName(QStringLiteral("domainControllers"));
    m_controllers->setPlaceholderText(tr("One host[:port] per line; Test Connection finds them"));
    m_controllers->setToolTip(tr("Active Directory keeps lockouts, bad passwords and last logons per domain controller;\n"
                                 "Werkbank asks each one listed here."));
    m_controllers->setTabChangesFocus(true);
    m_controllers->setFixedHeight(m_controllers->fontMetrics().lineSpacing() * 4 + 12);
    m_notes = new QPlainTextEdit(directory.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    m_test = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setToolTip(tr("Log in with these settings; fills in the kind and the domain controllers the server reports"));
    connect(m_test, &QPushButton::clicked, this, &DirectoryDialog::testConnection);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Base DN:"), m_baseDn);
    form->addRow(tr("B&ind DN:"), m_bindDn);
    form->addRow(tr("Bind &password:"), m_password);
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_caFile);  // a row of two widgets gets no buddy of its own
    form->addRow(caLabel, caRow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Domain controllers:"), m_controllers);
    form->addRow(tr("N&otes:"), m_notes);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_status, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DirectoryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DirectoryDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DirectoryDialog::updateControllersField);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateControllersField();
    resize(560, sizeHint().height());
}

DirectoryDialog::~DirectoryDialog() = default;

Directory DirectoryDialog::directory() const
{
    Directory d = m_original;
    d.name = m_name->text().trimmed();
    d.groupId = m_group->currentData().toLongLong();
    d.url = m_url->text().trimmed();
    d.baseDn = m_baseDn->text().trimmed();
    d.bindDn = m_bindDn->text().trimmed();
    d.caFile = m_caFile->text().trimmed();
    d.kind = DirectoryKind(m_kind->currentData().toInt());
    d.domainControllers.clear();
    if (d.kind != DirectoryKind::OpenLdap) {
        for (const QString &line : m_controllers->toPlainText().split(u'\n', Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                d.domainControllers << line.trimmed();
    }
    d.notes = m_notes->toPlainText();
    return d;
}

QString DirectoryDialog::bindPassword() const
{
    return m_password->text();
}

void DirectoryDialog::updateControllersField()
{
    // OpenLDAP keeps one lockout state; only Active Directory spreads it over DCs.
    m_controllers->setEnabled(DirectoryKind(m_kind->currentData().toInt()) != DirectoryKind::OpenLdap);
}

void DirectoryDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DirectoryDialog::testConnection()
{
    Directory d = directory();
    d.name = d.name.isEmpty() ? tr("(new directory)") : d.name;
    if (const QStringList problems = DirectoryValidator::problems(d); !problems.isEmpty()) {
        setError(problems.join(u'\n'));
        Q_EMIT connectionTested(false);
        return;
    }
    setError({});
    m_test->setEnabled(false);
    m_status->setText(tr("Logging in…"));
    if (!bindPassword().isEmpty() || !m_credentials) {
        probe(d, bindPassword());
        return;
    }
    m_credentials->read(bindPasswordKey(d), [dialog = QPointer<DirectoryDialog>(this), d](std::optional<QString> secret, QString) {
        if (!dialog)
            return;
        if (!secret)
            return dialog->probed(false, tr("Type the bind password: the keychain holds none for %1 at %2.").arg(d.bindDn, d.url));
        dialog->probe(d, *secret);
    });
}

void DirectoryDialog::probe(const Directory &d, const QString &password)
{
    // A new backend for each try: the fields may have changed since the last one.
    m_probe = std::make_unique<DirectoryAccountBackend>(d);
    m_probe->setBindPassword(password);
    DirectoryAccountBackend *backend = m_probe.get();
    AccountReply *login = backend->readPasswordPolicy(QString());
    connect(login, &AccountReply::finished, this, [this, backend, login] {
        if (backend != m_probe.get())
            return;
        if (!login->succeeded())
            return probed(false, login->errorMessage());
        const DirectoryKind detected = backend->kind();
        if (DirectoryKind(m_kind->currentData().toInt()) == DirectoryKind::Detect && detected != DirectoryKind::Detect)
            m_kind->setCurrentIndex(m_kind->findData(int(detected)));
        const QString loggedIn = tr("Logged in: %1.").arg(directoryKindDisplayName(detected));
        if (detected != DirectoryKind::ActiveDirectory || !m_controllers->toPlainText().trimmed().isEmpty())
            return probed(true, loggedIn);
        AccountReply *found = backend->discoverDomainControllers();
        connect(found, &AccountReply::finished, this, [this, backend, found, loggedIn] {
            if (backend != m_probe.get())
                return;
            QStringList servers;
            for (const AccountStatus &server : found->accounts())
                servers << server.name;
            m_controllers->setPlainText(servers.join(u'\n'));
            probed(true, found->succeeded()
                             ? loggedIn + QLatin1Char(' ') + tr("%Ln domain controller(s) found.", nullptr, int(servers.size()))
                             : loggedIn + QLatin1Char(' ') + tr("No domain controllers found: %1").arg(found->errorMessage()));
        });
    });
}

void DirectoryDialog::probed(bool ok, const QString &message)
{
    m_test->setEnabled(true);
    m_status->setText(ok ? message : QString());
    setError(ok ? QString() : message);
    Q_EMIT connectionTested(ok);
}

void DirectoryDialog::accept()
{
    const Directory d = directory();
    if (const QStringList problems = DirectoryValidator::problems(d); !problems.isEmpty()) {
        setError(problems.join(u'\n'));
        return;
    }
    if (!m_apply) {
        applied({});
        return;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);  // until the workspace answers
    m_apply(d, bindPassword(), [dialog = QPointer<DirectoryDialog>(this)](const QString &problem) {
        if (dialog)
            dialog->applied(problem);
    });
}

void DirectoryDialog::applied(const QString &problem)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    setError(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace wb
