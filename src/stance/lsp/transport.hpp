#pragma once
// The Language Server Protocol's base protocol: messages framed by a `Content-Length` header
// (https://microsoft.github.io/language-server-protocol/specifications/base/0.9/specification/).
// The reader never throws on bad input: a malformed header or body is reported as an error and
// reading resumes at the next header, so that one bad message does not end the session.
#include <cstddef>
#include <istream>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace stance::lsp {

struct ReadResult {
    enum class Status { message, error, end };
    Status status = Status::end;
    nlohmann::json message;  // with Status::message
    std::string error;       // with Status::error: what was wrong, for a log message
    bool parse_error = false;  // with Status::error: the body was read but is not JSON (answer -32700)
};

class MessageReader {
public:
    // Bodies larger than this are refused (and skipped) instead of being held in memory.
    static constexpr std::size_t max_content_length = 64 * 1024 * 1024;

    explicit MessageReader(std::istream& in) : m_in(in) {}

    // The next message; Status::end at the end of the input (or when it breaks off mid-message).
    ReadResult read();

private:
    // One header line without its line break; false at the end of the input. An overlong line
    // is consumed and returned cut, so that it fails to parse as a header.
    bool read_line(std::string& line);

    std::istream& m_in;
};

// Writes one framed message. Strings that are not valid UTF-8 are replaced, never thrown on.
void write_message(std::ostream& out, const nlohmann::json& message);

}  // namespace stance::lsp
