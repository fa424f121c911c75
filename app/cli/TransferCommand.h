#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli get and put: files and folder trees over SFTP, to or from one
// host or many (get writes each host's copy under LOCAL/<host>/ then).
class TransferCommand final : public Command
{
public:
    enum class Verb { Get, Put };
    explicit TransferCommand(Verb verb) : m_verb(verb) {}
    QString name() const override { return m_verb == Verb::Get ? QStringLiteral("get") : QStringLiteral("put"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;

private:
    Verb m_verb;
};

} // namespace wb
