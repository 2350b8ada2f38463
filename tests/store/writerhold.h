#pragma once

#include <QFuture>
#include <QSemaphore>
#include <QThread>

#include "store/writer.h"

namespace sbtest {

// Holds the writer inside a job until release(), so a test can queue work behind it. The job is
// prompt (Writer::submit) or relaxed (submitRelaxed), and may go on for lingerMs after the release.
struct WriterHold {
    enum class Kind { Prompt, Relaxed };

    explicit WriterHold(sb::Writer *writer, Kind kind = Kind::Prompt, int lingerMs = 0) {
        auto body = [this, lingerMs](sb::WriteContext &) {
            started.release();
            released.acquire();
            if (lingerMs > 0)
                QThread::msleep(lingerMs);
            return QVariant();
        };
        job = kind == Kind::Prompt ? writer->submit(body) : writer->submitRelaxed(body);
        started.acquire();
    }
    // Lets the job finish and waits for its commit.
    void release() {
        if (job.isFinished())
            return;
        released.release();
        job.waitForFinished();
    }
    ~WriterHold() { release(); } // a failed check must not leave the writer held

    QSemaphore started, released;
    QFuture<sb::WriteResult> job;
};

} // namespace sbtest
