#include "stance/report/writer_thread.hpp"

#include <utility>

namespace stance::report {

namespace {

constexpr std::size_t batch_size = 64;   // rows per hand-over: a lock per batch, not per row
constexpr std::size_t queued_batches = 16;  // at most this many wait for the writer
// Each side wakes the other once every few batches, not for each (a wake-up costs a system call
// and a switch of threads, and a report may hand over a block at a time): the writer sleeps
// until this many batches wait, and a builder held by a full queue until the writer has taken
// it down to half.
constexpr std::size_t wake_writer_at = 4;
constexpr std::size_t wake_builder_at = queued_batches / 2;

}  // namespace

WriterThread::WriterThread(Sink& out) : m_out(out), m_thread([this] { run(); }) {}

WriterThread::~WriterThread() {
    if (!m_thread.joinable()) return;  // ended
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
    }
    m_to_writer.notify_one();
    m_thread.join();
}

void WriterThread::add(Part part) {
    // A block may be large (one claim's every stance with its quotes, in the evidence report), so
    // each closes its batch: the queue holds at most queued_batches of them. Rows are small and
    // go batch_size at a time.
    const bool block = std::holds_alternative<Block>(part);
    if (!block && m_filling.empty()) m_filling.reserve(batch_size);  // a batch of a block holds few parts
    m_filling.push_back(std::move(part));
    if (block || m_filling.size() >= batch_size) hand_over();
}

void WriterThread::hand_over() {
    std::unique_lock lock(m_mutex);
    m_to_builder.wait(lock, [&] { return m_queue.size() < queued_batches || m_error; });
    if (m_error) std::rethrow_exception(m_error);
    m_queue.push_back(std::exchange(m_filling, {}));
    const bool wake = m_queue.size() >= wake_writer_at;
    lock.unlock();
    if (wake) m_to_writer.notify_one();
}

void WriterThread::end() {
    hand_over();
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_to_writer.notify_one();
    m_thread.join();  // it stops once the queue is empty
    if (m_error) std::rethrow_exception(m_error);
    m_out.end();
}

void WriterThread::write(const Part& part) {
    struct Visitor {
        Sink& out;
        void operator()(const Header& header) const { out.begin(header.document); }
        void operator()(const Block& block) const { out.block(block); }
        void operator()(const DataStart& start) const { out.begin_data(start.table); }
        void operator()(const Row& row) const { out.row(row); }
        void operator()(const DataEnd&) const { out.end_data(); }
    };
    std::visit(Visitor{m_out}, part);
}

void WriterThread::run() {
    while (true) {
        Batch batch;
        bool wake = false;
        {
            std::unique_lock lock(m_mutex);
            m_to_writer.wait(lock, [&] { return m_queue.size() >= wake_writer_at || m_closed || m_abandoned; });
            if (m_abandoned || m_queue.empty()) return;  // the report failed, or all is written
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            wake = m_queue.size() == wake_builder_at;
        }
        if (wake) m_to_builder.notify_one();
        try {
            for (const Part& part : batch) write(part);
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_to_builder.notify_one();
            return;
        }
    }
}

}  // namespace stance::report
