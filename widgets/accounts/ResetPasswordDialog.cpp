#include "widgets/accounts/ResetPasswordDialog.h"

#include "widgets/accounts/AccountPreferences.h"

#include "core/accounts/AccountInput.h"
#include "core/accounts/PasswordGenerator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wb {

namespace {
QCheckBox *option(const QString &text, const QString &name, bool checked, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(name);
    box->setChecked(checked);
    return box;
}
} // namespace

ResetPasswordDialog::ResetPasswordDialog(const QString &account, const QString &host, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset Password"));
    m_heading = new QLabel(tr("New password for <b>%1</b> on <b>%2</b>").arg(account.toHtmlEscaped(), host.toHtmlEscaped()), this);
    m_heading->setObjectName(QStringLiteral("resetHeading"));

    m_type = new QRadioButton(tr("&Type a password"), this);
    m_type->setObjectName(QStringLiteral("typePassword"));
    m_type->setChecked(true);
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("newPassword"));
    m_first->setEchoMode(QLineEdit::Password);
    m_second = new QLineEdit(this);
    m_second->setObjectName(QStringLiteral("repeatPassword"));
    m_second->setEchoMode(QLineEdit::Password);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_typeBox = new QWidget(this);
    auto *typeForm = new QFormLayout(m_typeBox);
    typeForm->setContentsMargins(24, 0, 0, 0);
    typeForm->addRow(tr("&New password:"), m_first);
    typeForm->addRow(tr("&Again:"), m_second);
    typeForm->addRow(QString(), m_problem);

    m_generate = new QRadioButton(tr("&Generate a password"), this);
    m_generate->setObjectName(QStringLiteral("generatePassword"));
    const PasswordGenerator defaults = AccountPreferences::load().generator;
    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("passwordLength"));
    m_length->setRange(PasswordGenerator::minLength, PasswordGenerator::maxLength);
    m_length->setValue(defaults.length);
    m_length->setSuffix(tr(" characters"));
    m_length->setMaximumWidth(m_length->fontMetrics().horizontalAdvance(QStringLiteral("0000 characters")) + 48);
    m_lower = option(tr("Lower case (a–z)"), QStringLiteral("useLower"), defaults.lower, this);
    m_upper = option(tr("Upper case (A–Z)"), QStringLiteral("useUpper"), defaults.upper, this);
    m_digits = option(tr("Digits (0–9)"), QStringLiteral("useDigits"), defaults.digits, this);
    m_symbols = option(tr("Symbols (!#%…)"), QStringLiteral("useSymbols"), defaults.symbols, this);
    m_readAloud = option(tr("&Easy to read aloud (no 0/O, 1/l/I, quotes …)"), QStringLiteral("easyToRead"),
                         defaults.easyToReadAloud, this);
    m_generateBox = new QWidget(this);
    auto *generateForm = new QFormLayout(m_generateBox);
    generateForm->setContentsMargins(24, 0, 0, 0);
    generateForm->addRow(tr("&Length:"), m_length);
    auto *classes = new QVBoxLayout;
    for (QCheckBox *box : {m_lower, m_upper, m_digits, m_symbols, m_readAloud})
        classes->addWidget(box);
    generateForm->addRow(tr("Use:"), classes);
    m_generatedNote = new QLabel(tr("The new password is shown once the host has taken it."), m_generateBox);
    m_generatedNote->setWordWrap(true);
    generateForm->addRow(QString(), m_generatedNote);

    m_mustChange = new QCheckBox(tr("User &must change the password at the next login"), this);
    m_mustChange->setObjectName(QStringLiteral("mustChangeAfterReset"));
    m_policyText = new QLabel(this);
    m_policyText->setObjectName(QStringLiteral("passwordPolicy"));
    m_policyText->setWordWrap(true);
    m_policyText->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Reset Password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_policyText);
    layout->addSpacing(6);
    layout->addWidget(m_type);
    layout->addWidget(m_typeBox);
    layout->addWidget(m_generate);
    layout->addWidget(m_generateBox);
    layout->addSpacing(6);
    layout->addWidget(m_mustChange);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_first, m_second})
        connect(edit, &QLineEdit::textChanged, this, &ResetPasswordDialog::updateState);
    connect(m_type, &QRadioButton::toggled, this, &ResetPasswordDialog::updateState);
    updateState();
    m_first->setFocus();
    setMinimumWidth(460);
}

