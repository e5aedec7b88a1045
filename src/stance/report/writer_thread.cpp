#include "stance/report/writer_thread.hpp"

#include <utility>

namespace stance::report {

namespace {

constexpr std::size_t batch_size = 64;   // rows per hand-over: a lock per batch, not per row
constexpr std::size_t queued_batches = 16;  // at most this many wait for the writer

}  // namespace

WriterThread::WriterThread(Sink& out) : m_out(out), m_thread([this] { run(); }) {}

WriterThread::~WriterThread() {
    if (!m_thread.joinable()) return;  // ended
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void WriterThread::add(Part part) {
    // A block may be large (one claim's every stance with its quotes, in the evidence report), so
    // each closes its batch: the queue holds at most queued_batches of them. Rows are small and
    // go batch_size at a time.
    const bool block = std::holds_alternative<Block>(part);
    m_filling.push_back(std::move(part));
    if (block || m_filling.size() >= batch_size) hand_over();
}

void WriterThread::hand_over() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_queue.size() < queued_batches || m_error; });
    if (m_error) std::rethrow_exception(m_error);
    m_queue.push_back(std::exchange(m_filling, {}));
    m_filling.reserve(batch_size);
    lock.unlock();
    m_changed.notify_all();
}

void WriterThread::end() {
    hand_over();
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
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
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_queue.empty() || m_closed || m_abandoned; });
            if (m_abandoned || m_queue.empty()) return;  // the report failed, or all is written
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        try {
            for (const Part& part : batch) write(part);
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_changed.notify_all();
            return;
        }
    }
}

}  // namespace stance::report
