// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

namespace karier {

/// Why an operation failed; the UI and the CLI map codes to presentation and exit codes.
enum class ErrorCode {
    None,
    InvalidInput, ///< the user's input was refused (CLI exit 1)
    BadPath, ///< a file named by the user is missing, unreadable or not a regular file (CLI exit 2)
    NotFound,
    Forbidden, ///< AccessPolicy said no
    Conflict, ///< optimistic locking: someone else changed the row
    Locked, ///< login throttled
    Unauthenticated, ///< the database server refused the user name or password (a person's own login)
    Database, ///< the database could not be reached or failed (CLI exit 3)
    Internal,
};

/// An error as a value: a code and an Indonesian, user-facing message.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;

    static Error invalid(const QString& message) { return {ErrorCode::InvalidInput, message}; }
    static Error database(const QString& message) { return {ErrorCode::Database, message}; }
    static Error forbidden(const QString& message) { return {ErrorCode::Forbidden, message}; }
    static Error notFound(const QString& message) { return {ErrorCode::NotFound, message}; }
    static Error conflict(const QString& message) { return {ErrorCode::Conflict, message}; }
};

/// Either a value or an Error. Core functions return this instead of throwing.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Using the value of an error is a bug: caught in debug builds.
    const T& value() const&
    {
        Q_ASSERT(m_value.has_value());
        return *m_value;
    }
    T& value() &
    {
        Q_ASSERT(m_value.has_value());
        return *m_value;
    }
    T&& value() &&
    {
        Q_ASSERT(m_value.has_value());
        return std::move(*m_value);
    }
    const T* operator->() const
    {
        Q_ASSERT(m_value.has_value());
        return &*m_value;
    }
    const T& operator*() const
    {
        Q_ASSERT(m_value.has_value());
        return *m_value;
    }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation with no value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }
    static Status success() { return {}; }

    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

} // namespace karier
