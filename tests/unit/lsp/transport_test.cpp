#include "stance/lsp/transport.hpp"

#include <sstream>

#include <gtest/gtest.h>

namespace stance::lsp {
namespace {

using Status = ReadResult::Status;

std::string framed(const std::string& body) { return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; }

TEST(MessageReader, ReadsFramedMessagesInOrder) {
    std::istringstream in(framed(R"({"id":1})") + "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" +
                          framed(R"({"id":2})"));
    MessageReader reader(in);
    auto first = reader.read();
    ASSERT_EQ(first.status, Status::message);
    EXPECT_EQ(first.message["id"], 1);
    auto second = reader.read();
    ASSERT_EQ(second.status, Status::message);
    EXPECT_EQ(second.message["id"], 2);
    EXPECT_EQ(reader.read().status, Status::end);
}

TEST(MessageReader, HeaderNamesAreCaseInsensitiveAndBareNewlinesAccepted) {
    std::istringstream in("content-length: 2\n\n{}");
    MessageReader reader(in);
    auto result = reader.read();
    ASSERT_EQ(result.status, Status::message);
    EXPECT_TRUE(result.message.is_object());
}

TEST(MessageReader, InvalidJsonIsAParseErrorAndTheNextMessageIsStillRead) {
    std::istringstream in(framed("{not json") + framed(R"({"id":3})"));
    MessageReader reader(in);
    auto bad = reader.read();
    EXPECT_EQ(bad.status, Status::error);
    EXPECT_TRUE(bad.parse_error);
    auto good = reader.read();
    ASSERT_EQ(good.status, Status::message);
    EXPECT_EQ(good.message["id"], 3);
}

TEST(MessageReader, MissingOrMalformedLengthIsAnErrorThatSkipsTheHeader) {
    std::istringstream in("Content-Type: x\r\n\r\n" "Content-Length: 12abc\r\n\r\n" + framed(R"({"id":4})"));
    MessageReader reader(in);
    auto missing = reader.read();
    EXPECT_EQ(missing.status, Status::error);
    EXPECT_FALSE(missing.parse_error);
    EXPECT_NE(missing.error.find("no Content-Length"), std::string::npos);
    auto malformed = reader.read();
    EXPECT_EQ(malformed.status, Status::error);
    EXPECT_NE(malformed.error.find("not a number"), std::string::npos);
}

TEST(MessageReader, ALengthOverTheLimitIsRefusedAndItsBodySkipped) {
    std::string huge = "Content-Length: " + std::to_string(MessageReader::max_content_length + 1) + "\r\n\r\n";
    std::istringstream in(huge + std::string(16, 'x'));
    MessageReader reader(in);
    auto result = reader.read();
    EXPECT_EQ(result.status, Status::error);
    EXPECT_NE(result.error.find("over the limit"), std::string::npos);
    EXPECT_EQ(reader.read().status, Status::end);
}

TEST(MessageReader, ABodyShorterThanItsLengthEndsTheInput) {
    std::istringstream in("Content-Length: 100\r\n\r\n{\"id\":1}");
    MessageReader reader(in);
    EXPECT_EQ(reader.read().status, Status::end);
}

TEST(MessageReader, AHeaderCutOffByTheEndOfInputEndsIt) {
    std::istringstream in("Content-Length: 10\r\n");
    MessageReader reader(in);
    EXPECT_EQ(reader.read().status, Status::end);
}

TEST(WriteMessage, FramesTheBodyAndReplacesInvalidUtf8) {
    std::ostringstream out;
    write_message(out, {{"message", std::string("bad \xff byte")}});
    std::string text = out.str();
    auto split = text.find("\r\n\r\n");
    ASSERT_NE(split, std::string::npos);
    std::string body = text.substr(split + 4);
    EXPECT_EQ(text.substr(0, split), "Content-Length: " + std::to_string(body.size()));
    EXPECT_NE(body.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
}

}  // namespace
}  // namespace stance::lsp