ResetPasswordDialog::~ResetPasswordDialog()
{
    clearSecrets();
}

void ResetPasswordDialog::updateState()
{
    const bool typing = m_type->isChecked();
    m_typeBox->setEnabled(typing);
    m_generateBox->setEnabled(!typing);
    QString problem;
    if (typing) {
        const QString first = m_first->text();
        if (!first.isEmpty())
            problem = AccountInput::passwordProblem(first);
        if (problem.isEmpty() && !first.isEmpty() && m_policy.minLength > 0 && first.size() < m_policy.minLength)
            problem = tr("The policy asks for at least %n characters.", nullptr, m_policy.minLength);
        if (problem.isEmpty() && !m_second->text().isEmpty() && m_second->text() != first)
            problem = tr("The two passwords differ.");
        m_ok->setEnabled(!first.isEmpty() && problem.isEmpty() && m_second->text() == first);
    } else {
        m_ok->setEnabled(true);
    }
    m_problem->setText(problem);
}

void ResetPasswordDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    if (m_generate->isChecked())
        m_generated = generator().generate();
    QDialog::accept();
}

QString ResetPasswordDialog::password() const
{
    return m_generate->isChecked() ? m_generated : m_first->text();
}

bool ResetPasswordDialog::mustChange() const
{
    return m_mustChange->isChecked();
}

bool ResetPasswordDialog::generates() const
{
    return m_generate->isChecked();
}

PasswordGenerator ResetPasswordDialog::generator() const
{
    PasswordGenerator generator;
    generator.length = m_length->value();
    generator.lower = m_lower->isChecked();
    generator.upper = m_upper->isChecked();
    generator.digits = m_digits->isChecked();
    generator.symbols = m_symbols->isChecked();
    generator.easyToReadAloud = m_readAloud->isChecked();
    return m_policy.known ? m_policy.generatorFor(generator) : generator;
}

void ResetPasswordDialog::setInDirectory(const QString &account, const QString &directory)
{
    m_heading->setText(tr("New password for <b>%1</b> in <b>%2</b>").arg(account.toHtmlEscaped(), directory.toHtmlEscaped()));
    m_generatedNote->setText(tr("The new password is shown once the directory has taken it."));
}

void ResetPasswordDialog::setGenerateOnly()
{
    m_generate->setChecked(true);
    m_type->setEnabled(false);
    m_type->setToolTip(tr("Each account gets a password of its own: they are generated."));
    updateState();
}

void ResetPasswordDialog::setPolicy(const PasswordPolicy &policy)
{
    m_policy = policy;
    m_policyText->setText(policy.known ? tr("Policy: %1").arg(policy.describe()) : tr("The directory did not say what its password policy is."));
    m_policyText->setVisible(true);
    if (policy.minLength > m_length->value())
        m_length->setValue(qMin(policy.minLength, PasswordGenerator::maxLength));
    updateState();
}

void ResetPasswordDialog::offerClearNeverExpires()
{
    if (m_clearNeverExpires)
        return;
    m_clearNeverExpires = new QCheckBox(tr("Also clear “password never e&xpires”: while it is set, “must change” has no effect"), this);
    m_clearNeverExpires->setObjectName(QStringLiteral("clearNeverExpires"));
    m_clearNeverExpires->setChecked(true);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_mustChange) + 1, m_clearNeverExpires);
    m_clearNeverExpires->setEnabled(m_mustChange->isChecked());
    connect(m_mustChange, &QCheckBox::toggled, m_clearNeverExpires, &QWidget::setEnabled);
}

bool ResetPasswordDialog::clearsNeverExpires() const
{
    return m_clearNeverExpires && m_clearNeverExpires->isEnabled() && m_clearNeverExpires->isChecked();
}

void ResetPasswordDialog::clearSecrets()
{
    m_first->clear();
    m_second->clear();
    m_generated.clear();
}

} // namespace wb
