#pragma once

#include "core/accounts/PasswordGenerator.h"
#include "core/accounts/PasswordPolicy.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace wb {

// The new password for one account: typed twice (checked as it is typed,
// OK only once both agree and AccountInput accepts it) or generated on OK
// with PasswordGenerator's options; and whether it must be changed at the
// next login. Nothing of it is kept anywhere but in the fields, which
// clearSecrets() empties.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(const QString &account, const QString &host, QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

    // After accept(): the password typed, or the one generated then.
    QString password() const;
    bool mustChange() const;
    bool generates() const;
    void clearSecrets();

    // A directory's password policy: shown above the fields, a typed password
    // shorter than it asks is refused, and generated ones meet it.
    void setPolicy(const PasswordPolicy &policy);
    // Active Directory with "password never expires" set: offers to clear it,
    // since "must change" has no effect while it is set.
    void offerClearNeverExpires();
    bool clearsNeverExpires() const;
    // The accounts are in a directory, not on a host: the words say so.
    void setInDirectory(const QString &account, const QString &directory);
    // Several accounts at once: each gets a password of its own, so only generating is offered.
    void setGenerateOnly();
    // The generator as the options stand (with the policy's demands).
    PasswordGenerator generator() const;

    void accept() override;

private:
    void updateState();

    QRadioButton *m_type;
    QRadioButton *m_generate;
    QWidget *m_typeBox;
    QWidget *m_generateBox;
    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_problem;
    QSpinBox *m_length;
    QCheckBox *m_lower;
    QCheckBox *m_upper;
    QCheckBox *m_digits;
    QCheckBox *m_symbols;
    QCheckBox *m_readAloud;
    QCheckBox *m_mustChange;
    QCheckBox *m_clearNeverExpires = nullptr;
    QLabel *m_policyText;
    QLabel *m_heading;
    QLabel *m_generatedNote;
    PasswordPolicy m_policy;
    QPushButton *m_ok;
    QString m_generated;
};

} // namespace wb
