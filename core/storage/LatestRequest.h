#pragma once

namespace wb {

// The asker's side of requests answered out of its sight: each request gets
// a serial, and only the answer to the newest one counts (a search typed
// further, a list asked for again). Answers to older ones are dropped.
class LatestRequest
{
public:
    // A serial for a new request; from now on only its answer is current.
    int next() { return m_current = ++m_last; }
    bool isCurrent(int serial) const { return serial != 0 && serial == m_current; }
    // No answer on its way counts any more.
    void forget() { m_current = 0; }
    bool isWaiting() const { return m_current != 0; }
    // The answer to `serial` arrived: true when it is the one to use (and
    // then nothing is waited for any more).
    bool accept(int serial)
    {
        if (!isCurrent(serial))
            return false;
        m_current = 0;
        return true;
    }

private:
    int m_last = 0;
    int m_current = 0;
};

} // namespace wb
