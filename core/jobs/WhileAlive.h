#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace wb {

// `answer`, to be called later by something that outlives the one who asked
// (a facade answering on its own object, then announcing a change): the call
// does nothing once `asker` is gone, or when there is no answer.
template <typename... Args>
std::function<void(Args...)> whileAlive(const QObject *asker, std::function<void(Args...)> answer)
{
    return [asker = QPointer<const QObject>(asker), answer = std::move(answer)](Args... args) {
        if (asker && answer)
            answer(std::forward<Args>(args)...);
    };
}

} // namespace wb
