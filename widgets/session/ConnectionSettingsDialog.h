#pragma once

#include "core/targets/SshSettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace wb {

// Session → Connection Settings: timeout and keepalive (yours), and the
// known_hosts file this workspace trusts.
class ConnectionSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionSettingsDialog(const SshSettings &settings, QWidget *parent = nullptr);
    SshSettings settings() const;

private:
    QSpinBox *m_timeout;
    QSpinBox *m_keepalive;
    QSpinBox *m_reachability = nullptr;
    QSpinBox *m_facts = nullptr;
    QSpinBox *m_reuse;
    QLineEdit *m_knownHosts;
    QComboBox *m_sessionLog;
    QLineEdit *m_sessionLogFolder;
};

} // namespace wb
