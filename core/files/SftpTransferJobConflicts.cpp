// SftpTransferJob's links and conflicts: a link copied as a link, and what
// happens when the destination is there (decided by the request, or asked).
#include "core/files/SftpTransferJob.h"

#include "core/text/SystemError.h"

#include <QFile>

#include <cerrno>
#include <unistd.h>

namespace wb {

namespace {

QByteArray local(const QString &path)
{
    return QFile::encodeName(path);
}

} // namespace

#define WB_ALIVE auto alive = m_alive
#define WB_GONE if (!*alive) return

void SftpTransferJob::copyLink(const Step &step)
{
    WB_ALIVE;
    const auto place = [this, alive, step](const QByteArray &target) {
        destinationStat(step.destination, [this, alive, step, target](bool exists, const SftpAttributes &there) {
            WB_GONE;
            if (!exists)
                return placeLink(step, target, false);
            decideConflict(step, there, [this, alive, step, target](TransferConflict choice) {
                WB_GONE;
                switch (choice) {
                case TransferConflict::Overwrite:
                    return placeLink(step, target, true);
                case TransferConflict::Rename:
                    return withFreeName(step, [this, target](const Step &renamed) { placeLink(renamed, target, false); });
                case TransferConflict::Skip:
                case TransferConflict::Resume: // a link has nothing to continue
                    report(step, TransferItem::Result::Skipped, tr("exists already"));
                    return next();
                case TransferConflict::Refuse:
                case TransferConflict::Ask:
                    report(step, TransferItem::Result::Failed, tr("exists already (overwrite, skip, resume or rename it)"));
                    return next();
                }
            });
        });
    };
    if (isDownload()) {
        m_client.readlink(step.source.toUtf8(), [this, alive, step, place](const SftpStatus &status, const QByteArray &target) {
            WB_GONE;
            if (!status.ok()) {
                report(step, TransferItem::Result::Failed, status.text());
                return next();
            }
            place(target);
        });
        return;
    }
    QByteArray target(4096, '\0');
    const ssize_t n = ::readlink(local(step.source).constData(), target.data(), size_t(target.size()));
    if (n < 0) {
        report(step, TransferItem::Result::Failed, systemErrorText(errno));
        return next();
    }
    target.truncate(n);
    place(target);
}

// A link at step.destination pointing at target; `replace` removes what is there first.
void SftpTransferJob::placeLink(const Step &step, const QByteArray &target, bool replace)
{
    if (m_cancelled) {
        report(step, TransferItem::Result::Failed, tr("cancelled"));
        return next();
    }
    if (isDownload()) {
        const QByteArray path = local(step.destination);
        if ((replace && ::unlink(path.constData()) != 0) || ::symlink(target.constData(), path.constData()) != 0)
            report(step, TransferItem::Result::Failed, systemErrorText(errno));
        else
            report(step, TransferItem::Result::Copied, {});
        return next();
    }
    WB_ALIVE;
    const auto link = [this, alive, step, target] {
        m_client.symlink(target, step.destination.toUtf8(), [this, alive, step](const SftpStatus &status) {
            WB_GONE;
            report(step, status.ok() ? TransferItem::Result::Copied : TransferItem::Result::Failed,
                   status.ok() ? QString() : status.text());
            next();
        });
    };
    if (!replace)
        return link();
    m_client.remove(step.destination.toUtf8(), [alive, link](const SftpStatus &) {
        WB_GONE;
        link();
    });
}

void SftpTransferJob::decideConflict(const Step &step, const SftpAttributes &there, std::function<void(TransferConflict)> then)
{
    const bool canResume = step.kind != Step::Kind::Link && there.isRegular() && there.size < step.attributes.size;
    // "Resume" for all, answered to a user: only where there is something to go on
    // with; a file there that is longer, as long, or a link is asked about again.
    const bool blanketFits = !(m_asking && m_request.conflict == TransferConflict::Resume && !canResume);
    if ((m_request.conflict != TransferConflict::Ask && blanketFits) || !m_ask)
        return then(m_request.conflict == TransferConflict::Ask ? TransferConflict::Refuse : m_request.conflict);
    TransferConflictQuestion question;
    question.source = step.source;
    question.destination = step.destination;
    question.sourceSize = qint64(step.attributes.size);
    question.destinationSize = qint64(there.size);
    question.sourceModified = step.attributes.has(SftpAttributes::AccessModTime) ? qint64(step.attributes.mtime) : 0;
    question.destinationModified = there.has(SftpAttributes::AccessModTime) ? qint64(there.mtime) : 0;
    question.isLink = step.kind == Step::Kind::Link;
    question.canResume = canResume;
    m_asked = std::make_unique<AskedConflict>(AskedConflict{step, std::move(then)});
    m_ask(question);
}

void SftpTransferJob::answerConflict(TransferConflict choice, bool forAll)
{
    if (!m_asked || m_done)
        return;
    if (choice == TransferConflict::Ask)
        choice = TransferConflict::Refuse;
    if (forAll)
        m_request.conflict = choice;
    const std::unique_ptr<AskedConflict> asked = std::move(m_asked);
    asked->then(choice);
}

void SftpTransferJob::withFreeName(const Step &step, std::function<void(const Step &)> then)
{
    WB_ALIVE;
    freeName(step.destination, 1, [this, alive, step, then = std::move(then)](const QString &name) {
        WB_GONE;
        if (name.isEmpty()) {
            report(step, TransferItem::Result::Failed, tr("no free name beside it"));
            return next();
        }
        Step renamed = step;
        renamed.destination = name;
        then(renamed);
    });
}

void SftpTransferJob::freeName(const QString &path, int attempt, std::function<void(const QString &)> then)
{
    if (attempt > 999)
        return then({});
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString folder = path.left(slash + 1);
    const QString name = path.mid(slash + 1);
    qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        dot = name.size(); // no extension, or a hidden file's leading dot
    const QString candidate = folder + name.left(dot) + QStringLiteral(" (%1)").arg(attempt) + name.mid(dot);
    WB_ALIVE;
    destinationStat(candidate, [this, alive, path, attempt, candidate, then](bool exists, const SftpAttributes &) {
        WB_GONE;
        if (!exists)
            return then(candidate);
        freeName(path, attempt + 1, then);
    });
}

#undef WB_ALIVE
#undef WB_GONE

} // namespace wb
