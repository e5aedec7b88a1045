#pragma once
// A report built on one core while its writer writes on another (the text of a million stances'
// disagreements takes about as long to lay out as to build). The parts are copied in batches
// into a bounded queue, so memory stays bounded too.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

#include "stance/report/document.hpp"

namespace stance::report {

class WriterThread final : public Sink {
public:
    explicit WriterThread(Sink& out);
    // Joins the thread; what was not handed over by end() is dropped (the report failed).
    ~WriterThread() override;
    WriterThread(const WriterThread&) = delete;
    WriterThread& operator=(const WriterThread&) = delete;

    void begin(const Document& header) override {
        add(Header{Document{.report = header.report, .page = header.page, .title = header.title}});
    }
    void block(const Block& block) override { add(block); }
    void block(Block&& block) override { add(std::move(block)); }
    void begin_data(const Table& table) override {
        add(DataStart{Table{.name = table.name, .columns = table.columns, .heatmap = table.heatmap, .json = table.json}});
    }
    void row(const Row& row) override { add(row); }
    void end_data() override { add(DataEnd{}); }
    // Waits until everything is written; throws what the writer threw.
    void end() override;

private:
    struct Header {
        Document document;
    };
    struct DataStart {
        Table table;
    };
    struct DataEnd {};
    using Part = std::variant<Header, Block, DataStart, Row, DataEnd>;
    using Batch = std::vector<Part>;

    void add(Part part);
    void hand_over();  // the batch being filled goes to the queue, waiting while the queue is full
    void run();        // the writer's thread
    void write(const Part& part);

    Sink& m_out;
    Batch m_filling;
    std::mutex m_mutex;
    std::condition_variable m_to_writer;   // batches to write, or the end
    std::condition_variable m_to_builder;  // room in the queue, or the writer's error
    std::deque<Batch> m_queue;
    bool m_closed = false;     // nothing more comes
    bool m_abandoned = false;  // the report failed: what is queued is dropped
    std::exception_ptr m_error;
    std::thread m_thread;
};

}  // namespace stance::report
