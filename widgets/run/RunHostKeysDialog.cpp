#include "widgets/run/RunHostKeysDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

RunHostKeysDialog::RunHostKeysDialog(const QList<HostKeyQuestion> &questions, const QList<int> &hosts, QWidget *parent)
    : QDialog(parent), m_questions(questions), m_hosts(hosts), m_dropped(questions.size(), false)
{
    Q_ASSERT(questions.size() == hosts.size());
    setObjectName(QStringLiteral("runHostKeysDialog"));
    setWindowTitle(tr("Unknown host keys"));
    auto *intro = new QLabel(tr("%Ln host(s) present keys that known_hosts does not list. Compare the fingerprints "
                                "with ones you trust; the hosts you do not accept are not contacted.",
                                nullptr, int(questions.size())), this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("hostKeyList"));
    for (const HostKeyQuestion &question : questions) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)    %3 %4")
                                             .arg(question.endpoint.name,
                                                  KnownHosts::hostField(question.endpoint.knownHostsHost(), question.endpoint.knownHostsPort()),
                                                  question.key.type, question.key.fingerprint()),
                                         m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_save = new QCheckBox(tr("&Save accepted keys in known_hosts"), this);
    m_save->setObjectName(QStringLiteral("saveHostKeys"));
    m_save->setChecked(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reject = buttons->addButton(tr("&Reject All"), QDialogButtonBox::RejectRole);
    reject->setObjectName(QStringLiteral("rejectAll"));
    QPushButton *selected = buttons->addButton(tr("Accept &Ticked"), QDialogButtonBox::AcceptRole);
    selected->setObjectName(QStringLiteral("acceptTicked"));
    QPushButton *all = buttons->addButton(tr("Accept &All"), QDialogButtonBox::AcceptRole);
    all->setObjectName(QStringLiteral("acceptAll"));
    reject->setDefault(true);
    connect(reject, &QPushButton::clicked, this, [this] { finishWith(false, true); });
    connect(selected, &QPushButton::clicked, this, [this] { finishWith(false, false); });
    connect(all, &QPushButton::clicked, this, [this] { finishWith(true, false); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_save);
    layout->addWidget(buttons);
    resize(760, 360);
}

bool RunHostKeysDialog::save() const
{
    return m_save->isChecked();
}

void RunHostKeysDialog::markDropped(int host)
{
    for (int i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts.at(i) != host || m_dropped.at(i))
            continue;
        m_dropped[i] = true;
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(Qt::Unchecked);
        item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
        item->setText(tr("Dropped out, no longer waiting: %1").arg(item->text()));
    }
}

void RunHostKeysDialog::finishWith(bool all, bool none)
{
    m_answers.clear();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_dropped.at(i))
            continue;
        const bool accepted = !none && (all || m_list->item(i)->checkState() == Qt::Checked);
        m_answers << HostKeyAnswer{m_hosts.at(i), m_questions.at(i).hop, m_questions.at(i).key.blob, accepted};
    }
    if (none)
        reject();
    else
        accept();
}

} // namespace wb
