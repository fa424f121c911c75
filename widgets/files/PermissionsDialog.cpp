#include "widgets/files/PermissionsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace wb {

PermissionsDialog::PermissionsDialog(const QString &what, quint32 mode, QWidget *parent) : QDialog(parent), m_initial(mode & 07777), m_mode(mode & 07777)
{
    setObjectName(QStringLiteral("filesPermissionsDialog"));
    setWindowTitle(tr("Permissions"));
    auto *heading = new QLabel(what, this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);

    auto *grid = new QGridLayout;
    const QString columns[] = {tr("Read"), tr("Write"), tr("Run")};
    const QString rows[] = {tr("Owner"), tr("Group"), tr("Others")};
    const char *names[] = {"ownerRead", "ownerWrite", "ownerRun", "groupRead", "groupWrite", "groupRun", "othersRead", "othersWrite", "othersRun"};
    for (int column = 0; column < 3; ++column)
        grid->addWidget(new QLabel(columns[column], this), 0, column + 1, Qt::AlignCenter);
    for (int row = 0; row < 3; ++row) {
        grid->addWidget(new QLabel(rows[row], this), row + 1, 0);
        for (int column = 0; column < 3; ++column) {
            const int bit = row * 3 + column;
            auto *box = new QCheckBox(this);
            box->setObjectName(QLatin1String(names[bit]));
            box->setAccessibleName(rows[row] + QLatin1Char(' ') + columns[column]);
            m_boxes[bit] = box;
            grid->addWidget(box, row + 1, column + 1, Qt::AlignCenter);
            connect(box, &QCheckBox::toggled, this, [this, bit](bool on) {
                if (m_updating)
                    return;
                const quint32 flag = 0400u >> bit;
                m_mode = on ? (m_mode | flag) : (m_mode & ~flag);
                showMode();
            });
        }
    }
    m_octal = new QLineEdit(this);
    m_octal->setObjectName(QStringLiteral("permissionsOctal"));
    m_octal->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-7]{3,4}")), m_octal));
    m_octal->setMaximumWidth(80);
    m_octal->setToolTip(tr("The mode as chmod takes it, e.g. 644 or 0750"));
    connect(m_octal, &QLineEdit::textEdited, this, &PermissionsDialog::setOctal);
    auto *octalRow = new QHBoxLayout;
    octalRow->addWidget(new QLabel(tr("As a number:"), this));
    octalRow->addWidget(m_octal);
    octalRow->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(grid);
    layout->addLayout(octalRow);
    layout->addWidget(buttons);
    showMode();
}

void PermissionsDialog::setOctal(const QString &text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok, 8);
    if (!ok || text.size() < 3 || value > 07777)
        return;
    // Three digits are the permissions alone: the special bits stay as they were.
    m_mode = text.size() == 3 ? ((m_mode & 07000) | value) : value;
    showMode();
}

void PermissionsDialog::showMode()
{
    m_updating = true;
    for (int bit = 0; bit < 9; ++bit)
        m_boxes[bit]->setChecked(m_mode & (0400u >> bit));
    const QString octal = QStringLiteral("%1").arg(m_mode, m_mode > 0777 ? 4 : 3, 8, QLatin1Char('0'));
    if (m_octal->text() != octal && !m_octal->hasFocus())
        m_octal->setText(octal);
    m_updating = false;
}

} // namespace wb
