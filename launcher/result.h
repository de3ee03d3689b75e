// The launcher's error handling: no exceptions. A step returns Result<T>, either a value or
// an Error holding the reason in words a person understands ("… is writable by others");
// only the step runner in main.cpp turns an Error into "cannot <step>: <reason>" and an exit.
#pragma once

#include <cerrno>
#include <cstring>
#include <optional>
#include <string>
#include <utility>

namespace corral::launch {

struct Error
{
    std::string reason;
    int errnum = 0; // the errno behind the reason, when a system call failed
};

inline Error fail(std::string reason, int errnum = 0)
{
    return Error { std::move(reason), errnum };
}

// "<what>: <strerror(errnum)>", for a system call that failed.
inline Error failErrno(const std::string &what, int errnum = errno)
{
    return Error { what + ": " + std::strerror(errnum), errnum };
}

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

// Returns early from the calling function when `expr` (a Result) failed.
#define CORRAL_TRY(expr)                                                                           \
    do {                                                                                           \
        auto corralTryResult_ = (expr);                                                            \
        if (!corralTryResult_.ok())                                                                \
            return corralTryResult_.error();                                                       \
    } while (false)

} // namespace corral::launch
